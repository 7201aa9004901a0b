import { parseEntities } from "parse-entities";

/**
 * The one rule for every address a person writes in `content/`: summary and
 * takeaway links, people's `url` and `image`, the show's `links`, `url`,
 * `artwork` and feed address, an episode's `audio` and `image`. The summary
 * sanitiser (src/lib/markdown/rehype-safe-html.ts), the zod schemas
 * (src/schemas/) and `shownotes check` all ask this module, so what check
 * accepts is exactly what a page may link to.
 *
 * An allowlist, not a blocklist: a browser runs `javascript:` and
 * `vbscript:` and renders `data:` documents, and new schemes keep appearing,
 * so only `https:`, `http:`, `mailto:` and addresses on the site itself
 * (`/audio/1.mp3`, `episode.mp3`, `#chapters`, `?t=12`) are allowed.
 */
export const ALLOWED_SCHEMES = ["https", "http", "mailto"] as const;

export type UrlVerdict = { safe: true } | { safe: false; reason: string };

/**
 * Reads the address the way a browser will once it is in a page: character
 * references decoded (`&#106;avascript:` in HTML or Markdown is
 * `javascript:`), then the WHATWG URL Standard's basic URL parser steps that
 * hide a scheme: leading and trailing C0 controls and spaces stripped, tabs
 * and newlines removed anywhere (`java\tscript:`).
 */
export function urlAsBrowserReadsIt(url: string): string {
  return decodeCharacterReferences(url)
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "")
    .replace(/[\t\n\r]/g, "");
}

/** Whether `url` may appear in a page, the feed or any published file. */
export function checkUrl(url: string): UrlVerdict {
  // Control characters have no business in an address and make browsers and
  // feed readers disagree about where the scheme ends: refuse them outright.
  // Only those really in the text: every page and feed escapes the `&` of a
  // reference such as `?a&#1`, so it never becomes a control character, and
  // decoding it is needed only to see a disguised scheme (below).
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(url)) {
    return { safe: false, reason: "it contains invisible control characters; type the address again or paste it as plain text" };
  }
  const seen = urlAsBrowserReadsIt(url);
  // `\` counts as `/` in web addresses, so `/\evil.example` and `//evil.example` both leave the site.
  if (/^[/\\]{2}/.test(seen)) {
    return { safe: false, reason: "an address starting with // leaves the site without saying how; write it in full, starting with https://" };
  }
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(seen)?.[1]?.toLowerCase();
  if (scheme === undefined) return { safe: true }; // Relative: a page or file of this site.
  if ((ALLOWED_SCHEMES as readonly string[]).includes(scheme)) return { safe: true };
  if (scheme === "javascript" || scheme === "vbscript") {
    return { safe: false, reason: `a ${scheme}: address runs code in the reader's browser, so it is never published; link to a web address (https://…) instead` };
  }
  if (scheme === "data") {
    return { safe: false, reason: "a data: address holds a whole file inside the link and can run code, so it is never published; put the file in public/ and link to it (/cover.png), or link to a web address (https://…)" };
  }
  return { safe: false, reason: `"${scheme}:" addresses are not published; only https://, http://, mailto: and paths on this site (/…) are` };
}

export function isSafeUrl(url: string): boolean {
  return checkUrl(url).safe;
}

/**
 * HTML character references (`&#106;`, `&#x6A`, `&Tab;`, `&colon;`) decoded
 * as a browser decodes them in an attribute, terminated or not. Done even for
 * values that were never HTML (YAML settings): it can only make the rule
 * stricter, and the same text may later be pasted into HTML (newsletter).
 */
function decodeCharacterReferences(value: string): string {
  return value.includes("&") ? parseEntities(value, { attribute: true }) : value;
}
