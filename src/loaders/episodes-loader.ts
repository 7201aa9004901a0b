import { constants, existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { applyGlossary, parseGlossary, parseTranscript, toParagraphs, type Glossary, type Paragraph } from "../lib/transcript/index.ts";
import { findTranscriptFile } from "../lib/episode-files.ts";
import { removeControlCharacters } from "../lib/control-characters.ts";
import { isSkippedEpisode } from "../lib/check/skipped-episodes.ts";
import { parseDuration } from "../lib/time.ts";
import { audioType, localAudioHref, localAudioName } from "../lib/episode-audio.ts";
import { basePath as siteBasePath } from "../lib/urls/site-urls.ts";
import { keepOnlySegmentsFiles, segmentsFilePath, segmentsFolder, toSegmentColumns, toStoredTranscript, writeSegmentsFile } from "../lib/stored-transcript.ts";
import { SegmentColumnsSchema, type StoredTranscript } from "../schemas/transcript.ts";
import { dropParsedTranscripts, takeParsedTranscript } from "../lib/parsed-transcripts.ts";
import { episodeSearchDocuments } from "./episode-search-documents.ts";
import { cacheVersion } from "../lib/cache/cache-version.ts";
import { handOverSummaryContext, type SummaryData } from "../lib/markdown/summary-data.ts";

/**
 * Names the shape of what this loader stores. It is part of every entry's
 * digest, so entries cached by a version that stored them differently
 * (segments inside the entry before segments moved to files of their own) are loaded again instead of
 * being reused as they are. Change it whenever the stored shape changes.
 */
const STORED_SHAPE = cacheVersion("segments-file");

export interface EpisodesLoaderOptions {
  /** Folder holding one sub-folder per episode, relative to the project root. */
  base: string;
  /** The show's speech-recognition corrections (YAML), relative to the project root; optional file. */
  glossary?: string;
  /** The show's settings and people (YAML), relative to the project root: search documents show names and defaults. */
  show: string;
  people: string;
}

/**
 * Loads `content/episodes/<slug>/index.md` plus the `transcript.*` beside it.
 * The transcript is parsed once here, into the one model every page and
 * export reads; unchanged episodes are skipped by content digest.
 */
export function episodesLoader(options: EpisodesLoaderOptions): Loader {
  return {
    name: "episodes-loader",
    async load({ config, store, parseData, generateDigest, renderMarkdown, logger, watcher }) {
      const root = fileURLToPath(config.root);
      // The path the site is published under (set from show.yaml's url by the integration): the
      // summary's links carry it, so it is part of every entry's digest, like the glossary.
      const base = siteBasePath(new URL(config.base, "http://base.invalid"));
      const baseUrl = new URL(`${options.base.replace(/\/?$/, "/")}`, config.root);
      const folders = (await readdir(baseUrl, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
      const seen = new Set<string>();
      // Transcript segments go to files beside the store (see `segmentsFile` in src/schemas/transcript.ts).
      const segmentsDir = segmentsFolder(config.cacheDir);
      const segmentsFiles = new Set<string>();
      let { glossary, glossaryDigest } = await readGlossary(options.glossary, config.root, root);
      const openSearchDocuments = () =>
        episodeSearchDocuments({
          showFile: new URL(options.show, config.root),
          peopleFile: new URL(options.people, config.root),
          cacheDir: config.cacheDir,
          generateDigest,
        });
      let searchDocuments = await openSearchDocuments();

      /**
       * Brings one episode's entry up to date with its folder, as Astro's
       * glob() loader does per file: called for every folder by `load()`, and
       * again by the dev server's file watcher for the folder that changed.
       * An unchanged episode (same digest) is kept as it is; a folder that is
       * gone, or no longer has an index.md, loses its entry.
       */
      async function syncEpisode(slug: string, folder: Promise<EpisodeFolder>): Promise<void> {
        const { folderUrl, episode } = await folder;
        if (episode === "gone") {
          store.delete(slug);
          return;
        }
        if (episode === "no index.md") {
          store.delete(slug);
          logger.warn(`${relative(root, fileURLToPath(folderUrl))}: no index.md, so this folder is not an episode`);
          return;
        }
        if (episode === "skipped") {
          logger.warn(`${slug}: left out of this build because it has errors (see above)`);
          return;
        }
        seen.add(slug);
        const { files, indexUrl, filePath, markdown, transcriptName, transcriptBytes, otherFiles } = episode;
        const transcriptDigest = transcriptBytes ? generateDigest(transcriptBytes.toString("base64")) : "";
        const digest = generateDigest([STORED_SHAPE, markdown, transcriptDigest, glossaryDigest, base, ...otherFiles].join("\0"));
        // Problems in an episode (repaired transcript damage, a quote not found
        // near its time, a missing audio file) are reported, with line and
        // column, by the content check that runs before every build and preview
        // (src/integrations/content-check.ts); the loader does not repeat them,
        // so an unchanged episode can be skipped outright.
        const unchanged = store.get(slug);
        const unchangedSegments = (unchanged?.data.transcript as StoredTranscript | undefined)?.segmentsFile;
        // Reused only while its segments file is still there (a cleared cache folder loads it again).
        if (unchanged?.digest === digest && (unchangedSegments === undefined || existsSync(unchangedSegments))) {
          if (unchangedSegments !== undefined) segmentsFiles.add(unchangedSegments);
          await searchDocuments.update(slug, digest, unchanged);
          return;
        }

        const { frontmatter, content } = parseFrontmatter(markdown, { frontmatter: "empty-with-lines" });
        const data: Record<string, unknown> = { ...frontmatter };
        let paragraphs: Paragraph[] = [];
        const audio = await selfHostedAudio(frontmatter.audio, slug, files, folderUrl);
        if (audio && audio !== "missing") data.audio = audio;
        if (transcriptName && transcriptBytes) {
          const transcriptFile = fileURLToPath(new URL(transcriptName, folderUrl));
          const transcriptPath = relative(root, transcriptFile);
          // `duration` may be written as seconds or as "1:02:03"; either lets an
          // untimed transcript get approximate times (shown with ≈).
          const written = typeof frontmatter.duration === "string" ? parseDuration(frontmatter.duration) : frontmatter.duration;
          const duration = typeof written === "number" ? written : undefined;
          // The content check parsed this same file moments ago (identical bytes and duration): reuse that parse.
          const transcript =
            takeParsedTranscript(transcriptFile, transcriptBytes, duration) ??
            parseTranscript(transcriptBytes, { fileName: transcriptPath, ...(duration !== undefined ? { duration } : {}) });
          // The page shows the glossary-corrected text, so quotes are checked against it too.
          const corrected = applyGlossary(transcript, glossary);
          // Validated as the content layer validated segments when they were part of the entry.
          const columns = SegmentColumnsSchema.safeParse(toSegmentColumns(corrected.segments));
          if (!columns.success) throw new Error(`${transcriptPath}: ${columns.error.message}`);
          const segmentsFile = segmentsFilePath(segmentsDir, slug, digest);
          await writeSegmentsFile(segmentsFile, columns.data);
          segmentsFiles.add(segmentsFile);
          data.transcript = toStoredTranscript(corrected, transcriptPath, segmentsFile);
          paragraphs = toParagraphs(corrected);
        }

        // The summary plugins (src/lib/markdown/) need the slug and the
        // transcript for moment links and quote checks, and hand back chapters
        // and takeaways, all through the frontmatter channel of the Markdown
        // processor. The context's key (the context itself is handed over
        // beside it, see handOverSummaryContext) goes in as a one-line JSON
        // frontmatter block in place of the podcaster's (already blanked) one,
        // so line numbers in the plugins' warnings stay those of index.md.
        const length = typeof frontmatter.duration === "string" ? parseDuration(frontmatter.duration) : frontmatter.duration;
        const context = handOverSummaryContext(indexUrl.href, { slug, paragraphs, base, ...(typeof length === "number" ? { duration: length } : {}) });
        const rendered = await renderMarkdown(`---\n${JSON.stringify({ summaryContextKey: context.key })}\n---${content}`, { fileURL: indexUrl }).finally(
          context.release,
        );
        const summary = rendered.metadata?.frontmatter as SummaryData | undefined;
        data.chapters = summary?.chapters ?? [];
        data.takeaways = summary?.takeaways ?? [];
        if (rendered.metadata) rendered.metadata.frontmatter = frontmatter;

        const parsed = await parseData({ id: slug, data, filePath });
        store.set({ id: slug, data: parsed, body: content, filePath, digest, rendered });
        await searchDocuments.update(slug, digest, { data: parsed, rendered }, paragraphs);
      }

      // Each episode's files are read while the one before is processed: the
      // profile showed the loader idle on its reads for ~15 % of content
      // loading at 200 English episodes. Episodes are still handled
      // in folder order, and a failed read surfaces at its own episode.
      const read = (slug: string, skipped = isSkippedEpisode(slug)) => readEpisodeFolder(new URL(`${slug}/`, baseUrl), root, skipped);
      let nextRead = folders[0] === undefined ? undefined : read(folders[0]);
      for (const [index, slug] of folders.entries()) {
        const current = nextRead!;
        const following = folders[index + 1];
        nextRead = following === undefined ? undefined : read(following);
        nextRead?.catch(() => {}); // Awaited (and reported) in its own turn.
        await syncEpisode(slug, current);
      }

      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      dropParsedTranscripts();
      await keepOnlySegmentsFiles(segmentsDir, segmentsFiles);
      await searchDocuments.finish();

      if (!watcher) return;
      // `astro dev`: edits show on the next page load, without a restart.
      const basePath = fileURLToPath(baseUrl);
      const settingsFile = (file: string) => fileURLToPath(new URL(file, config.root));
      const glossaryPath = options.glossary ? settingsFile(options.glossary) : undefined;
      const showAndPeople = new Set([settingsFile(options.show), settingsFile(options.people)]);
      if (glossaryPath) watcher.add(glossaryPath);
      for (const file of showAndPeople) watcher.add(file);
      watcher.add(basePath);
      // One change at a time, in order: a save that touches two files of an episode syncs it twice, never at once.
      let queue = Promise.resolve();
      const enqueue = (what: string, task: () => Promise<void>) => {
        queue = queue.then(task).catch((error: Error) => logger.error(`Could not reload ${what}: ${error.message}`));
      };
      const onFileEvent = (changedPath: string) => {
        if (changedPath === glossaryPath) {
          // The glossary corrects every transcript, and is part of every episode's digest.
          enqueue(relative(root, changedPath), async () => {
            ({ glossary, glossaryDigest } = await readGlossary(options.glossary, config.root, root));
            for (const slug of await listEpisodeFolders(baseUrl)) await syncEpisode(slug, read(slug, false));
            logger.info(`Reloaded every episode for ${relative(root, changedPath)}`);
          });
          return;
        }
        if (showAndPeople.has(changedPath)) {
          // Pages read the show and the people from their own collections; only the search documents use them here.
          enqueue(relative(root, changedPath), async () => {
            searchDocuments = await openSearchDocuments();
          });
          return;
        }
        // The watcher reports every file of the project; an episode's are under episodes/<slug>/.
        const [slug] = relative(basePath, changedPath).split(sep);
        if (!slug || slug.startsWith("..")) return;
        // Fixed while previewing: an episode the content check left out is loaded as soon as it changes.
        enqueue(`${relative(root, join(basePath, slug))}/`, async () => {
          await syncEpisode(slug, read(slug, false));
          logger.info(`Reloaded ${relative(root, join(basePath, slug))}/`);
        });
      };
      for (const event of ["add", "change", "unlink", "addDir", "unlinkDir"] as const) watcher.on(event, onFileEvent);
    },
  };
}

async function listEpisodeFolders(baseUrl: URL): Promise<string[]> {
  return (await readdir(baseUrl, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
}

type EpisodeFolder = Awaited<ReturnType<typeof readEpisodeFolder>>;

/**
 * The content check refuses symbolic links in content/ (nothing outside it is
 * published); reading without following them keeps the loader to that rule
 * too, should it ever run without the check (ELOOP instead of /etc/passwd).
 */
const NO_LINKS = constants.O_RDONLY | constants.O_NOFOLLOW;

/**
 * An episode folder's files, as the loader reads them. Issue 8: with
 * SHOWNOTES_SKIP_BROKEN=1 the content check names the episodes with errors
 * (`skipped`); they are left out instead of failing the build, so nothing
 * more of them is read.
 */
async function readEpisodeFolder(folderUrl: URL, root: string, skipped: boolean) {
  const files = await readdir(folderUrl).catch((error: NodeJS.ErrnoException) => {
    // Removed while the dev server runs.
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return undefined;
    throw error;
  });
  if (files === undefined) return { folderUrl, episode: "gone" as const };
  if (!files.includes("index.md")) return { folderUrl, episode: "no index.md" as const };
  if (skipped) return { folderUrl, episode: "skipped" as const };
  const indexUrl = new URL("index.md", folderUrl);
  const filePath = relative(root, fileURLToPath(indexUrl));
  // Control characters are removed, as the content check said (src/lib/control-characters.ts).
  const markdown = removeControlCharacters(await readFile(indexUrl, { encoding: "utf8", flag: NO_LINKS }));
  const transcriptName = findTranscriptFile(files, filePath);
  const transcriptBytes = transcriptName ? await readFile(new URL(transcriptName, folderUrl), { flag: NO_LINKS }) : undefined;
  // Other files in the folder (a self-hosted audio file) count by size and date.
  const otherFiles = await Promise.all(
    files
      .filter((name) => name !== "index.md" && name !== transcriptName)
      .sort()
      .map(async (name) => {
        const info = await stat(new URL(name, folderUrl));
        return `${name}:${info.size}:${info.mtimeMs}`;
      }),
  );
  return { folderUrl, episode: { files, indexUrl, filePath, markdown, transcriptName, transcriptBytes, otherFiles } };
}

/** The glossary applies to every episode, so its text is part of every episode's digest. */
async function readGlossary(file: string | undefined, rootUrl: URL, root: string): Promise<{ glossary: Glossary; glossaryDigest: string }> {
  if (!file) return { glossary: [], glossaryDigest: "" };
  const url = new URL(file, rootUrl);
  const text = await readFile(url, { encoding: "utf8", flag: NO_LINKS }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (text === undefined) return { glossary: [], glossaryDigest: "" };
  return { glossary: parseGlossary(text, relative(root, fileURLToPath(url))), glossaryDigest: text };
}

function audioUrl(audio: unknown): string | undefined {
  if (typeof audio === "string") return audio;
  if (audio && typeof audio === "object" && "url" in audio && typeof audio.url === "string") return audio.url;
  return undefined;
}

/**
 * `audio: episode.mp3` names a file in the episode folder: it is published
 * next to the page (src/routes/episodes/[slug]/[audio].ts), and its size and
 * type are filled in for the feed unless the podcaster wrote them.
 */
async function selfHostedAudio(audio: unknown, slug: string, files: readonly string[], folderUrl: URL) {
  const written = audioUrl(audio);
  const name = written === undefined ? undefined : localAudioName(written);
  if (name === undefined) return undefined;
  if (!files.includes(name)) return "missing" as const;
  const given = typeof audio === "object" && audio !== null ? (audio as { type?: unknown; bytes?: unknown }) : {};
  const type = typeof given.type === "string" ? given.type : audioType(name);
  const bytes = typeof given.bytes === "number" ? given.bytes : (await stat(new URL(name, folderUrl))).size;
  return { url: localAudioHref(slug, name), ...(type ? { type } : {}), bytes };
}
