import { EpisodeFrontmatterSchema } from "../../schemas/episode.ts";
import { localAudioName } from "../episode-audio.ts";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { URL_PROPERTIES } from "../markdown/rehype-safe-html.ts";
import { checkUrl, isSafeUrl } from "../safe-url.ts";
import { quoteNearMoment } from "../quote-check.ts";
import { formatClock, parseDuration } from "../time.ts";
import { applyGlossary, type Glossary, type Transcript } from "../transcript/index.ts";
import { checkFolderName, checkTags, checkTranscriptNames } from "./check-addresses.ts";
import { checkTranscript, speakerFirstLines, type TranscriptCheck } from "./check-transcript.ts";
import type { TranscriptJob } from "./transcript-checks.ts";
import { checkFollowKeys } from "./check-follow.ts";
import { peopleRefProblems, type PeopleIndex } from "./people-index.ts";
import type { EpisodeFolder } from "./read-content.ts";
import { error, START, warning, type Problem } from "./problem.ts";
import { schemaProblems } from "./schema-problems.ts";
import { unknownKeyProblems } from "./unknown-keys.ts";
import { readSummaryOutline, type SummaryOutline } from "./summary-outline.ts";
import { decodeUtf8 } from "./text-file.ts";
import type { YamlSource } from "./yaml-source.ts";

export interface ShowContext {
  people: PeopleIndex;
  /** The show setting `allowHtml`. */
  allowHtml: boolean;
  /** Speech-recognition corrections (content/glossary.yaml), applied as the build does. */
  glossary: Glossary;
  /** Called with each transcript read without errors, before the glossary (the build hands it to the loader). */
  onTranscriptParsed?: TranscriptParsedListener | undefined;
  /** Transcripts already checked (in parallel, see transcript-checks.ts), by file; used when read with the same duration. */
  checkedTranscripts?: ReadonlyMap<string, CheckedTranscript> | undefined;
}

/** `checkTranscript`'s result for one file, with the inputs it was checked with. */
export interface CheckedTranscript extends TranscriptJob {
  result: TranscriptCheck;
}

/** What checking an episode's transcript takes: its file, bytes and the episode's duration; none when it has no single transcript. */
export function transcriptJob(episode: EpisodeFolder): TranscriptJob | undefined {
  if (!episode.markdown || episode.transcriptNames.length > 1 || !episode.transcript) return undefined;
  return { ...episode.transcript, duration: episodeDuration((episode.markdown.frontmatter.value ?? {}) as Record<string, unknown>) };
}

function episodeDuration(data: Record<string, unknown>): number | undefined {
  return typeof data.duration === "number" ? data.duration : typeof data.duration === "string" ? parseDuration(data.duration) : undefined;
}

export type TranscriptParsedListener = (file: string, bytes: Uint8Array, duration: number | undefined, transcript: Transcript) => void;

/** Every check that concerns one episode folder alone. */
export function checkEpisode(episode: EpisodeFolder, { people, allowHtml, glossary, onTranscriptParsed, checkedTranscripts }: ShowContext): Problem[] {
  const problems: Problem[] = [];
  const markdown = episode.markdown;
  if (!markdown) return problems; // Not UTF-8: already reported while reading.
  problems.push(...markdown.problems);
  const fm = markdown.frontmatter;
  const data = (fm.value ?? {}) as Record<string, unknown>;
  if (fm.problems.length === 0) {
    if (data === null || typeof data !== "object" || Array.isArray(data)) {
      return [...problems, error(fm.file, { line: 2, column: 1 }, "the settings between the `---` lines must be `key: value` lines, e.g. `title: My first episode`")];
    }
    problems.push(...schemaProblems(EpisodeFrontmatterSchema, fm, data, [], "every episode"));
    problems.push(...unknownKeyProblems(fm, data, Object.keys(EpisodeFrontmatterSchema.shape)));
  }
  problems.push(...checkFolderName(episode), ...checkTranscriptNames(episode), ...checkDate(fm, data.date), ...checkAudio(fm, data.audio, episode), ...checkPeopleRefs(fm, data, people), ...checkTags(fm, data.tags), ...checkFollowKeys(fm, data.follow));

  const duration = episodeDuration(data);
  let transcript: Transcript | undefined;
  if (episode.transcriptNames.length > 1) {
    problems.push(error(episode.indexFile, START, `this episode folder has ${episode.transcriptNames.length} transcripts (${episode.transcriptNames.join(", ")}); keep one and rename or remove the others`));
  } else if (episode.transcript) {
    const done = checkedTranscripts?.get(episode.transcript.file);
    const checked =
      done && done.bytes === episode.transcript.bytes && done.duration === duration
        ? done.result
        : checkTranscript(episode.transcript.file, episode.transcript.bytes, duration);
    problems.push(...checked.problems);
    if (checked.transcript) onTranscriptParsed?.(episode.transcript.file, episode.transcript.bytes, duration, checked.transcript);
    transcript = checked.transcript && applyGlossary(checked.transcript, glossary);
    if (transcript) problems.push(...checkSpeakers(episode.transcript.file, episode.transcript.bytes, transcript, people));
  }

  const outline = readSummaryOutline(markdown.body, markdown.bodyFirstLine);
  problems.push(...checkChapters(episode.indexFile, outline, duration));
  problems.push(...checkMoments(episode.indexFile, outline, transcript, duration));
  problems.push(...checkTakeaways(episode.indexFile, outline, transcript));
  problems.push(...checkSummaryHtml(episode.indexFile, outline, allowHtml));
  return problems;
}

// What the page's HTML cleaning removes (src/lib/markdown/rehype-safe-html.ts); said here so nothing vanishes silently.
const UNSAFE_HTML = /<\/?(script|style|iframe|object|embed|form|input|button|textarea|select|link|meta|base)\b|\son[a-z]+\s*=/i;

