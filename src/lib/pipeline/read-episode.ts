import type { MarkdownHeading } from "@astrojs/markdown-remark";
import { EpisodeFrontmatterSchema } from "../../schemas/episode.ts";
import { audioType, localAudioHref, localAudioName } from "../media/episode-audio.ts";
import { isSafeUrl } from "../urls/safe-url.ts";
import { parseDuration } from "../timing/time.ts";
import { applyGlossary, toParagraphs, type Glossary, type Paragraph, type Transcript } from "../transcript/index.ts";
import type { SummaryRenderer } from "../markdown/render-summary.ts";
import { checkFolderName, checkTags, checkTranscriptNames } from "../check/check-addresses.ts";
import { checkTranscript, speakerFirstLines, type CheckedTranscript, type TranscriptJob } from "../check/check-transcript.ts";
import { checkFollowKeys } from "../check/check-follow.ts";
import { peopleRefProblems, type PeopleIndex } from "../check/people-index.ts";
import { error, START, warning, type Problem } from "../check/problem.ts";
import { schemaProblems } from "../check/schema-problems.ts";
import { unknownKeyProblems } from "../check/unknown-keys.ts";
import { decodeUtf8 } from "../check/text-file.ts";
import type { YamlSource } from "../check/yaml-source.ts";
import type { EpisodeFolder } from "./read-content.ts";

/** What every episode of the show is read with: the show's settings, people and glossary, and the summary renderer. */
export interface ShowContext {
  people: PeopleIndex;
  /** Speech-recognition corrections (content/glossary.yaml). */
  glossary: Glossary;
  /** Renders summaries with the plugins the site uses (src/lib/markdown/render-summary.ts). */
  renderSummary: SummaryRenderer;
  /** Transcripts already checked (in parallel, see transcript-checks.ts), by file; used when read with the same bytes and duration. */
  checkedTranscripts?: ReadonlyMap<string, CheckedTranscript> | undefined;
  /** The path the site is published under, from show.yaml's url (`/`, `/podcast/`): the summary's links to the site carry it. */
  base?: string | undefined;
}

/**
 * One episode folder, read: everything the site shows of it, and every
 * problem found in it with its file, line and column. `shownotes check`, the
 * build and the dev server all read episodes with `readEpisode`.
 */
export interface EpisodeModel {
  slug: string;
  /** `content/episodes/<slug>/index.md`, relative to the project root. */
  indexFile: string;
  problems: Problem[];
  /** What the site shows; absent when index.md could not be read or its settings could not be made sense of. */
  episode?: ReadEpisode;
}

export interface ReadEpisode {
  /** The frontmatter as written. */
  frontmatter: Record<string, unknown>;
  /** The frontmatter as written, with what the folder adds: a self-hosted audio file's address, type and size, and the summary's chapters and takeaways. Validated by the episode schema when stored. */
  data: Record<string, unknown> & { chapters: unknown[]; takeaways: unknown[] };
  /** The summary as written (frontmatter lines blanked). */
  body: string;
  summary: { html: string; headings: MarkdownHeading[] };
  /** The transcript, corrected by the glossary, and its file relative to the project root. */
  transcript?: { file: string; model: Transcript; paragraphs: Paragraph[] };
}

/** What checking an episode's transcript takes: its file, bytes and the episode's duration; none when it has no single transcript. */
export function transcriptJob(episode: EpisodeFolder): TranscriptJob | undefined {
  if (!episode.markdown || episode.transcriptNames.length > 1 || !episode.transcript) return undefined;
  return { ...episode.transcript, duration: episodeDuration((episode.markdown.frontmatter.value ?? {}) as Record<string, unknown>) };
}

function episodeDuration(data: Record<string, unknown>): number | undefined {
  return typeof data.duration === "number" ? data.duration : typeof data.duration === "string" ? parseDuration(data.duration) : undefined;
}

