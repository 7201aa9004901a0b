import { stringify } from "yaml";
import { episodeSlug } from "../scaffold/episode-slug.ts";
import { formatClock } from "../time.ts";
import { chaptersToMarkdown, downloadFailure, transcriptExtension, transcriptRank, type Fetcher } from "./feed-files.ts";
import { htmlToMarkdown, htmlToPlainText } from "./html-to-markdown.ts";
import { ManifestWriter, type WriteOutcome } from "./manifest-writer.ts";
import { parseFeed, type Feed, type FeedEpisode, type FeedPerson } from "./parse-feed.ts";

export interface ImportOptions {
  /** The feed's XML. */
  xml: string;
  /** Absolute path of the content folder to fill. */
  contentRoot: string;
  fetcher: Fetcher;
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
  const feed = parseFeed(options.xml);
  const writer = new ManifestWriter(options.contentRoot);
  const notes: ImportNote[] = [];
  const chinese = (feed.language ?? "").toLowerCase().startsWith("zh");

  const people = new PeopleIds();
  for (const person of feed.people) people.add(person);
  for (const episode of feed.episodes) for (const person of episode.people) people.add(person);

  writer.write("show.yaml", showYaml(feed, people));
  if (people.size > 0) writer.write("people.yaml", peopleYaml(people));
  if (writer.outcomes.get("people.yaml")?.startsWith("kept") && people.size > 0) {
    notes.push({ file: "people.yaml", message: `left as it is; the feed names these people: ${people.all().map(([id, p]) => `${id} (${p.name})`).join(", ")}` });
  }

  const usedSlugs = new Set(Object.values(writer.manifest.episodes));
  // Oldest first, so episodes without a number get slugs in publication order.
  const items = [...feed.episodes].reverse();
  for (const [index, episode] of items.entries()) {
    if (!episode.title) {
      notes.push({ message: `an item without a title was left out (guid ${episode.guid ?? "none"})` });
      continue;
    }
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
    const chapters = episode.chapters ? await downloadText(options.fetcher, episode.chapters.url, notes, folder, "chapters") : undefined;
    let chaptersMarkdown: string | undefined;
    if (chapters !== undefined) {
      try {
        chaptersMarkdown = chaptersToMarkdown(chapters, chinese ? { heading: "章节", opening: "开场" } : { heading: "Chapters", opening: "Intro" });
      } catch {
        notes.push({ file: folder, message: `the chapters file ${episode.chapters!.url} is not Podcasting 2.0 JSON chapters, so it was not imported` });
      }
    }
    writer.write(`${folder}/index.md`, episodeMarkdown(feed, episode, people, chaptersMarkdown));

    const transcript = [...episode.transcripts].sort((a, b) => transcriptRank(a.type) - transcriptRank(b.type))[0];
    const extension = transcript ? transcriptExtension(transcript.type) : undefined;
    if (transcript && !extension) {
      notes.push({ file: folder, message: `the transcript ${transcript.url} is of a type shownotes cannot read (${transcript.type}), so it was not imported` });
    } else if (transcript && extension && !existingTranscript(writer, folder, extension)) {
      const bytes = await download(options.fetcher, transcript.url, notes, folder, "transcript");
      if (bytes) writer.write(`${folder}/transcript.${extension}`, bytes);
    }
  }
  writer.save();
  return {
    files: [...writer.outcomes].map(([path, outcome]) => ({ path, outcome })).sort((a, b) => (a.path < b.path ? -1 : 1)),
    notes,
    episodes: feed.episodes.length,
  };
}

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

function showYaml(feed: Feed, people: PeopleIds): string {
  const email = feed.owner?.email && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(feed.owner.email) ? feed.owner.email : undefined;
  const site = feed.link && /^https?:\/\//.test(feed.link) ? feed.link : "https://podcast.example.com/";
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
  };
  return `${HEADER}# "url" is where this site will be published: check it before you publish.\n${stringify(show, { lineWidth: 0 })}`;
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

function episodeMarkdown(feed: Feed, episode: FeedEpisode, people: PeopleIds, chapters: string | undefined): string {
  const ids = (role: string) => episode.people.filter((person) => person.role === role).map((person) => people.id(person.name)).filter(Boolean);
  const hosts = ids("host");
  const guests = ids("guest");
  const description =
    episode.subtitle && episode.subtitle !== episode.title && episode.subtitle !== feed.description ? episode.subtitle : htmlToPlainText(episode.html);
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
  };
  const summary = htmlToMarkdown(episode.html);
  const body = [summary, chapters].filter(Boolean).join("\n\n");
  return `---\n${HEADER}${stringify(frontmatter, { lineWidth: 0 })}---\n\n${body}\n`;
}

