import { createHash } from "node:crypto";
import { existsSync, lstatSync } from "node:fs";
import { join } from "node:path";
import { PersonSchema, type Person } from "../../schemas/person.ts";
import { ShowSchema, type Show } from "../../schemas/show.ts";
import { parseGlossary, type Glossary } from "../transcript/index.ts";
import { glossaryProblems } from "../transcript/glossary.ts";
import { cacheVersion } from "../cache/cache-version.ts";
import { createSummaryRenderer, type SiteMarkdown } from "../markdown/render-summary.ts";
import { basePath } from "../urls/site-urls.ts";
import { decodeUtf8 } from "../check/text-file.ts";
import { checkDuplicates } from "../check/check-duplicates.ts";
import { checkFollowKeys } from "../check/check-follow.ts";
import { indexPeople, peopleRefProblems, type PeopleIndex } from "../check/people-index.ts";
import { error, sortProblems, warning, type Problem } from "../check/problem.ts";
import { schemaProblems } from "../check/schema-problems.ts";
import { unknownKeyProblems } from "../check/unknown-keys.ts";
import { readEpisode, transcriptJob, type EpisodeModel, type ShowContext } from "./read-episode.ts";
import { checkTranscriptsInParallel } from "./transcript-checks.ts";
import { readContentBytes, readContentFolder, readEpisodeFolder, refuseUnreadable, type ContentFolder, type EpisodeFolder } from "./read-content.ts";

export { countErrors, formatProblem, sortProblems, type Problem } from "../check/problem.ts";
export type { EpisodeModel, ReadEpisode } from "./read-episode.ts";

/**
 * The content pipeline: a show's content folder read into one model per
 * episode, with every problem found in it. `shownotes check` prints its
 * problems; the build and the dev server (src/integrations/content-pipeline.ts
 * and src/loaders/episodes-loader.ts) publish its episodes. All three read
 * content only through this module, so they cannot disagree.
 */
export interface ContentCheck {
  problems: Problem[];
  /** Episodes (folder names) with at least one error: the ones a build that skips broken episodes leaves out. */
  brokenEpisodes: string[];
  /** True when an error lies outside any episode (show.yaml, people.yaml): nothing can be built. */
  showBroken: boolean;
  /** Every episode folder (by name) there is. */
  episodes: string[];
  settings: ShowSettings;
}

/** Bump when what the pipeline reads or reports changes within one version, so remembered episodes are read again. */
const PIPELINE_VERSION = cacheVersion("pipeline-1");

export interface ReadOptions {
  /** The site's own Markdown settings, which summaries follow too (the build passes astro.config's). */
  siteMarkdown?: SiteMarkdown;
  /**
   * Asked before an episode is read, with its key (a digest of everything
   * reading it depends on): the problems remembered from reading it with
   * this key before, if its model is still at hand. It is then not read again.
   */
  recall?: (slug: string, key: string) => Problem[] | undefined;
  /** Given every episode read, with its key, once its checks are done (the build stores it), in folder order with `onRecalled`. */
  onEpisode?: (model: EpisodeModel, key: string) => void | Promise<void>;
  /** Given every episode `recall` remembered, in its turn. */
  onRecalled?: (slug: string, key: string) => void | Promise<void>;
  /** Transcripts checked on a second thread first (the build's), or in turn (the command line's). */
  parallel?: boolean;
  /** Given the show's settings once read, before any episode. */
  onSettings?: (settings: ShowSettings) => void | Promise<void>;
}

/** The show's settings, people and glossary, read and checked: what every episode is read with. */
export interface ShowSettings {
  show: Show | undefined;
  people: PeopleIndex;
  /** people.yaml's people that are valid, by id. */
  peopleById: Map<string, Person>;
  glossary: Glossary;
  /** Digest of show.yaml, people.yaml and glossary.yaml, part of every episode's key. */
  digest: string;
  problems: Problem[];
}

/** Reads and checks a whole content folder. */
export async function readContent(projectRoot: string, contentDir = "content", options: ReadOptions = {}): Promise<ContentCheck> {
  const content = readContentFolder(projectRoot, contentDir);
  const settings = readShowSettings(projectRoot, contentDir, content);
  const problems = [...settings.problems];
  await options.onSettings?.(settings);
  const keys = new Map(content.episodes.map((episode) => [episode.slug, episodeKey(episode, settings.digest)]));
  const remembered = new Map<string, Problem[]>();
  for (const episode of content.episodes) {
    const found = options.recall?.(episode.slug, keys.get(episode.slug)!);
    if (found) remembered.set(episode.slug, found);
  }
  const toRead = content.episodes.filter((episode) => !remembered.has(episode.slug));
  const jobs = options.parallel ? toRead.flatMap((episode) => transcriptJob(episode) ?? []) : [];
  const context: ShowContext = {
    people: settings.people,
    glossary: settings.glossary,
    renderSummary: createSummaryRenderer({ allowHtml: settings.show?.allowHtml === true, ...(options.siteMarkdown ? { site: options.siteMarkdown } : {}) }),
    checkedTranscripts: await checkTranscriptsInParallel(jobs),
    // From show.yaml's url, which is part of every episode's key (the settings digest).
    base: settings.show ? basePath(settings.show.url) : undefined,
  };
  // In folder order, remembered or read: what is made from the episodes (the search index) comes out the same either way.
  for (const episode of content.episodes) {
    const key = keys.get(episode.slug)!;
    const found = remembered.get(episode.slug);
    if (found) {
      problems.push(...found);
      await options.onRecalled?.(episode.slug, key);
      continue;
    }
    const model = await readEpisode(episode, context);
    problems.push(...model.problems);
    await options.onEpisode?.(model, key);
  }
  problems.push(...checkDuplicates(content.episodes));
  return { ...summarise(contentDir, problems), episodes: content.episodes.map((episode) => episode.slug), settings };
}

