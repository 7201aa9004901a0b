/**
 * Character references in cue text follow HTML's "consume a character
 * reference" (W3C WebVTT §6.4 defers to it): named references with and
 * without ";" for the legacy set, decimal and hex. `parse-entities`
 * implements exactly that for HTML text content.
 */
import { parseEntities } from "parse-entities";

export function decodeString(text: string): string {
  return text.includes("&") ? parseEntities(text) : text;
}
