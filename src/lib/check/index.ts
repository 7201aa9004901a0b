import { existsSync, lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ShowSchema } from "../../schemas/show.ts";
import { parseGlossary, type Glossary } from "../transcript/index.ts";
import { glossaryProblems } from "../transcript/glossary.ts";
import { decodeUtf8 } from "./text-file.ts";
import { checkDuplicates } from "./check-duplicates.ts";
import type { CheckMemory } from "./check-memory.ts";
import { checkEpisode, transcriptJob, type ShowContext, type TranscriptParsedListener } from "./check-episode.ts";
import { checkTranscriptsInParallel } from "./transcript-checks.ts";
import { checkFollowKeys } from "./check-follow.ts";
import { indexPeople, peopleRefProblems } from "./people-index.ts";
import { error, sortProblems, warning, type Problem } from "./problem.ts";
import { readContentFolder, refuseUnreadable, type ContentFolder } from "./read-content.ts";
import { schemaProblems } from "./schema-problems.ts";
import { unknownKeyProblems } from "./unknown-keys.ts";

export { countErrors, formatProblem, sortProblems, type Problem } from "./problem.ts";

export interface ContentCheck {
  problems: Problem[];
  /** Episodes (folder names) with at least one error: the ones a build that skips broken episodes leaves out. */
  brokenEpisodes: string[];
  /** True when an error lies outside any episode (show.yaml, people.yaml): nothing can be built. */
  showBroken: boolean;
}

/**
 * Checks a whole content folder: `shownotes check` prints the result and the
 * build runs it first. Plain Node (no Astro): files are read with node:fs
 * and validated with the same zod schemas the content layer uses.
 */
export function checkContent(projectRoot: string, contentDir = "content", options: CheckOptions = {}): ContentCheck {
  return checkReadContent(projectRoot, contentDir, readContentFolder(projectRoot, contentDir), options);
}

/**
 * `checkContent` for the build: the same checks and result, with the
 * transcripts (most of the time) checked on two threads
 * (transcript-checks.ts).
 */
export async function checkContentInParallel(projectRoot: string, contentDir = "content", options: CheckOptions = {}): Promise<ContentCheck> {
  const content = readContentFolder(projectRoot, contentDir);
  const jobs = content.episodes.flatMap((episode) => (options.memory?.recall(episode) ? [] : (transcriptJob(episode) ?? [])));
  const checkedTranscripts = await checkTranscriptsInParallel(jobs);
  return checkReadContent(projectRoot, contentDir, content, { ...options, checkedTranscripts });
}

interface CheckOptions {
  onTranscriptParsed?: TranscriptParsedListener;
  /** What the last build's check found per episode: unchanged episodes are not checked again. */
  memory?: CheckMemory;
}

function checkReadContent(
  projectRoot: string,
  contentDir: string,
  content: ContentFolder,
  options: CheckOptions & { checkedTranscripts?: ShowContext["checkedTranscripts"] },
): ContentCheck {
  const problems: Problem[] = [...content.problems];
  const { people, problems: peopleProblems } = indexPeople(content.people);
  problems.push(...peopleProblems);

  if (content.show && content.show.problems.length === 0) {
    const show = content.show;
    problems.push(...schemaProblems(ShowSchema, show, show.value ?? {}, [], "the show"));
    problems.push(...unknownKeyProblems(show, show.value, Object.keys(ShowSchema.shape)));
    problems.push(...checkFollowKeys(show, (show.value as { follow?: unknown } | undefined)?.follow));
    const hosts = (show.value as { hosts?: unknown } | undefined)?.hosts;
    if (people.loaded && Array.isArray(hosts)) {
      for (const [index, id] of hosts.entries()) {
        if (typeof id === "string") problems.push(...peopleRefProblems(show.file, show.positionOf(["hosts", index]), id, people));
      }
    }
  }
  const allowHtml = (content.show?.value as { allowHtml?: unknown } | undefined)?.allowHtml === true;
  const glossary = readGlossary(projectRoot, contentDir, problems);
  for (const episode of content.episodes) {
    const remembered = options.memory?.recall(episode);
    if (remembered) {
      problems.push(...remembered);
      continue;
    }
    const found = checkEpisode(episode, { people, allowHtml, glossary, onTranscriptParsed: options.onTranscriptParsed, checkedTranscripts: options.checkedTranscripts });
    options.memory?.remember(episode, found);
    problems.push(...found);
  }
  options.memory?.save();
  problems.push(...checkDuplicates(content.episodes));

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

/** `content/glossary.yaml`, read by the transcript engine's own parser; its mistakes become problems. */
function readGlossary(projectRoot: string, contentDir: string, problems: Problem[]): Glossary {
  const file = `${contentDir}/glossary.yaml`;
  if (!existsSync(join(projectRoot, file)) && !isLink(join(projectRoot, file))) return [];
  const refused = refuseUnreadable(projectRoot, file, "file");
  if (refused) {
    problems.push(refused);
    return [];
  }
  const decoded = decodeUtf8(readFileSync(join(projectRoot, file)), file);
  if (!decoded.ok) {
    problems.push(decoded.problem);
    return [];
  }
  try {
    const glossary = parseGlossary(decoded.text, file);
    for (const found of glossaryProblems(glossary)) {
      problems.push((found.severity === "error" ? error : warning)(file, { line: found.line, column: 1 }, found.message));
    }
    return glossary;
  } catch (thrown) {
    const reason = thrown as { line?: number; column?: number; reason?: string; message?: string };
    problems.push(error(file, { line: reason.line ?? 1, column: reason.column ?? 1 }, reason.reason ?? String(reason.message)));
    return [];
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
