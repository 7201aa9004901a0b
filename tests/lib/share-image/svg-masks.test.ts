import { readFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { shareImageSvg } from "../../../src/lib/share-image/draw.ts";
import type { ShareImageContent } from "../../../src/lib/share-image/layout.ts";
import { withoutRedundantMasks } from "../../../src/lib/share-image/svg-masks.ts";

const seed = parseYaml(readFileSync(new URL("../../../content/episodes/ai-startups-moats-and-talent/index.md", import.meta.url), "utf8").split("---")[1]!) as { title: string; description?: string };

// Artwork with soft detail everywhere (a gradient behind a circle), so a clip that cut one pixel differently would show.
const artworkPng = new Resvg(
  '<svg xmlns="http://www.w3.org/2000/svg" width="97" height="97"><defs><linearGradient id="g"><stop offset="0" stop-color="#f00"/><stop offset="1" stop-color="#00f"/></linearGradient></defs><rect width="97" height="97" fill="url(#g)"/><circle cx="48.5" cy="48.5" r="30" fill="#0f0"/></svg>',
).render().asPng();

const pictures: Record<string, ShareImageContent> = {
  "the seed episode": { kicker: "Monica 的播客", title: seed.title, label: "第 12 期", description: seed.description, footer: "podcast.example.com", lang: "zh-CN" },
  "a long English title": {
    kicker: "Search Fixture Radio",
    title: "Ten things we wish we knew before we started a podcast about databases, told by the people who made every mistake",
    footer: "example.org/show/",
    lang: "en",
  },
  "an episode with artwork": { kicker: "Monica 的播客", title: "护城河与人才", label: "第 3 期", footer: "podcast.example.com", lang: "zh-CN", artwork: { type: "image/png", data: artworkPng } },
  "the show's own picture": { title: "Monica 的播客", description: "聊 AI、创业和投资的中文播客，夹杂 English terms。", footer: "podcast.example.com", lang: "zh-CN" },
};

const pixels = (svg: string) => new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false } }).render().pixels;
const masks = (svg: string) => (svg.match(/<mask /g) ?? []).length;

describe("dropping satori's redundant masks", () => {
  for (const [name, content] of Object.entries(pictures)) {
    it(`leaves ${name} the same, pixel for pixel, with fewer masks to paint`, async () => {
      const { svg } = await shareImageSvg(content);
      const lean = withoutRedundantMasks(svg);
      expect(masks(lean)).toBeLessThan(masks(svg));
      expect(Buffer.compare(pixels(lean), pixels(svg))).toBe(0);
    });
  }

  it("keeps a mask that is not a whole-pixel rectangle, and any mask another kept mask is nested in", () => {
    const rounded =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><clipPath id="satori_cp-id-0"><rect x="1" y="1" width="8" height="8"/></clipPath>' +
      '<mask id="satori_om-id-0"><rect x="1" y="1" width="8" height="8" fill="#fff"/></mask>' +
      '<mask id="satori_om-id-0-0"><path d="M2,2h6v6h-6z" fill="#fff" mask="url(#satori_om-id-0)"/></mask>' +
      '<g mask="url(#satori_om-id-0)" clip-path="url(#satori_cp-id-0)"><rect width="10" height="10"/></g>' +
      '<g mask="url(#satori_om-id-0-0)"><rect width="10" height="10"/></g></svg>';
    expect(withoutRedundantMasks(rounded)).toBe(rounded);
    const halfPixel = rounded.replace(/x="1" y="1" width="8"/g, 'x="1.5" y="1" width="8"');
    expect(withoutRedundantMasks(halfPixel)).toBe(halfPixel);
  });
});
