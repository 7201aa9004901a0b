import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { readContent } from "../../../src/lib/pipeline/index.ts";
import { EpisodeStore } from "../../../src/lib/pipeline/episode-store.ts";
import { repoRoot } from "../../support/build-site.ts";

let project: string;
afterEach(() => rmSync(project, { recursive: true, force: true }));

/** The sample show with a second episode, and an empty cache folder. */
function sampleShow() {
  project = mkdtempSync(join(tmpdir(), "shownotes-episode-store-"));
  cpSync(join(repoRoot, "content"), join(project, "content"), { recursive: true });
  cpSync(join(project, "content/episodes/ai-startups-moats-and-talent"), join(project, "content/episodes/second"), { recursive: true });
  return { store: new EpisodeStore(pathToFileURL(join(project, "cache/"))) };
}

/** Reads the show as a build does, remembering which episodes were read rather than recalled. */
async function build(store: EpisodeStore) {
  const read: string[] = [];
  const result = await readContent(project, "content", {
    recall: (slug, key) => store.recall(slug, key)?.problems,
    onEpisode: async (model, key) => {
      read.push(model.slug);
      await store.put(model, key);
    },
  });
  await store.keepOnly(new Set(result.episodes));
  return { read, problems: result.problems };
}

describe("the episode store", () => {
  it("reads every episode once, then none again until one changes; problems are reported alike", async () => {
    const { store } = sampleShow();
    const first = await build(store);
    expect(first.read).toEqual(["ai-startups-moats-and-talent", "second"]);
    const again = await build(store);
    expect(again.read).toEqual([]);
    expect(again.problems).toEqual(first.problems);

    appendFileSync(join(project, "content/episodes/second/index.md"), "\nOne more line.\n");
    expect((await build(store)).read).toEqual(["second"]);
    // The show's settings are part of every episode's key.
    appendFileSync(join(project, "content/people.yaml"), "\n# a comment\n");
    expect((await build(store)).read).toEqual(["ai-startups-moats-and-talent", "second"]);
  });

  it("stores what the site shows: the summary rendered once, with chapters, takeaways and the transcript's segments in a file of their own", async () => {
    const { store } = sampleShow();
    await build(store);
    const stored = store.get("second")!;
    expect(stored.entry!.rendered.html).toContain("<p>");
    expect((stored.entry!.data.takeaways as unknown[]).length).toBeGreaterThan(0);
    const transcript = stored.entry!.data.transcript as { segmentsFile: string; segmentCount: number };
    expect(transcript.segmentCount).toBeGreaterThan(100);
    expect(readdirSync(join(project, "cache/transcript-segments"))).toContain(transcript.segmentsFile.split("/").at(-1));
  });

  it("reads an episode again when its segments file is gone, and forgets deleted episodes and their files", async () => {
    const { store } = sampleShow();
    await build(store);
    const segments = (store.get("second")!.entry!.data.transcript as { segmentsFile: string }).segmentsFile;
    rmSync(segments);
    expect((await build(store)).read).toEqual(["second"]);

    rmSync(join(project, "content/episodes/second"), { recursive: true });
    await build(store);
    expect(store.get("second")).toBeUndefined();
    expect(readdirSync(join(project, "cache/episode-models"))).toEqual(["ai-startups-moats-and-talent.json"]);
    expect(readdirSync(join(project, "cache/transcript-segments"))).toHaveLength(1);
  });

  it("a half-written model (a build killed while writing) counts as absent", async () => {
    const { store } = sampleShow();
    await build(store);
    writeFileSync(join(project, "cache/episode-models/second.json"), '{"key":"');
    expect(store.get("second")).toBeUndefined();
    expect((await build(store)).read).toEqual(["second"]);
  });
});
