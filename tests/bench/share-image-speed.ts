/**
 * How long one share image takes to draw, as satori writes its SVG and with
 * the redundant masks dropped (src/lib/share-image/svg-masks.ts), in one
 * process, alternating, so both see the same machine:
 *
 *   node tests/bench/share-image-speed.ts [--runs 15]
 *
 * Prints the median milliseconds of satori (layout to SVG), resvg on each
 * SVG, and PNG encoding (resvg's own encoder and sharp's, which
 * src/lib/share-image/draw.ts uses), over the runs, and the ratio of the
 * two rasterisations.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { Resvg } from "@resvg/resvg-js";
import { parse as parseYaml } from "yaml";
import { encodePng, shareImageSvg } from "../../src/lib/share-image/draw.ts";
import { withoutRedundantMasks } from "../../src/lib/share-image/svg-masks.ts";

const { values } = parseArgs({ options: { runs: { type: "string", default: "15" } } });
const runs = Number(values.runs);
const seed = parseYaml(readFileSync(new URL("../../content/episodes/ai-startups-moats-and-talent/index.md", import.meta.url), "utf8").split("---")[1]!) as { title: string; description?: string };
const content = { kicker: "Monica 的播客", title: seed.title, label: "第 12 期", description: seed.description, footer: "podcast.example.com", lang: "zh-CN" };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = <T>(task: () => T): [T, number] => {
  const start = performance.now();
  const result = task();
  return [result, performance.now() - start];
};
const rasterise = (svg: string) => new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render();

const figures = { satori: [] as number[], asWritten: [] as number[], lean: [] as number[], png: [] as number[], sharpPng: [] as number[] };
await shareImageSvg(content); // Fonts read and satori warmed up outside the figures.
for (let run = 0; run < runs; run++) {
  const start = performance.now();
  const { svg } = await shareImageSvg(content);
  figures.satori.push(performance.now() - start);
  const lean = withoutRedundantMasks(svg);
  const order = run % 2 === 0 ? (["asWritten", "lean"] as const) : (["lean", "asWritten"] as const);
  for (const which of order) {
    const [image, ms] = time(() => rasterise(which === "lean" ? lean : svg));
    figures[which].push(ms);
    if (which === "lean") {
      figures.png.push(time(() => image.asPng())[1]);
      const start = performance.now();
      await encodePng(image);
      figures.sharpPng.push(performance.now() - start);
    }
  }
}
const row = (name: string, values: number[]) => console.log(`${name.padEnd(34)} ${median(values).toFixed(1).padStart(7)} ms`);
console.log(`share image, seed episode, median of ${runs} runs`);
row("satori (layout to SVG)", figures.satori);
row("resvg, SVG as satori writes it", figures.asWritten);
row("resvg, redundant masks dropped", figures.lean);
row("PNG encoding, resvg", figures.png);
row("PNG encoding, sharp", figures.sharpPng);
console.log(`rasterising: ${(median(figures.asWritten) / median(figures.lean)).toFixed(2)}x faster without the masks`);
