import { constants, existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeUtf8 } from "../check/text-file.ts";
import { splitMarkdown, type SplitMarkdown } from "../check/frontmatter.ts";
import { parseYamlSource, type YamlSource } from "../check/yaml-source.ts";
import { error, START, warning, type Problem } from "../check/problem.ts";
import { controlCharacters, removeControlCharacters } from "../text/control-characters.ts";

/**
 * Symbolic links in content/ are refused (nothing outside it is published);
 * reading without following them keeps every read to that rule, even one
 * racing a link swapped in after the check (ELOOP instead of /etc/passwd).
 */
const NO_LINKS = constants.O_RDONLY | constants.O_NOFOLLOW;
export const readContentBytes = (path: string) => readFileSync(path, { flag: NO_LINKS });
const readContentFile = readContentBytes;

export interface EpisodeFolder {
  slug: string;
  /** `content/episodes/<slug>/index.md`, relative to the project root. */
  indexFile: string;
  markdown?: SplitMarkdown;
  /** index.md as read, for remembering what the check found (check-memory.ts). */
  indexBytes?: Uint8Array;
  /** Every file name in the folder (e.g. a self-hosted audio file). */
  files: string[];
  /** Sizes and modification times of the folder's other files (a self-hosted audio file), by name: part of the episode's key, and the feed's audio size. */
  sizes: Record<string, number>;
  modified: Record<string, number>;
  /** Names of the `transcript.*` files in the folder (more than one is a problem). */
  transcriptNames: string[];
  transcript?: { file: string; bytes: Uint8Array };
  /** Problems found while reading the folder (links, encodings, control characters). */
  problems: Problem[];
}

export interface ContentFolder {
  /** The content folder relative to the project root, e.g. `content`. */
  dir: string;
  show: YamlSource | undefined;
  people: YamlSource | undefined;
  episodes: EpisodeFolder[];
  /** Problems found while reading (missing files, not UTF-8, YAML syntax). */
  problems: Problem[];
}

/**
 * Reads the whole content folder with node:fs (no Astro, no Vite), so the
 * same checks run from the command line and at the start of a build.
 */
export function readContentFolder(projectRoot: string, dir: string, what: { episodes?: boolean } = {}): ContentFolder {
  const problems: Problem[] = [];
  const readYaml = (name: string, required: boolean): YamlSource | undefined => {
    const file = `${dir}/${name}`;
    const path = join(projectRoot, file);
    if (!lstatExists(path)) {
      if (required) problems.push(error(file, START, `${name} is missing: every show needs its settings in ${file}`));
      return undefined;
    }
    const refused = refuseUnreadable(projectRoot, file, "file");
    if (refused) {
      problems.push(refused);
      return undefined;
    }
    const decoded = decodeUtf8(readContentFile(path), file);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      return undefined;
    }
    problems.push(...controlCharacterProblems(file, decoded.text));
    const source = parseYamlSource(removeControlCharacters(decoded.text.replace(/^\uFEFF/, "")), file);
    problems.push(...source.problems);
    return source;
  };

  const show = readYaml("show.yaml", true);
  const people = readYaml("people.yaml", false);
  const episodesDir = join(projectRoot, dir, "episodes");
  const entries = what.episodes !== false && existsSync(episodesDir) ? readdirSync(episodesDir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) : [];
  const slugs: string[] = [];
  for (const entry of entries) {
    if (entry.isDirectory()) slugs.push(entry.name);
    else if (entry.isSymbolicLink()) problems.push(symlinkProblem(`${dir}/episodes/${entry.name}`, "folder"));
  }
  const episodes: EpisodeFolder[] = [];
  for (const slug of slugs) {
    const episode = readEpisodeFolder(projectRoot, dir, slug);
    if (episode) episodes.push(episode);
    else problems.push(warning(`${dir}/episodes/${slug}`, START, "this folder has no index.md, so it is not an episode: add an index.md (the episode's settings and summary), or move the folder out of episodes/"));
  }
  return { dir, show, people, episodes, problems };
}

