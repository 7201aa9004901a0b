import { stringify } from "yaml";
import { episodeSlug } from "../scaffold/episode-slug.ts";
import { podcastGuid } from "../feed/podcast-guid.ts";
import { formatClock } from "../timing/time.ts";
import { decodeFeed } from "./decode-feed.ts";
import { chaptersToMarkdown, downloadFailure, transcriptExtension, transcriptRank, type Fetcher } from "./feed-files.ts";
import { htmlToMarkdown, htmlToPlainText, markdownToPlainText, type RemovedImage } from "./html-to-markdown.ts";
import { ManifestWriter, type WriteOutcome } from "./manifest-writer.ts";
import { chaptersFromNotes } from "./notes-chapters.ts";
import { parseFeed, type Feed, type FeedEpisode, type FeedPerson } from "./parse-feed.ts";
import { removeSampleShow, holdsSampleShow } from "./sample-show.ts";
import { showTimeZone } from "./show-time-zone.ts";

export interface ImportOptions {
  /** The feed's XML, or its bytes (then its declared encoding is honoured). */
  xml: string | Uint8Array;
  /** Absolute path of the content folder to fill. */
  contentRoot: string;
  fetcher: Fetcher;
  /** Where the site will be published (show.yaml's `url`); a placeholder is written, and reported, without it. */
  url?: string;
  /** Where the feed was read from, when it was an address: the source of the show's podcast:guid when the feed has none. */
  feedUrl?: string;
  /** Download the chapters and transcripts the feed links (otherwise their addresses are kept in frontmatter). */
  fetch?: boolean;
  /** Recover what can be read from a damaged feed, and count what could not. */
  lenient?: boolean;
  /** Take the sample show out of the content folder first (otherwise a folder holding it is refused). */
  replaceSample?: boolean;
}

/** Written as show.yaml's `url` when the podcaster has not said where the site goes: a reserved name (RFC 2606) that cannot be anyone's. */
export const PLACEHOLDER_URL = "https://your-site.example/";

/** The content folder still holds the sample show: importing beside it would mix two shows. */
export class SampleShowError extends Error {}

export interface ImportSummary {
  imported: number;
  skipped: { title: string; reason: string }[];
  guidsKept: number;
  /** Items whose guid was empty or missing: their enclosure URL became the guid. */
  guidsFromEnclosure: string[];
  /** Items the feed had that a lenient read could not recover. */
  unreadable: number;
  /** Descriptions cut to one line for lists and search results (the whole notes are the summary). */
  descriptionsShortened: number;
  removedImages: Map<RemovedImage, number>;
  chaptersFromNotes: number;
  chaptersFiles: number;
  transcripts: number;
  transcriptsDownloaded: number;
  /** show.yaml got PLACEHOLDER_URL. */
  placeholderUrl: boolean;
  timezone?: string;
  showGuid?: { value: string; from: "feed" | "feed address" };
}

export interface ImportNote {
  file?: string;
  message: string;
}

export interface ImportReport {
  /** Each file touched or considered, by path inside the content folder. */
  files: { path: string; outcome: WriteOutcome }[];
  /** Things the podcaster should know: downloads that failed, items left out. `file` is inside the content folder. */
  notes: ImportNote[];
  episodes: number;
  summary: ImportSummary;
}

/**
 * An existing podcast's RSS feed → `content/`: show.yaml (only when there is
 * none), people.yaml from `podcast:person`, and a folder per episode with
 * frontmatter from the item, the show notes as the starting summary, and
 * the chapters and transcript the item links, when they can be downloaded.
 * Idempotent, and never overwrites what the podcaster edited (see
 * ManifestWriter).
 */
