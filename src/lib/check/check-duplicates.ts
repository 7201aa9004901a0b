import { tagSlug, tagHref } from "../page-data/episode-view.ts";
import type { EpisodeFolder } from "../pipeline/read-content.ts";
import { error, warning, type Problem } from "./problem.ts";

/**
 * Numbers, guids and addresses must be unique across the show: podcast apps
 * treat two items with one guid as one episode, and two folders whose names
 * differ only in case or accents collide on many file systems and hosts.
 * Tags spelt differently (beyond capitals) that come out as one tag page
 * (`a/b` and `a b` are both /tags/a-b/) are pointed out: the page then lists
 * both under one name, which is rarely what was meant.
 */
export function checkDuplicates(episodes: readonly EpisodeFolder[]): Problem[] {
  const problems: Problem[] = [];
  const seen = {
    number: new Map<string, EpisodeFolder>(),
    guid: new Map<string, EpisodeFolder>(),
    slug: new Map<string, EpisodeFolder>(),
    tag: new Map<string, { tag: string; file: string }>(),
  };
  for (const episode of episodes) {
    const fm = episode.markdown?.frontmatter;
    const data = (fm?.value ?? {}) as Record<string, unknown>;
    const slugKey = episode.slug.normalize("NFKC").toLowerCase();
    const sameSlug = seen.slug.get(slugKey);
    if (sameSlug) {
      problems.push(error(episode.indexFile, { line: 1, column: 1 }, `the folder name "${episode.slug}" differs from "${sameSlug.slug}" only in capitals or accents, so both episodes would get the same address: rename one folder`));
    } else seen.slug.set(slugKey, episode);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(episode.slug)) {
      problems.push(warning(episode.indexFile, { line: 1, column: 1 }, `the folder name "${episode.slug}" becomes this episode's address; lowercase letters, digits and dashes (e.g. "episode-12") are safest in links`));
    }
    if (!fm) continue;
    // Apple numbers trailers and bonus episodes after the episode they belong to, so they may share its number.
    const extra = data.episodeType === "trailer" || data.episodeType === "bonus";
    if (typeof data.number === "number" && !extra) {
      const key = `${typeof data.season === "number" ? data.season : ""}/${data.number}`;
      const other = seen.number.get(key);
      if (other) {
        const season = typeof data.season === "number" ? ` in season ${data.season}` : "";
        // A warning: hosts let numbers repeat, and an imported show should build; podcast apps only sort by them.
        problems.push(warning(fm.file, fm.positionOf(["number"]), `episode number ${data.number}${season} is also used by ${other.indexFile}: give each episode its own number (or mark a trailer or bonus with \`episodeType: trailer\` or \`episodeType: bonus\`)`));
      } else seen.number.set(key, episode);
    }
    if (Array.isArray(data.tags)) {
      for (const [index, tag] of data.tags.entries()) {
        if (typeof tag !== "string") continue;
        const slug = tagSlug(tag);
        if (slug === "" || slug === "." || slug === "..") continue; // Refused on their own (check-addresses.ts).
        const other = seen.tag.get(slug);
        if (!other) seen.tag.set(slug, { tag, file: fm.file });
        else if (other.tag.trim().toLowerCase() !== tag.trim().toLowerCase()) {
          problems.push(warning(fm.file, fm.positionOf(["tags", index]), `the tag "${tag}" and the tag "${other.tag}" (${other.file}) share one tag page, ${tagHref(tag)}: write them the same way if they are one topic, or reword one`));
        }
      }
    }
    if (typeof data.guid === "string") {
      const other = seen.guid.get(data.guid);
      if (other) {
        problems.push(error(fm.file, fm.positionOf(["guid"]), `the guid "${data.guid}" is also used by ${other.indexFile}: podcast apps would treat both as one episode, so give each its own guid`));
      } else seen.guid.set(data.guid, episode);
    }
  }
  return problems;
}
