import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readContent, type EpisodeModel } from "../../../src/lib/pipeline/index.ts";
import { repoRoot } from "../../support/build-site.ts";

/** The sample show with enough episodes for the worker to start, a few of them broken. */
function showWithManyEpisodes(): string {
  const project = mkdtempSync(join(tmpdir(), "shownotes-parallel-check-"));
  cpSync(join(repoRoot, "content"), join(project, "content"), { recursive: true });
  const sample = join(project, "content/episodes/ai-startups-moats-and-talent");
  for (let n = 1; n <= 11; n++) cpSync(sample, join(project, `content/episodes/copy-${n}`), { recursive: true });
  writeFileSync(join(project, "content/episodes/copy-3/transcript.txt"), "");
  // Times going backwards (an error) and overlapping (a warning), in a WebVTT file; an SRT file that does not parse.
  for (const n of [4, 5]) rmSync(join(project, `content/episodes/copy-${n}/transcript.txt`));
  writeFileSync(
    join(project, "content/episodes/copy-4/transcript.vtt"),
    "WEBVTT\n\n00:00:10.000 --> 00:00:12.000\nLater first.\n\n00:00:05.000 --> 00:00:11.000\nThen earlier.\n",
  );
  writeFileSync(join(project, "content/episodes/copy-5/transcript.srt"), "1\nnot a time\nhello\n");
  return project;
}

describe("the build's content check (transcripts on two threads)", () => {
  it("finds exactly what the one-thread check finds and reads the same episode models", async () => {
    const project = showWithManyEpisodes();
    const inTurn: EpisodeModel[] = [];
    const parallel: EpisodeModel[] = [];
    const expected = await readContent(project, "content", { onEpisode: (model) => void inTurn.push(model) });
    const actual = await readContent(project, "content", { parallel: true, onEpisode: (model) => void parallel.push(model) });
    // The show's settings hold the people index's lookups (functions), read alike by both.
    const { settings: _expectedSettings, ...expectedReport } = expected;
    const { settings: _actualSettings, ...actualReport } = actual;
    expect(actualReport).toEqual(expectedReport);
    expect(parallel).toEqual(inTurn);
    expect(expected.brokenEpisodes.length).toBeGreaterThan(0);
    expect(inTurn.filter((model) => model.episode?.transcript).length).toBeGreaterThanOrEqual(10);
  });
});