export async function importFeed(options: ImportOptions): Promise<ImportReport> {
  const xml = typeof options.xml === "string" ? options.xml : decodeFeed(options.xml);
  const feed = parseFeed(xml, { lenient: options.lenient ?? false });
  if (holdsSampleShow(options.contentRoot)) {
    if (!options.replaceSample) throw new SampleShowError("this content folder still holds the sample show");
    removeSampleShow(options.contentRoot);
  }
  const writer = new ManifestWriter(options.contentRoot);
  const notes: ImportNote[] = [];
  const chinese = (feed.language ?? "").toLowerCase().startsWith("zh");
  const labels = chinese ? { heading: "章节", opening: "开场" } : { heading: "Chapters", opening: "Intro" };
  const summary: ImportSummary = {
    imported: 0,
    skipped: [],
    guidsKept: 0,
    guidsFromEnclosure: [],
    unreadable: feed.unreadable,
    descriptionsShortened: 0,
    removedImages: new Map(),
    chaptersFromNotes: 0,
    chaptersFiles: 0,
    transcripts: 0,
    transcriptsDownloaded: 0,
    placeholderUrl: options.url === undefined,
  };
  const timezone = showTimeZone(feed.episodes.map((episode) => episode.date).filter((date): date is string => date !== undefined));
  if (timezone) summary.timezone = timezone;
  if (feed.podcastGuid && UUID.test(feed.podcastGuid)) summary.showGuid = { value: feed.podcastGuid.toLowerCase(), from: "feed" };
  else if (feed.selfUrl ?? options.feedUrl) summary.showGuid = { value: podcastGuid((feed.selfUrl ?? options.feedUrl)!), from: "feed address" };

  const people = new PeopleIds();
  for (const person of feed.people) people.add(person);
  for (const episode of feed.episodes) for (const person of episode.people) people.add(person);

  writer.write("show.yaml", showYaml(feed, people, { url: options.url ?? PLACEHOLDER_URL, timezone, guid: summary.showGuid?.value }));
  if (writer.outcomes.get("show.yaml")?.startsWith("kept")) summary.placeholderUrl = false;
  if (people.size > 0) writer.write("people.yaml", peopleYaml(people));
  if (writer.outcomes.get("people.yaml")?.startsWith("kept") && people.size > 0) {
    notes.push({ file: "people.yaml", message: `left as it is; the feed names these people: ${people.all().map(([id, p]) => `${id} (${p.name})`).join(", ")}` });
  }

  const usedSlugs = new Set(Object.values(writer.manifest.episodes));
  // Oldest first, so episodes without a number get slugs in publication order.
  const items = [...feed.episodes].reverse();
  for (const [index, episode] of items.entries()) {
    if (!episode.title) {
      summary.skipped.push({ title: episode.guid ?? episode.audio?.url ?? "(no guid, no audio)", reason: "it has no title" });
      continue;
    }
    summary.imported++;
    if (episode.guidFrom === "feed") summary.guidsKept++;
    if (episode.guidFrom === "enclosure") summary.guidsFromEnclosure.push(episode.title);
    const key = episode.guid ?? `title:${episode.title}`;
    let slug = writer.manifest.episodes[key];
    if (!slug) {
      const base = episodeSlug(episode.title, episode.number ?? index + 1);
      slug = base;
      for (let n = 2; usedSlugs.has(slug) || (writer.exists(`episodes/${slug}`) && !writer.manifest.episodes[key]); n++) slug = `${base}-${n}`;
      usedSlugs.add(slug);
      writer.manifest.episodes[key] = slug;
    }
    const folder = `episodes/${slug}`;
    if (episode.chapters) summary.chaptersFiles++;
    const chapters = episode.chapters && options.fetch ? await downloadText(options.fetcher, episode.chapters.url, notes, folder, "chapters") : undefined;
    let chaptersMarkdown: string | undefined;
    if (chapters !== undefined) {
      try {
        chaptersMarkdown = chaptersToMarkdown(chapters, labels);
      } catch {
        notes.push({ file: folder, message: `the chapters file ${episode.chapters!.url} is not Podcasting 2.0 JSON chapters, so it was not imported` });
      }
    }
    const transcript = [...episode.transcripts].sort((a, b) => transcriptRank(a.type) - transcriptRank(b.type))[0];
    if (transcript) summary.transcripts++;
    writer.write(`${folder}/index.md`, episodeMarkdown(feed, episode, people, chaptersMarkdown, transcript?.url, labels, summary));

    const extension = transcript ? transcriptExtension(transcript.type) : undefined;
    if (!options.fetch) {
      // Kept in frontmatter (chaptersUrl, transcriptUrl); `--fetch` downloads them.
    } else if (transcript && !extension) {
      notes.push({ file: folder, message: `the transcript ${transcript.url} is of a type shownotes cannot read (${transcript.type}), so it was not imported` });
    } else if (transcript && extension && !existingTranscript(writer, folder, extension)) {
      const bytes = await download(options.fetcher, transcript.url, notes, folder, "transcript");
      if (bytes) {
        writer.write(`${folder}/transcript.${extension}`, bytes);
        summary.transcriptsDownloaded++;
      }
    }
  }
  writer.save();
  return {
    files: [...writer.outcomes].map(([path, outcome]) => ({ path, outcome })).sort((a, b) => (a.path < b.path ? -1 : 1)),
    notes,
    episodes: feed.episodes.length,
    summary,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A transcript with another extension that the podcaster put there (or an earlier import wrote) wins. */
function existingTranscript(writer: ManifestWriter, folder: string, extension: string): boolean {
  return ["srt", "vtt", "json", "html", "txt"].some((other) => other !== extension && writer.exists(`${folder}/transcript.${other}`));
}

async function download(fetcher: Fetcher, url: string, notes: ImportNote[], folder: string, what: string): Promise<Uint8Array | undefined> {
  try {
    return await fetcher(url);
  } catch (thrown) {
    notes.push({ file: folder, message: `could not download the ${what} ${url} (${downloadFailure(thrown)}); run the import again when it is reachable, or add the file by hand` });
    return undefined;
  }
}

async function downloadText(fetcher: Fetcher, url: string, notes: ImportNote[], folder: string, what: string): Promise<string | undefined> {
  const bytes = await download(fetcher, url, notes, folder, what);
  return bytes ? new TextDecoder().decode(bytes) : undefined;
}

/** People ids from names: `Adam Curry` → `adam-curry`; names in other scripts → `person-<n>`. */
class PeopleIds {
  readonly #byName = new Map<string, [string, FeedPerson]>();
  add(person: FeedPerson): void {
    if (person.role !== "host" && person.role !== "guest") return;
    if (this.#byName.has(person.name)) return;
    let id = episodeSlug(person.name, this.#byName.size + 1).replace(/^episode-/, "person-");
    const taken = new Set([...this.#byName.values()].map(([existing]) => existing));
    for (let n = 2; taken.has(id); n++) id = `${id.replace(/-\d+$/, "")}-${n}`;
    this.#byName.set(person.name, [id, person]);
  }
  id(name: string): string | undefined {
    return this.#byName.get(name)?.[0];
  }
  all(): [string, FeedPerson][] {
    return [...this.#byName.values()];
  }
  get size(): number {
    return this.#byName.size;
  }
}

const HEADER = "# Imported from the show's feed by `shownotes import`. Edit freely: importing again never overwrites a file you changed.\n";

function showYaml(feed: Feed, people: PeopleIds, settings: { url: string; timezone: string | undefined; guid: string | undefined }): string {
  const email = feed.owner?.email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(feed.owner.email) ? feed.owner.email : undefined;
  // Never the channel's <link>: hosts fill it with the old host's page or a social profile, not this site's address.
  const site = settings.url;
  const show: Record<string, unknown> = {
    title: feed.title || "My podcast",
    description: htmlToPlainText(feed.description || feed.title || "A podcast.", 4000),
    language: feed.language && /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(feed.language) ? feed.language : "en",
    url: site,
    author: feed.author ?? feed.owner?.name ?? feed.title ?? "Unknown",
    ...(feed.owner?.name && email ? { owner: { name: feed.owner.name, email } } : {}),
    ...(feed.artwork ? { artwork: feed.artwork } : {}),
    categories: feed.categories,
    explicit: feed.explicit,
    hosts: feed.people.filter((person) => person.role === "host").map((person) => people.id(person.name)).filter(Boolean),
    ...(settings.timezone ? { timezone: settings.timezone } : {}),
    // The show's id in podcast apps, kept so they treat this feed as the same show.
    ...(settings.guid ? { guid: settings.guid } : {}),
    ...(feed.type === "serial" ? { type: "serial" } : {}),
  };
  const urlNote =
    site === PLACEHOLDER_URL
      ? `# "url" is a placeholder: put the address this site will be published at (e.g. https://podcast.example.com/) before you build and publish.\n`
      : `# "url" is where this site will be published.\n`;
  return `${HEADER}${urlNote}${stringify(show, { lineWidth: 0 })}`;
}

function peopleYaml(people: PeopleIds): string {
  const entries = Object.fromEntries(
    people.all().map(([id, person]) => [
      id,
      { name: person.name, ...(person.href && /^https?:\/\//.test(person.href) ? { url: person.href } : {}), ...(person.img ? { image: person.img } : {}) },
    ]),
  );
  return `${HEADER}${stringify(entries, { lineWidth: 0 })}`;
}

function episodeMarkdown(
  feed: Feed,
  episode: FeedEpisode,
  people: PeopleIds,
  fileChapters: string | undefined,
  transcriptUrl: string | undefined,
  labels: { heading: string; opening: string },
  summary: ImportSummary,
): string {
  const ids = (role: string) => episode.people.filter((person) => person.role === role).map((person) => people.id(person.name)).filter(Boolean);
  const hosts = ids("host");
  const guests = ids("guest");
  let notes = htmlToMarkdown(episode.html, summary.removedImages);
  let chapters = fileChapters;
  if (!chapters) {
    const found = chaptersFromNotes(notes, labels);
    if (found) {
      [notes, chapters] = [found.markdown, found.chapters];
      summary.chaptersFromNotes++;
    }
  }
  const fromSubtitle = episode.subtitle && episode.subtitle !== episode.title && episode.subtitle !== feed.description;
  const description = fromSubtitle ? episode.subtitle : markdownToPlainText(notes);
  if (!fromSubtitle && description && description.length < markdownToPlainText(notes, Infinity).length) summary.descriptionsShortened++;
  const frontmatter: Record<string, unknown> = {
    title: episode.title,
    ...(episode.date ? { date: episode.date } : {}),
    ...(description ? { description } : {}),
    ...(episode.number !== undefined ? { number: episode.number } : {}),
    ...(episode.season !== undefined ? { season: episode.season } : {}),
    ...(episode.duration !== undefined ? { duration: formatClock(episode.duration) } : {}),
    ...(episode.audio ? { audio: episode.audio } : {}),
    ...(hosts.length > 0 ? { hosts } : {}),
    ...(guests.length > 0 ? { guests } : {}),
    ...(episode.image && episode.image !== feed.artwork ? { image: episode.image } : {}),
    ...(episode.guid ? { guid: episode.guid } : {}),
    ...(episode.episodeType ? { episodeType: episode.episodeType } : {}),
    ...(episode.link ? { link: episode.link } : {}),
    ...(episode.chapters ? { chaptersUrl: episode.chapters.url } : {}),
    ...(transcriptUrl ? { transcriptUrl } : {}),
  };
  const body = [notes, chapters].filter(Boolean).join("\n\n");
  return `---\n${HEADER}${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`;
}