/** `readContent` for one episode (the dev server, after an edit): its model and key, or `undefined` when the folder is no longer an episode. */
export async function readOneEpisode(
  projectRoot: string,
  contentDir: string,
  slug: string,
  options: Pick<ReadOptions, "siteMarkdown"> = {},
): Promise<{ model: EpisodeModel; key: string; settings: ShowSettings } | undefined> {
  const folder = readEpisodeFolder(projectRoot, contentDir, slug);
  if (!folder) return undefined;
  const settings = readShowSettings(projectRoot, contentDir, readContentFolder(projectRoot, contentDir, { episodes: false }));
  const model = await readEpisode(folder, {
    people: settings.people,
    glossary: settings.glossary,
    renderSummary: createSummaryRenderer({ allowHtml: settings.show?.allowHtml === true, ...(options.siteMarkdown ? { site: options.siteMarkdown } : {}) }),
    base: settings.show ? basePath(settings.show.url) : undefined,
  });
  return { model, key: episodeKey(folder, settings.digest), settings };
}

/** Episodes with errors, and whether an error lies outside any episode. */
function summarise(contentDir: string, problems: readonly Problem[]): Omit<ContentCheck, "episodes" | "settings"> {
  const sorted = sortProblems(problems);
  const episodesPrefix = `${contentDir}/episodes/`;
  const broken = new Set<string>();
  let showBroken = false;
  for (const problem of sorted) {
    if (problem.severity !== "error") continue;
    if (problem.file.startsWith(episodesPrefix)) broken.add(problem.file.slice(episodesPrefix.length).split("/")[0]!);
    else showBroken = true;
  }
  return { problems: sorted, brokenEpisodes: [...broken].sort(), showBroken };
}

/**
 * Everything reading an episode depends on: its folder (index.md, the
 * transcript's bytes, the other files' names, sizes and dates), the show's
 * settings, people and glossary, and the pipeline's version.
 */
function episodeKey(episode: EpisodeFolder, settingsDigest: string): string {
  const hash = createHash("sha256").update(PIPELINE_VERSION).update(`\0${settingsDigest}\0${episode.slug}\0`);
  for (const name of episode.files) hash.update(`${name}:${episode.sizes[name] ?? ""}:${episode.modified[name] ?? ""}/`);
  hash.update("\0").update(episode.indexBytes ?? "").update("\0");
  if (episode.transcript) hash.update(episode.transcript.file).update("\0").update(episode.transcript.bytes);
  return hash.digest("hex").slice(0, 32);
}

/** show.yaml, people.yaml and glossary.yaml, checked. */
export function readShowSettings(projectRoot: string, contentDir: string, content: ContentFolder): ShowSettings {
  const problems: Problem[] = [...content.problems];
  const { people, problems: peopleProblems } = indexPeople(content.people);
  problems.push(...peopleProblems);
  let show: Show | undefined;
  if (content.show && content.show.problems.length === 0) {
    const source = content.show;
    problems.push(...schemaProblems(ShowSchema, source, source.value ?? {}, [], "the show"));
    problems.push(...unknownKeyProblems(source, source.value, Object.keys(ShowSchema.shape)));
    problems.push(...checkFollowKeys(source, (source.value as { follow?: unknown } | undefined)?.follow));
    const hosts = (source.value as { hosts?: unknown } | undefined)?.hosts;
    if (people.loaded && Array.isArray(hosts)) {
      for (const [index, id] of hosts.entries()) {
        if (typeof id === "string") problems.push(...peopleRefProblems(source.file, source.positionOf(["hosts", index]), id, people));
      }
    }
    const parsed = ShowSchema.safeParse(source.value);
    if (parsed.success) show = parsed.data;
  }
  const glossaryFile = readGlossary(projectRoot, contentDir, problems);
  const digest = createHash("sha256")
    .update(content.show?.text ?? "")
    .update("\0")
    .update(content.people?.text ?? "")
    .update("\0")
    .update(glossaryFile.text)
    .digest("hex");
  const peopleById = new Map<string, Person>();
  const listed = content.people?.value;
  if (listed && typeof listed === "object" && !Array.isArray(listed)) {
    for (const [id, value] of Object.entries(listed)) {
      const person = PersonSchema.safeParse(value);
      if (person.success) peopleById.set(id, person.data);
    }
  }
  return { show, people, peopleById, glossary: glossaryFile.glossary, digest, problems };
}

/** `content/glossary.yaml`, read by the transcript engine's own parser; its mistakes become problems. */
function readGlossary(projectRoot: string, contentDir: string, problems: Problem[]): { glossary: Glossary; text: string } {
  const file = `${contentDir}/glossary.yaml`;
  const none = { glossary: [], text: "" };
  if (!existsSync(join(projectRoot, file)) && !isLink(join(projectRoot, file))) return none;
  const refused = refuseUnreadable(projectRoot, file, "file");
  if (refused) {
    problems.push(refused);
    return none;
  }
  const decoded = decodeUtf8(readContentBytes(join(projectRoot, file)), file);
  if (!decoded.ok) {
    problems.push(decoded.problem);
    return none;
  }
  try {
    const glossary = parseGlossary(decoded.text, file);
    for (const found of glossaryProblems(glossary)) {
      problems.push((found.severity === "error" ? error : warning)(file, { line: found.line, column: 1 }, found.message));
    }
    return { glossary, text: decoded.text };
  } catch (thrown) {
    const reason = thrown as { line?: number; column?: number; reason?: string; message?: string };
    problems.push(error(file, { line: reason.line ?? 1, column: reason.column ?? 1 }, reason.reason ?? String(reason.message)));
    return { glossary: [], text: decoded.text };
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