/** Reads one episode folder into its model: settings, transcript and summary, and every problem in them. */
export async function readEpisode(folder: EpisodeFolder, context: ShowContext): Promise<EpisodeModel> {
  const model: EpisodeModel = { slug: folder.slug, indexFile: folder.indexFile, problems: [...folder.problems] };
  const problems = model.problems;
  const markdown = folder.markdown;
  if (!markdown) return model; // Not UTF-8: already reported while reading.
  problems.push(...markdown.problems);
  const fm = markdown.frontmatter;
  const data = (fm.value ?? {}) as Record<string, unknown>;
  if (fm.problems.length === 0) {
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      problems.push(error(fm.file, { line: 2, column: 1 }, "the settings between the `---` lines must be `key: value` lines, e.g. `title: My first episode`"));
      return model;
    }
    problems.push(...schemaProblems(EpisodeFrontmatterSchema, fm, data, [], "every episode"));
    problems.push(...unknownKeyProblems(fm, data, Object.keys(EpisodeFrontmatterSchema.shape)));
  }
  problems.push(
    ...checkFolderName(folder),
    ...checkTranscriptNames(folder),
    ...checkDate(fm, data.date),
    ...checkAudio(fm, data.audio, folder),
    ...checkPeopleRefs(fm, data, context.people),
    ...checkTags(fm, data.tags),
    ...checkFollowKeys(fm, data.follow),
  );

  const duration = episodeDuration(data);
  let transcript: ReadEpisode["transcript"];
  if (folder.transcriptNames.length > 1) {
    problems.push(error(folder.indexFile, START, `this episode folder has ${folder.transcriptNames.length} transcripts (${folder.transcriptNames.join(", ")}); keep one and rename or remove the others`));
  } else if (folder.transcript) {
    const done = context.checkedTranscripts?.get(folder.transcript.file);
    const checked =
      done && done.bytes === folder.transcript.bytes && done.duration === duration
        ? done.result
        : checkTranscript(folder.transcript.file, folder.transcript.bytes, duration);
    problems.push(...checked.problems);
    if (checked.transcript) {
      // The page shows the glossary-corrected text, so quotes are checked against it too.
      const corrected = applyGlossary(checked.transcript, context.glossary);
      problems.push(...checkSpeakers(folder.transcript.file, folder.transcript.bytes, corrected, context.people));
      transcript = { file: folder.transcript.file, model: corrected, paragraphs: toParagraphs(corrected) };
    }
  }

  const summary = await context.renderSummary(
    markdown.blanked,
    { slug: folder.slug, paragraphs: transcript?.paragraphs ?? [], ...(duration !== undefined ? { duration } : {}), ...(context.base ? { base: context.base } : {}) },
    folder.indexFile,
  );
  for (const message of summary.messages) {
    problems.push((message.severity === "error" ? error : warning)(folder.indexFile, message, message.message));
  }
  const episodeData: ReadEpisode["data"] = { ...data, chapters: summary.chapters, takeaways: summary.takeaways };
  const audio = selfHostedAudio(data.audio, folder);
  if (audio) episodeData.audio = audio;
  model.episode = {
    frontmatter: data,
    data: episodeData,
    body: markdown.body,
    summary: { html: summary.html, headings: summary.headings },
    ...(transcript ? { transcript } : {}),
  };
  return model;
}

/** `2024-02-30` would silently become 1 March; a podcaster means a real day. */
function checkDate(fm: YamlSource, date: unknown): Problem[] {
  if (typeof date !== "string") return [];
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date.trim());
  if (!match) return []; // The schema reports dates it cannot read at all.
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const real = new Date(Date.UTC(year, month - 1, day));
  if (real.getUTCMonth() === month - 1 && real.getUTCDate() === day) return [];
  return [error(fm.file, fm.positionOf(["date"]), `"date" ${date} is not a day in the calendar: check the month and the day`)];
}

/**
 * Podcast apps fetch the audio from the feed, where only a full address
 * works; a site-relative path (`/audio/12.mp3`) is completed with the show's
 * `url`, and a bare file name is a file in the episode folder, published
 * next to the page (src/lib/media/episode-audio.ts). Anything else relative, or
 * not an address at all, breaks playback.
 */
