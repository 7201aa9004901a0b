import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import rehypeStringify from "rehype-stringify";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified, type Pluggable } from "unified";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { remarkChapters } from "../../../src/lib/markdown/remark-chapters.ts";
import { remarkMomentLinks } from "../../../src/lib/markdown/remark-moment-links.ts";
import { remarkSiteBase } from "../../../src/lib/markdown/remark-site-base.ts";
import { remarkTakeaways } from "../../../src/lib/markdown/remark-takeaways.ts";
import { remarkPlugins } from "../../../src/lib/markdown/index.ts";

/**
 * Fixture folders: `input.md`, optional `context.json` (what the pipeline
 * gives the plugins in `file.data.episode`), `output.html` (the summary HTML
 * left on the page) and optional `data.json` (chapters and takeaways handed
 * back in `file.data`, and the messages reported), all written by hand. Each
 * plugin runs with the plugins it relies on.
 */
const fixtures = new URL("./fixtures/", import.meta.url);
const pipelines: Record<string, Pluggable[]> = {
  "remark-moment-links": [remarkMomentLinks],
  "remark-chapters": [remarkMomentLinks, remarkChapters],
  "remark-takeaways": [remarkMomentLinks, remarkTakeaways],
  "remark-site-base": [remarkMomentLinks, remarkSiteBase, remarkTakeaways],
};

async function run(plugins: Pluggable[], folder: string) {
  const read = (name: string) => readFileSync(join(folder, name), "utf8");
  const context = existsSync(join(folder, "context.json")) ? JSON.parse(read("context.json")) : undefined;
  const file = new VFile({ value: read("input.md"), data: context ? { episode: context } : {} });
  const result = await unified().use(remarkParse).use(plugins).use(remarkRehype).use(rehypeStringify).process(file);
  const messages = result.messages.map((message) => ({ line: message.line, column: message.column, severity: message.fatal ? "error" : "warning", message: message.reason }));
  const data = {
    ...(result.data.chapters ? { chapters: result.data.chapters } : {}),
    ...(result.data.takeaways ? { takeaways: result.data.takeaways } : {}),
    ...(messages.length > 0 ? { messages } : {}),
  };
  return { html: String(result.value), data };
}

for (const [plugin, plugins] of Object.entries(pipelines)) {
  describe(plugin, () => {
    for (const name of readdirSync(new URL(`${plugin}/`, fixtures))) {
      it(`turns ${name.replaceAll("-", " ")} into the expected HTML and data`, async () => {
        const folder = join(new URL(`${plugin}/${name}/`, fixtures).pathname);
        const { html, data } = await run(plugins, folder);
        expect(html.trim()).toBe(readFileSync(join(folder, "output.html"), "utf8").trim());
        const expectedData = existsSync(join(folder, "data.json")) ? JSON.parse(readFileSync(join(folder, "data.json"), "utf8")) : {};
        expect(data).toEqual(expectedData);
      });
    }
  });
}

describe("the shared plugin list", () => {
  it("runs moment links before the plugins that read them, with the site's base put on every site path before takeaways keep their HTML", () => {
    expect(remarkPlugins).toEqual([remarkMomentLinks, remarkSiteBase, remarkChapters, remarkTakeaways]);
  });
});
