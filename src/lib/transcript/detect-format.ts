/**
 * Which format a transcript is in, from its content. The file name is only
 * a hint: real files are misnamed (a WebVTT file published as .txt is in
 * the corpus), so content decides wherever it is unambiguous.
 */
import type { TranscriptFormat } from "./model.ts";
import { looksLikePodcastingHtml } from "./parse-podcasting-html.ts";
import { looksLikeTimedText } from "./parse-timed-text.ts";

const SRT_START = /^\s*(?:\d+[ \t]*\n)?[ \t]*\d+:\d{1,2}:\d{1,2}(?:[,.]\d{1,3})?\s*-->/;

export type SourceKind = TranscriptFormat | "json";

export function detectFormat(text: string, fileName: string): SourceKind {
  const head = text.replace(/\r\n?/g, "\n");
  if (/^WEBVTT(?:[ \t\n]|$)/.test(head)) return "vtt";
  if (/^\s*(?:\{|\[\s*[{\]])/.test(head)) return "json";
  if (SRT_START.test(head)) return "srt";
  // A whole HTML page (a show's transcript page) is read as a page, unless
  // it is in the Podcasting 2.0 layout (a <cite> and a <time> per turn).
  const page = /^\s*(?:<!doctype html|<html[\s>]|<body[\s>])/i.test(head);
  if (looksLikePodcastingHtml(head) && (!page || /<time[\s>]/i.test(head))) return "podcasting20-html";
  if (page) return "html";
  if (looksLikeTimedText(head)) return "text-timed";
  // Content is not conclusive: trust an explicit extension.
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === "srt") return "srt";
  if (extension === "vtt") return "vtt";
  if (extension === "json") return "json";
  if (extension === "html" || extension === "htm") return "podcasting20-html";
  return "text-plain";
}
