import { readdir, readFile } from "node:fs/promises";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader } from "astro/loaders";
import { parseFrontmatter } from "@astrojs/markdown-remark";
import { applyGlossary, parseGlossary, parseTranscript, type Glossary, type Transcript } from "../lib/transcript/index.ts";
import { findTranscriptFile } from "../lib/episode-files.ts";

export interface EpisodesLoaderOptions {
  /** Folder holding one sub-folder per episode, relative to the project root. */
  base: string;
  /** The show's speech-recognition corrections (YAML), relative to the project root; optional file. */
  glossary?: string;
}

/**
 * Loads `content/episodes/<slug>/index.md` plus the `transcript.*` beside it.
 * The transcript is parsed once here, into the one model every page and
 * export reads; unchanged episodes are skipped by content digest.
 */
export function episodesLoader(options: EpisodesLoaderOptions): Loader {
  return {
    name: "episodes-loader",
    async load({ config, store, parseData, generateDigest, renderMarkdown, logger }) {
      const root = fileURLToPath(config.root);
      const baseUrl = new URL(`${options.base.replace(/\/?$/, "/")}`, config.root);
      const folders = (await readdir(baseUrl, { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
      const seen = new Set<string>();
      const { glossary, glossaryDigest } = await readGlossary(options.glossary, config.root, root);

      for (const slug of folders) {
        const folderUrl = new URL(`${slug}/`, baseUrl);
        const files = await readdir(folderUrl);
        if (!files.includes("index.md")) {
          logger.warn(`${relative(root, fileURLToPath(folderUrl))}: no index.md, so this folder is not an episode`);
          continue;
        }
        seen.add(slug);
        const indexUrl = new URL("index.md", folderUrl);
        const filePath = relative(root, fileURLToPath(indexUrl));
        const markdown = await readFile(indexUrl, "utf8");
        const transcriptName = findTranscriptFile(files, filePath);
        const transcriptBytes = transcriptName ? await readFile(new URL(transcriptName, folderUrl)) : undefined;

        const transcriptDigest = transcriptBytes ? generateDigest(transcriptBytes.toString("base64")) : "";
        const digest = generateDigest([markdown, transcriptDigest, glossaryDigest].join("\0"));
        if (store.get(slug)?.digest === digest) continue;

        const { frontmatter, content } = parseFrontmatter(markdown, { frontmatter: "empty-with-lines" });
        const data: Record<string, unknown> = { ...frontmatter };
        if (transcriptName && transcriptBytes) {
          const transcriptPath = relative(root, fileURLToPath(new URL(transcriptName, folderUrl)));
          const transcript = parseTranscript(transcriptBytes, {
            fileName: transcriptPath,
            ...(typeof frontmatter.duration === "number" ? { duration: frontmatter.duration } : {}),
          });
          for (const warning of transcript.warnings) {
            logger.warn(`${transcriptPath}:${warning.line}${warning.column ? `:${warning.column}` : ""}  ${warning.message}`);
          }
          data.transcript = toStored(applyGlossary(transcript, glossary), transcriptPath);
        }

        const parsed = await parseData({ id: slug, data, filePath });
        const rendered = await renderMarkdown(content, { fileURL: indexUrl });
        store.set({ id: slug, data: parsed, body: content, filePath, digest, rendered });
      }

      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
    },
  };
}

/** The glossary applies to every episode, so its text is part of every episode's digest. */
async function readGlossary(file: string | undefined, rootUrl: URL, root: string): Promise<{ glossary: Glossary; glossaryDigest: string }> {
  if (!file) return { glossary: [], glossaryDigest: "" };
  const url = new URL(file, rootUrl);
  const text = await readFile(url, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return undefined;
    throw error;
  });
  if (text === undefined) return { glossary: [], glossaryDigest: "" };
  return { glossary: parseGlossary(text, relative(root, fileURLToPath(url))), glossaryDigest: text };
}

function toStored(transcript: Transcript, file: string) {
  const { warnings: _warnings, ...model } = transcript;
  return { file, ...model };
}
