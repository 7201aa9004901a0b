import { describe, expect, it } from "vitest";
import { formatTable, runBenchmark } from "./run.ts";

/**
 * Keeps `npm run bench` working as the site grows: the whole pipeline
 * (archive generator, our build with phase probes, search index, page and
 * first-query measurements in Chromium) at 3 episodes, one run, no floor and
 * no incremental rebuild (the same build path with the cache kept), to stay
 * short. The real benchmark is not part of `npm test`.
 */
describe("npm run bench (smoke run at 3 episodes)", () => {
  it("builds a 3-episode Chinese archive and reports every figure", { timeout: 120_000 }, async () => {
    const lines: string[] = [];
    const result = await runBenchmark({
      lang: "zh",
      scales: [3],
      runs: 1,
      floor: false,
      hugo: false,
      browser: true,
      probeSearch: false,
      incremental: false,
      keep: false,
      log: (line) => lines.push(line),
    });
    const [scale] = result.scales;
    expect(scale?.episodes).toBe(3);
    const ours = scale!.ours;
    const run = ours.runs[0]!;
    // Phases are real, ordered stretches of the build that fit inside its wall time.
    for (const phase of [run.phases.contentMs, run.phases.renderMs, run.phases.startupMs]) expect(phase).toBeGreaterThan(0);
    expect(run.phases.contentMs + run.phases.renderMs + run.phases.postBuildMs + run.phases.searchCliMs).toBeLessThan(run.totalMs);
    expect(run.peakRssBytes).toBeGreaterThan(50 * 2 ** 20);
    expect(ours.pagefindBytes).toBeGreaterThan(0);
    expect(ours.distBytes).toBeGreaterThan(ours.pagefindBytes);
    // A two-hour transcript is tens of kilobytes of text on its page.
    expect(ours.pages.episodeHtmlBytes).toBeGreaterThan(40_000);
    // The query word occurs in every synthetic episode (and may on list pages too).
    expect(ours.pages.firstQueryResults).toBeGreaterThanOrEqual(3);
    expect(ours.pages.firstQueryBytes).toBeGreaterThan(1000);
    expect(formatTable(result)).toMatch(/\| 3 \| ours \|/);
  });
});