/**
 * One episode folder's files, read once: index.md split into its settings
 * (with positions) and summary, the transcript's bytes, and the other files'
 * sizes. `undefined` when the folder is gone or has no index.md (not an
 * episode). Links and folders where a file belongs are reported, and never read.
 */
export function readEpisodeFolder(projectRoot: string, dir: string, slug: string): EpisodeFolder | undefined {
  const folder = `${dir}/episodes/${slug}`;
  let files: string[];
  try {
    files = readdirSync(join(projectRoot, folder)).sort();
  } catch (thrown) {
    // Removed (or replaced by a file) while the dev server runs.
    if ((thrown as NodeJS.ErrnoException).code === "ENOENT" || (thrown as NodeJS.ErrnoException).code === "ENOTDIR") return undefined;
    throw thrown;
  }
  const indexFile = `${folder}/index.md`;
  if (!files.includes("index.md")) return undefined;
  const problems: Problem[] = [];
  const unreadable = new Set<string>();
  for (const name of files) {
    const refused = refuseUnreadable(projectRoot, `${folder}/${name}`, isTranscriptName(name) || name === "index.md" ? "file" : "any");
    if (refused) {
      problems.push(refused);
      unreadable.add(name);
    }
  }
  const episode: EpisodeFolder = {
    slug,
    indexFile,
    // All names: a linked audio file is reported once, as a link, not again as missing.
    files,
    sizes: {},
    modified: {},
    transcriptNames: files.filter(isTranscriptName),
    problems,
  };
  for (const name of files) {
    if (name === "index.md" || unreadable.has(name) || isTranscriptName(name)) continue;
    const info = lstatSync(join(projectRoot, folder, name));
    episode.sizes[name] = info.size;
    episode.modified[name] = info.mtimeMs;
  }
  if (unreadable.has("index.md")) return episode;
  const indexBytes = readContentFile(join(projectRoot, indexFile));
  episode.indexBytes = indexBytes;
  const decoded = decodeUtf8(indexBytes, indexFile);
  if (decoded.ok) {
    problems.push(...controlCharacterProblems(indexFile, decoded.text));
    // Read without the control characters, as the warning says.
    episode.markdown = splitMarkdown(removeControlCharacters(decoded.text), indexFile);
  } else problems.push(decoded.problem);
  if (episode.transcriptNames.length === 1 && !unreadable.has(episode.transcriptNames[0]!)) {
    const file = `${folder}/${episode.transcriptNames[0]}`;
    episode.transcript = { file, bytes: readContentFile(join(projectRoot, file)) };
  }
  return episode;
}

/** The name the build reads a transcript from. */
export function isTranscriptName(name: string): boolean {
  return /^transcript\.[^.]+(\.[^.]+)?$/i.test(name);
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Nothing outside the content folder is published: a symbolic link in it
 * (`transcript.txt -> /etc/passwd`, an audio file linked from elsewhere) is
 * refused rather than followed, whatever it points at, and a folder where a
 * file belongs is named instead of crashing the read.
 */
export function refuseUnreadable(projectRoot: string, file: string, want: "file" | "any"): Problem | undefined {
  const info = lstatSync(join(projectRoot, file));
  if (info.isSymbolicLink()) return symlinkProblem(file, "file");
  if (want === "file" && !info.isFile()) {
    return error(file, START, `this is a folder (or another special file), not a file, so it cannot be read: put the file itself here, or rename the folder`);
  }
  return undefined;
}

function symlinkProblem(file: string, what: "file" | "folder"): Problem {
  return error(file, START, `this ${what} is a link to somewhere else on the computer (a symbolic link); shownotes only publishes what is inside the content folder, so copy the ${what} itself here instead of linking to it`);
}

function controlCharacterProblems(file: string, text: string): Problem[] {
  return controlCharacters(text).map(({ line, column, code }) =>
    warning(file, { line, column }, `an invisible control character (${code}) is here; it is removed from the site, so delete it (and check nothing around it was garbled when it was pasted)`),
  );
}
