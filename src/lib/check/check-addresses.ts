import { tagSlug } from "../page-data/episode-view.ts";
import { error, START, warning, type Problem } from "./problem.ts";
import type { EpisodeFolder } from "../pipeline/read-content.ts";
import type { YamlSource } from "./yaml-source.ts";

/**
 * Characters a folder name cannot carry into its address: `#` and `?` end the
 * path part of a URL, `%` starts an escape (`ep%41` would be read as `epA`,
 * another folder's page), `\` is a `/` to browsers, and control characters
 * are invisible. Refused with the character named, so what `check` passes
 * builds and links correctly.
 */
const NOT_IN_ADDRESSES = /[#?%\\\u0000-\u001f\u007f]/u;

/** Most file systems allow 255 bytes per name; the tag page's folder is the slug itself. */
const MAX_TAG_BYTES = 200;

export function checkFolderName(episode: EpisodeFolder): Problem[] {
  const bad = NOT_IN_ADDRESSES.exec(episode.slug)?.[0];
  if (bad !== undefined) {
    const shown = /[\u0000-\u001f\u007f]/.test(bad) ? `an invisible control character (U+${bad.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")})` : `"${bad}"`;
    return [error(episode.indexFile, START, `the folder name "${episode.slug}" has ${shown}, which cannot be part of a web address (the folder name becomes /episodes/<folder>/): rename the folder using letters, digits and dashes, e.g. "episode-12"`)];
  }
  if (episode.slug.startsWith(".")) {
    return [error(episode.indexFile, START, `the folder name "${episode.slug}" starts with a dot, which hides it on many computers and web hosts: rename the folder, e.g. "episode-12"`)];
  }
  return [];
}

/**
 * Each tag gets a page at /tags/<slug>/ (src/lib/page-data/episode-view.ts `tagSlug`):
 * the slug must be a real, short enough folder name. `.` and `..` are not
 * folders one can create, and an empty tag has no page to link to.
 */
export function checkTags(fm: YamlSource, tags: unknown): Problem[] {
  if (!Array.isArray(tags)) return [];
  const problems: Problem[] = [];
  for (const [index, tag] of tags.entries()) {
    if (typeof tag !== "string") continue; // The schema reports it.
    const at = fm.positionOf(["tags", index]);
    const slug = tagSlug(tag);
    if (slug === "") problems.push(error(fm.file, at, `tag ${index + 1} is empty: write a word or remove it from the list`));
    else if (slug === "." || slug === "..") problems.push(error(fm.file, at, `the tag "${tag}" is only dots, which cannot be the address of its tag page: write a word, e.g. "news"`));
    else if (new TextEncoder().encode(slug).length > MAX_TAG_BYTES) {
      problems.push(error(fm.file, at, `the tag "${tag.slice(0, 30)}…" is too long to be the address of its tag page (${MAX_TAG_BYTES} bytes at most, about 60 Chinese characters or 200 letters): shorten it`));
    }
  }
  return problems;
}

/** Caption and transcript formats by extension, as other tools name their exports. */
const TRANSCRIPT_LIKE = /\.(vtt|srt|sbv|ttml|dfxp|ass|ssa|lrc)(\.[a-z\d]+)?$/i;

/**
 * Only `transcript.<ext>` is read as the episode's transcript. A file that
 * looks like one under another name (`transcript.en.vtt.txt`,
 * `episode.vtt`) would silently publish the episode without its words.
 */
export function checkTranscriptNames(episode: EpisodeFolder): Problem[] {
  const folder = episode.indexFile.replace(/\/index\.md$/, "");
  const read = episode.transcriptNames.length === 1 ? episode.transcriptNames[0] : undefined;
  const problems: Problem[] = [];
  for (const name of episode.files) {
    if (name === "index.md") continue;
    if (name === read) {
      if (!name.startsWith("transcript.")) {
        const lower = `transcript.${name.slice(name.indexOf(".") + 1)}`;
        problems.push(warning(`${folder}/${name}`, START, `this is read as the transcript, but name it "${lower}" in lowercase: web hosts and other tools tell capitals apart`));
      }
      continue;
    }
    if (episode.transcriptNames.includes(name)) continue; // Two transcripts: reported with the episode.
    if (/transcript/i.test(name) || TRANSCRIPT_LIKE.test(name)) {
      problems.push(warning(`${folder}/${name}`, START, `this looks like a transcript, but only a file named transcript.<format> (e.g. transcript.vtt, transcript.srt, transcript.txt) is read: rename it if it is this episode's transcript, or move it out of the folder`));
    }
  }
  return problems;
}