function checkAudio(fm: YamlSource, audio: unknown, episode: EpisodeFolder): Problem[] {
  const url = typeof audio === "string" ? audio : audio && typeof audio === "object" ? (audio as { url?: unknown }).url : undefined;
  // An address the URL rule refuses (javascript:, data:) is reported by the schema.
  if (typeof url !== "string" || url === "" || !isSafeUrl(url)) return [];
  const at = fm.positionOf(typeof audio === "string" ? ["audio"] : ["audio", "url"]);
  if (url.startsWith("/") && !url.startsWith("//")) return [];
  const localName = localAudioName(url);
  if (localName !== undefined && !/\s/.test(localName) && /\.[a-z0-9]+$/i.test(localName)) {
    if (episode.files.includes(localName)) return [];
    const folder = episode.indexFile.replace(/\/index\.md$/, "/");
    return [error(fm.file, at, `the audio file "${localName}" is not in ${folder}: put it there, or write the full address of the audio (https://…)`)];
  }
  if (/\s/.test(url.trim())) return [error(fm.file, at, `the audio address "${url}" contains spaces: copy the full address again from your host (spaces are written %20)`)];
  let parsed: URL | undefined;
  try {
    parsed = new URL(url.trim());
  } catch {
    parsed = undefined;
  }
  if (!parsed && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !/^https?\b/i.test(url)) {
    return [error(fm.file, at, `the audio address "${url}" is relative: write the full address (https://…), just the file name of an audio file in the episode's folder, or a path starting with / for a file in public/`)];
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || !parsed.hostname.includes(".")) {
    return [error(fm.file, at, `the audio address "${url}" is not a web address podcast apps can download: it should look like https://media.example.com/episode-1.mp3`)];
  }
  if (parsed.protocol === "http:") {
    return [warning(fm.file, at, `the audio address "${url}" uses http://; podcast apps and browsers may refuse it on an https site, so use https:// if your host offers it`)];
  }
  return [];
}

function checkPeopleRefs(fm: YamlSource, data: Record<string, unknown>, people: PeopleIndex): Problem[] {
  if (!people.loaded) return [];
  const problems: Problem[] = [];
  for (const key of ["hosts", "guests"]) {
    const ids = data[key];
    if (!Array.isArray(ids)) continue;
    for (const [index, id] of ids.entries()) {
      if (typeof id === "string") problems.push(...peopleRefProblems(fm.file, fm.positionOf([key, index]), id, people));
    }
  }
  return problems;
}

export function checkSpeakers(file: string, bytes: Uint8Array, transcript: Transcript, people: PeopleIndex): Problem[] {
  if (!people.loaded || transcript.speakers.length === 0) return [];
  const unknown = transcript.speakers.filter((speaker) => !people.isKnownSpeaker(speaker));
  if (unknown.length === 0) return [];
  const decoded = decodeUtf8(bytes, file);
  const lines = decoded.ok ? speakerFirstLines(decoded.text, unknown) : new Map();
  return unknown.map((speaker) =>
    warning(file, lines.get(speaker) ?? START, `the speaker "${speaker}" is not anyone in people.yaml: add it to a person's aliases (or add the person), so the page shows who is speaking`),
  );
}

/**
 * `audio: episode.mp3` names a file in the episode folder: it is published
 * next to the page (src/routes/episodes/[slug]/[audio].ts), and its size and
 * type are filled in for the feed unless the podcaster wrote them.
 */
function selfHostedAudio(audio: unknown, folder: EpisodeFolder) {
  const written = typeof audio === "string" ? audio : audio && typeof audio === "object" && "url" in audio && typeof audio.url === "string" ? audio.url : undefined;
  const name = written === undefined ? undefined : localAudioName(written);
  if (name === undefined) return undefined;
  const size = folder.sizes[name];
  if (size === undefined) return undefined; // Reported as missing (checkAudio).
  const given = typeof audio === "object" && audio !== null ? (audio as { type?: unknown; bytes?: unknown }) : {};
  const type = typeof given.type === "string" ? given.type : audioType(name);
  const bytes = typeof given.bytes === "number" ? given.bytes : size;
  return { url: localAudioHref(folder.slug, name), ...(type ? { type } : {}), bytes };
}
