import { formatClock } from "../timing/time.ts";

/** Downloads a URL; throws with a short reason when it cannot. Injectable so tests need no network. */
export type Fetcher = (url: string) => Promise<Uint8Array>;

export const networkFetcher: Fetcher = async (url) => {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: "follow" });
  if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
  return new Uint8Array(await response.arrayBuffer());
};

/** Why a download failed, in a few words (fetch's own errors hide the cause). */
export function downloadFailure(thrown: unknown): string {
  const error = thrown as { message?: string; cause?: { code?: string; message?: string } };
  if (error.cause?.code) return `network error ${error.cause.code}`;
  return error.cause?.message ?? error.message ?? String(thrown);
}

/**
 * `podcast:transcript` types we can read, best first: timed formats before
 * untimed ones (Podcasting 2.0 transcript spec lists these MIME types;
 * feeds also use application/x-subrip and application/srt for SRT).
 */
const TRANSCRIPT_TYPES: [RegExp, string][] = [
  [/^(application\/(x-)?srt|application\/x-subrip|text\/srt)$/, "srt"],
  [/^text\/vtt$/, "vtt"],
  [/^application\/json$/, "json"],
  [/^text\/html$/, "html"],
  [/^text\/plain$/, "txt"],
];

export function transcriptExtension(type: string): string | undefined {
  return TRANSCRIPT_TYPES.find(([pattern]) => pattern.test(type))?.[1];
}

export function transcriptRank(type: string): number {
  const index = TRANSCRIPT_TYPES.findIndex(([pattern]) => pattern.test(type));
  return index === -1 ? TRANSCRIPT_TYPES.length : index;
}

/**
 * Podcasting 2.0 JSON chapters (`{ chapters: [{ startTime, title, toc }] }`)
 * → the summary's chapter list, one `00:00 Title` line per chapter, the form
 * podcast apps read from show notes. Chapters hidden from the table of
 * contents (`toc: false`) and untitled ones are left out.
 */
export function chaptersToMarkdown(json: string, labels: { heading: string; opening: string }): string | undefined {
  const data = JSON.parse(json) as { chapters?: { startTime?: unknown; title?: unknown; toc?: unknown }[] };
  const chapters = (data.chapters ?? [])
    .filter((chapter) => chapter.toc !== false && typeof chapter.title === "string" && chapter.title.trim() !== "" && typeof chapter.startTime === "number")
    .map((chapter) => ({ start: Math.floor(chapter.startTime as number), title: (chapter.title as string).replace(/\s+/g, " ").trim() }))
    .sort((a, b) => a.start - b.start);
  if (chapters.length === 0) return undefined;
  // Podcast apps read a chapter list from show notes only when it starts at 00:00 (Apple, YouTube).
  if (chapters[0]!.start > 0) chapters.unshift({ start: 0, title: labels.opening });
  return `## ${labels.heading}\n\n${chapters.map((chapter) => `- ${clock(chapter.start)} ${chapter.title}`).join("\n")}`;
}

/** `00:00`, `12:34`, `1:02:03`: podcast apps want two-digit minutes. */
function clock(seconds: number): string {
  const text = formatClock(seconds);
  return text.length === 4 ? `0${text}` : text;
}