/**
 * Every address in the summary (Markdown links and images, and the URL
 * attributes of its HTML) is held to the URL rule the page's sanitiser
 * applies (src/lib/safe-url.ts), so a link that would be removed from the
 * page is an error here, with its line, rather than a silent loss.
 */
function checkSummaryHtml(file: string, outline: SummaryOutline, allowHtml: boolean): Problem[] {
  const problems: Problem[] = [];
  for (const { html, at } of outline.html) {
    if (/^<\/[a-z][a-z0-9-]*\s*>$/i.test(html.trim())) continue; // A closing tag: its opening tag was reported.
    const refused = htmlUrls(html).map(checkUrl).find((verdict) => !verdict.safe);
    if (refused && !refused.safe) {
      problems.push(error(file, at, `this HTML has an address that is refused: ${refused.reason}`));
    } else if (!allowHtml && UNSAFE_HTML.test(html)) {
      problems.push(warning(file, at, `this HTML (${html.trim().slice(0, 40)}) is cleaned on the page: scripts, embeds and on…= attributes are removed unless show.yaml says "allowHtml: true"`));
    }
  }
  for (const { url, at } of outline.urls) {
    const verdict = checkUrl(url);
    if (!verdict.safe) problems.push(error(file, at, `this link is refused: ${verdict.reason}`));
  }
  return problems;
}

/** The URL attributes of a piece of summary HTML, as the page's HTML parser reads them (character references decoded). */
function htmlUrls(html: string): string[] {
  const urls: string[] = [];
  visit(fromHtml(html, { fragment: true }), "element", (node) => {
    for (const property of URL_PROPERTIES) {
      const value = node.properties[property];
      if (typeof value === "string") urls.push(value);
    }
  });
  return urls;
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
 * next to the page (src/lib/episode-audio.ts). Anything else relative, or
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

/** Podcast apps read chapters from 0:00 upwards (Apple's description-chapter rules). */
function checkChapters(file: string, outline: SummaryOutline, duration: number | undefined): Problem[] {
  const timed = outline.chapters.filter((chapter) => chapter.start !== undefined);
  if (timed.length === 0) return [];
  const problems: Problem[] = [];
  if (timed[0]!.start !== 0) {
    problems.push(error(file, timed[0]!.at, `the first chapter starts at ${formatClock(timed[0]!.start!)}: chapters must start at 00:00 (podcast apps ignore the list otherwise)`));
  }
  for (const [index, chapter] of timed.entries()) {
    const previous = timed[index - 1];
    if (previous && chapter.start! <= previous.start!) {
      problems.push(error(file, chapter.at, `the chapter "${chapter.title}" (${formatClock(chapter.start!)}) does not come after the one before it (${formatClock(previous.start!)}): list chapters in time order`));
    }
    if (duration !== undefined && chapter.start! >= duration) {
      // A warning, not an error: imported shows often carry a host's stale duration, and the list still works up to the end.
      problems.push(warning(file, chapter.at, `the chapter "${chapter.title}" starts at ${formatClock(chapter.start!)}, after the episode ends (duration ${formatClock(duration)}): correct the chapter's time or the episode's duration`));
    }
  }
  if (timed.length !== outline.chapters.length) {
    const untimed = outline.chapters.find((chapter) => chapter.start === undefined)!;
    problems.push(warning(file, untimed.at, `the chapter "${untimed.title}" has no time: write it as "00:00 Title" like the others`));
  }
  return problems;
}

/** The stretch of the episode the transcript covers, which moment links can land in. */
function transcriptSpan(transcript: Transcript | undefined, duration: number | undefined): [number, number] | undefined {
  const starts = transcript?.segments.flatMap((segment) => (segment.start === undefined ? [] : [segment.end ?? segment.start])) ?? [];
  if (starts.length > 0) return [0, Math.max(...starts)];
  return duration === undefined ? undefined : [0, duration];
}

function checkMoments(file: string, outline: SummaryOutline, transcript: Transcript | undefined, duration: number | undefined): Problem[] {
  const span = transcriptSpan(transcript, duration);
  if (!span) return [];
  // A chapter's own time is checked (and reported) as a chapter.
  const chapterLines = new Set(outline.chapters.map((chapter) => chapter.at.line));
  return outline.times
    // Bare times past the duration are times of day, which the page leaves as text (remarkMomentLinks).
    .filter((time) => !(duration !== undefined && time.seconds > duration && !time.written.startsWith("[")))
    .filter((time) => time.seconds > span[1] && !chapterLines.has(time.at.line))
    .map((time) =>
      error(file, time.at, `the time ${time.written} is after the end of the ${transcript?.timed ? "transcript" : "episode"} (${formatClock(span[1])}), so its moment link would lead nowhere: check the time`),
    );
}

/**
 * The same test the takeaways plugin applies while building (src/lib/quote-check.ts),
 * reported here with the takeaway's line so `shownotes check` shows it too.
 */
export function checkTakeaways(file: string, outline: SummaryOutline, transcript: Transcript | undefined): Problem[] {
  if (!transcript?.timed) return [];
  const problems: Problem[] = [];
  for (const takeaway of outline.takeaways) {
    if (takeaway.moment === undefined) continue;
    for (const quote of takeaway.quotes) {
      if (quoteNearMoment(quote, takeaway.moment, transcript.segments)) continue;
      problems.push(warning(file, takeaway.at, `the takeaway quotes "${quote}" at ${formatClock(takeaway.moment)}, but the transcript does not say that near ${formatClock(takeaway.moment)}: check the quote or the time`));
    }
  }
  return problems;
}
