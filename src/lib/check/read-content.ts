import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeUtf8 } from "./text-file.ts";
import { splitMarkdown, type SplitMarkdown } from "./frontmatter.ts";
import { parseYamlSource, type YamlSource } from "./yaml-source.ts";
import { error, START, type Problem } from "./problem.ts";

export interface EpisodeFolder {
  slug: string;
  /** `content/episodes/<slug>/index.md`, relative to the project root. */
  indexFile: string;
  markdown?: SplitMarkdown;
  /** index.md as read, for remembering what the check found (check-memory.ts). */
  indexBytes?: Uint8Array;
  /** Every file name in the folder (e.g. a self-hosted audio file). */
  files: string[];
  /** Names of the `transcript.*` files in the folder (more than one is a problem). */
  transcriptNames: string[];
  transcript?: { file: string; bytes: Uint8Array };
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
export function readContentFolder(projectRoot: string, dir: string): ContentFolder {
  const problems: Problem[] = [];
  const readYaml = (name: string, required: boolean): YamlSource | undefined => {
    const file = `${dir}/${name}`;
    const path = join(projectRoot, file);
    if (!existsSync(path)) {
      if (required) problems.push(error(file, START, `${name} is missing: every show needs its settings in ${file}`));
      return undefined;
    }
    const decoded = decodeUtf8(readFileSync(path), file);
    if (!decoded.ok) {
      problems.push(decoded.problem);
      return undefined;
    }
    const source = parseYamlSource(decoded.text.replace(/^\uFEFF/, ""), file);
    problems.push(...source.problems);
    return source;
  };

  const show = readYaml("show.yaml", true);
  const people = readYaml("people.yaml", false);
  const episodesDir = join(projectRoot, dir, "episodes");
  const slugs = existsSync(episodesDir)
    ? readdirSync(episodesDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort()
    : [];
  const episodes: EpisodeFolder[] = [];
  for (const slug of slugs) {
    const folder = `${dir}/episodes/${slug}`;
    const files = readdirSync(join(projectRoot, folder)).sort();
    const indexFile = `${folder}/index.md`;
    if (!files.includes("index.md")) continue; // Not an episode (the loader says so too); nothing to check.
    const episode: EpisodeFolder = {
      slug,
      indexFile,
      files,
      transcriptNames: files.filter((name) => /^transcript\.[^.]+(\.[^.]+)?$/i.test(name)),
    };
    const indexBytes = readFileSync(join(projectRoot, indexFile));
    episode.indexBytes = indexBytes;
    const decoded = decodeUtf8(indexBytes, indexFile);
    if (decoded.ok) episode.markdown = splitMarkdown(decoded.text, indexFile);
    else problems.push(decoded.problem);
    if (episode.transcriptNames.length === 1) {
      const file = `${folder}/${episode.transcriptNames[0]}`;
      episode.transcript = { file, bytes: readFileSync(join(projectRoot, file)) };
    }
    episodes.push(episode);
  }
  return { dir, show, people, episodes, problems };
}
