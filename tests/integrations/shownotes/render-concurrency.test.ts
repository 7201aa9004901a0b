import { pathToFileURL } from "node:url";
import { unified } from "@astrojs/markdown-remark";
import { describe, expect, it } from "vitest";
import shownotes from "../../../src/index.ts";

const root = pathToFileURL(`${process.cwd()}/`);

/** What shownotes() asks of Astro's config in its setup hook, for a site whose own config sets `build`. */
async function buildSettings(build: { concurrency: number }): Promise<Record<string, unknown>> {
  let asked: { build?: Record<string, unknown> } = {};
  const setup = shownotes().hooks["astro:config:setup"] as unknown as (params: unknown) => Promise<void>;
  const logger = { info() {}, warn() {}, error() {}, debug() {}, fork: () => logger };
  await setup({
    command: "dev",
    isRestart: false,
    config: { root, cacheDir: new URL("node_modules/.astro/", root), publicDir: new URL("public/", root), base: "/", build, markdown: { processor: unified({}), remarkPlugins: [], rehypePlugins: [] } },
    updateConfig: (change: typeof asked) => {
      asked = { ...asked, ...change };
      return asked;
    },
    injectRoute() {},
    addWatchFile() {},
    logger,
  });
  return asked.build ?? {};
}

describe("how many routes Astro renders at once", () => {
  it("is four when the site leaves Astro's default of one", async () => {
    expect(await buildSettings({ concurrency: 1 })).toEqual({ format: "directory", concurrency: 4 });
  });

  it("is the site's own choice otherwise", async () => {
    expect(await buildSettings({ concurrency: 8 })).toEqual({ format: "directory" });
  });
});
