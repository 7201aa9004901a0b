import { EventEmitter } from "node:events";
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { unified } from "@astrojs/markdown-remark";
import { afterEach, describe, expect, it } from "vitest";
import { episodesLoader } from "../../src/loaders/episodes-loader.ts";
import { readContent } from "../../src/lib/pipeline/index.ts";
import { EpisodeStore } from "../../src/lib/pipeline/episode-store.ts";
import { EpisodeSchema } from "../../src/schemas/episode.ts";
import { repoRoot } from "../support/build-site.ts";

let project: string;
afterEach(() => rmSync(project, { recursive: true, force: true }));

interface Entry {
  id: string;
  data: Record<string, unknown>;
  digest?: string;
  rendered?: { html: string };
}

/** What Astro hands a loader, as small as this loader needs: a store, the schema's parseData, the config, a logger and (in dev) a watcher. */
function fakeContext(withWatcher: boolean) {
  const entries = new Map<string, Entry>();
  const logged: string[] = [];
  const log = (level: string) => (message: string) => void logged.push(`${level}: ${message}`);
  const watcher = Object.assign(new EventEmitter(), { add: () => {} });
  const context = {
    config: {
      root: pathToFileURL(`${project}/`),
      cacheDir: pathToFileURL(join(project, "cache/")),
      markdown: { remarkPlugins: [], rehypePlugins: [], processor: unified(), gfm: true, smartypants: true },
    },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: Entry) => void entries.set(entry.id, entry),
      delete: (id: string) => void entries.delete(id),
      has: (id: string) => entries.has(id),
      keys: () => [...entries.keys()],
    },
    parseData: async ({ data }: { data: unknown }) => EpisodeSchema.parse(data),
    logger: { info: log("info"), warn: log("warn"), error: log("error") },
    ...(withWatcher ? { watcher } : {}),
  };
  return { context, entries, logged, watcher };
}

/** What the integration does before content loads: the content pipeline fills the episode store. */
async function readShow() {
  const store = new EpisodeStore(pathToFileURL(join(project, "cache/")));
  const result = await readContent(project, "content", { onEpisode: async (model, key) => void (await store.put(model, key)) });
  await store.keepOnly(new Set(result.episodes));
}

function sampleShow() {
  project = mkdtempSync(join(tmpdir(), "shownotes-loader-"));
  cpSync(join(repoRoot, "content"), join(project, "content"), { recursive: true });
}

const load = (context: unknown) => episodesLoader({ contentDir: "content" }).load(context as never);
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));

/** The sample show loaded as `astro dev` loads it (with a watcher), and its episode's index.md as it was. */
async function previewingSampleShow() {
  sampleShow();
  await readShow();
  const preview = fakeContext(true);
  await load(preview.context);
  const index = join(project, "content/episodes/ai-startups-moats-and-talent/index.md");
  return { ...preview, index, original: readFileSync(index, "utf8") };
}

describe("the episodes loader", () => {
  it("stores each episode the pipeline read, validated by the schema, and keeps unchanged ones as they are", async () => {
    sampleShow();
    await readShow();
    const { context, entries } = fakeContext(false);
    await load(context);
    const entry = entries.get("ai-startups-moats-and-talent")!;
    expect(entry.data.title).toBe(EpisodeSchema.parse(entry.data).title);
    // The schema's defaults are applied (guests) and the transcript points at its segments file.
    expect(entry.data.guests).toEqual(expect.any(Array));
    expect((entry.data.transcript as { segmentsFile: string }).segmentsFile).toContain(join(project, "cache/transcript-segments/"));
    expect(entry.rendered!.html).toContain("<p>");
    const kept = entry;
    await load(context);
    expect(entries.get("ai-startups-moats-and-talent")).toBe(kept);
  });

  it("leaves out an episode with errors and drops episodes that are gone", async () => {
    sampleShow();
    cpSync(join(project, "content/episodes/ai-startups-moats-and-talent"), join(project, "content/episodes/broken"), { recursive: true });
    writeFileSync(join(project, "content/episodes/broken/index.md"), "---\ntitle: Broken\ndate: 2024-02-30\n---\nText.\n");
    await readShow();
    const { context, entries } = fakeContext(false);
    entries.set("deleted-long-ago", { id: "deleted-long-ago", data: {} });
    await load(context);
    expect([...entries.keys()]).toEqual(["ai-startups-moats-and-talent"]);
  });

  it("while previewing, reads an edited episode again; an edit with errors keeps the last good page", async () => {
    const { entries, logged, watcher, index, original } = await previewingSampleShow();
    writeFileSync(index, original.replace(/^title: .*$/m, "title: A new title"));
    watcher.emit("change", index);
    await settle();
    expect(entries.get("ai-startups-moats-and-talent")!.data.title).toBe("A new title");

    writeFileSync(index, original.replace(/^title: .*$/m, "title:"));
    watcher.emit("change", index);
    await settle();
    expect(entries.get("ai-startups-moats-and-talent")!.data.title).toBe("A new title");
    expect(logged.some((line) => line.startsWith("error: content/episodes/ai-startups-moats-and-talent/index.md:"))).toBe(true);
    expect(logged.at(-1)).toMatch(/its page keeps its last good version until they are fixed$/);
  });

  it("reads a saved file once the save is over, even when the watcher reported only its first, truncating write", async () => {
    const { entries, logged, watcher, index, original } = await previewingSampleShow();
    // An editor's save as the watcher sees it: an event for the emptied file, and none for the
    // text written 30 ms later (a second change within 50 ms is dropped).
    writeFileSync(index, "");
    watcher.emit("change", index);
    await new Promise((resolve) => setTimeout(resolve, 30));
    writeFileSync(index, original.replace(/^title: .*$/m, "title: Saved in two writes"));
    await settle();
    expect(entries.get("ai-startups-moats-and-talent")!.data.title).toBe("Saved in two writes");
    expect(logged.filter((line) => line.startsWith("error:"))).toEqual([]);
  });
});
