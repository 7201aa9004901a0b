import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/commands/check.ts";
import { repoRoot } from "../support/build-site.ts";

async function check(cwd: string, args: string[] = []) {
  const lines: string[] = [];
  let text = "";
  const code = await run(args, { out: (t) => (text += t), err: (t) => (text += t), cwd });
  lines.push(...text.split("\n").slice(0, -1));
  return { code, lines };
}

describe("shownotes check", () => {
  it("prints every problem as file:line:column and fails on errors", async () => {
    const { code, lines } = await check(join(repoRoot, "tests/fixtures/bad-content/duplicate-slug"));
    expect(code).toBe(1);
    expect(lines[0]).toMatch(/^content\/episodes\/First-Episode\/index\.md:1:1  warning: /);
    expect(lines[1]).toMatch(/^content\/episodes\/first-episode\/index\.md:1:1  the folder name/);
    expect(lines.at(-1)).toBe("1 error, 1 warning. Fix the errors before building the site.");
  });

  it("passes the sample show", async () => {
    const { code, lines } = await check(repoRoot);
    expect(code).toBe(0);
    expect(lines).toEqual(["content: everything looks right."]);
  });

  it("reads another content folder with --content", async () => {
    const { code, lines } = await check(repoRoot, ["--content", "tests/fixtures/bad-content/missing-title/content"]);
    expect(code).toBe(1);
    expect(lines[0]).toBe("tests/fixtures/bad-content/missing-title/content/episodes/first/index.md:2:1  \"title\" is missing: every episode needs one, e.g. `title: My first episode`");
  });

  describe("reads the site's astro.config.mjs, as the build does", () => {
    // Inside the repository, so the config's imports (astro/config, the integration) resolve as in a site.
    const site = mkdtempSync(join(repoRoot, "tests/.check-config-"));
    afterAll(() => rmSync(site, { recursive: true, force: true }));
    cpSync(join(repoRoot, "content"), join(site, "shows/main"), { recursive: true });
    writeFileSync(join(site, "no-shouting.mjs"), [
      "// A site's own remark plugin: it reports every word written in capitals.",
      "import { visit } from 'unist-util-visit';",
      "export default function noShouting() {",
      "  return (tree, file) => visit(tree, 'text', (node) => {",
      "    for (const match of node.value.matchAll(/\\b[A-Z]{5,}\\b/g)) file.message(`no shouting: ${match[0]}`, node);",
      "  });",
      "}",
      "",
    ].join("\n"));
    const config = (options: string) =>
      writeFileSync(join(site, "astro.config.mjs"), `import { defineConfig } from "astro/config";\nimport shownotes from ${JSON.stringify(join(repoRoot, "src/index.ts"))};\nimport noShouting from "./no-shouting.mjs";\nexport default defineConfig({ integrations: [shownotes(${options})], markdown: { remarkPlugins: [noShouting] } });\n`);

    it("checks the content folder shownotes({ content }) names, with the site's own Markdown plugins", async () => {
      config(`{ content: "shows/main" }`);
      const summary = join(site, "shows/main/episodes/ai-startups-moats-and-talent/index.md");
      writeFileSync(summary, `${readFileSync(summary, "utf8")}\nThis is LOUDER than it needs to be.\n`);
      const { code, lines } = await check(site);
      expect(code).toBe(0);
      expect(lines.filter((line) => line.includes("no shouting"))).toEqual([
        expect.stringMatching(/^shows\/main\/episodes\/ai-startups-moats-and-talent\/index\.md:\d+:\d+  warning: no shouting: LOUDER$/),
      ]);
      expect(lines.at(-1)).toBe("0 errors, 1 warning.");
    });

    it("runs the Markdown plugins another integration adds, as the build does", async () => {
      writeFileSync(join(site, "astro.config.mjs"), [
        `import { defineConfig } from "astro/config";`,
        `import shownotes from ${JSON.stringify(join(repoRoot, "src/index.ts"))};`,
        `import noShouting from "./no-shouting.mjs";`,
        "// An integration that brings its own remark plugin, and one that brings that integration, as Astro's integrations may.",
        "const styleGuide = { name: 'style-guide', hooks: { 'astro:config:setup': ({ updateConfig }) => updateConfig({ markdown: { remarkPlugins: [noShouting] } }) } };",
        "const bundle = { name: 'bundle', hooks: { 'astro:config:setup': ({ updateConfig }) => updateConfig({ integrations: [styleGuide] }) } };",
        "const broken = { name: 'broken', hooks: { 'astro:config:setup': () => { throw new Error('it needs a database'); } } };",
        "// An integration that uses what Astro hands every setup hook, here a no-op, and its own folder for generated code.",
        "const mdxLike = { name: 'mdx-like', hooks: { 'astro:config:setup': ({ addPageExtension, addContentEntryType, createCodegenDir }) => { addPageExtension('.mdx'); addContentEntryType({ extensions: ['.mdx'] }); createCodegenDir(); } } };",
        `export default defineConfig({ integrations: [shownotes({ content: "shows/main" }), bundle, broken, mdxLike] });`,
        "",
      ].join("\n"));
      const summary = join(site, "shows/main/episodes/ai-startups-moats-and-talent/index.md");
      if (!readFileSync(summary, "utf8").includes("LOUDER")) writeFileSync(summary, `${readFileSync(summary, "utf8")}\nThis is LOUDER than it needs to be.\n`);
      const { code, lines } = await check(site);
      expect(code).toBe(0);
      expect(lines.filter((line) => line.includes("no shouting"))).toEqual([
        expect.stringMatching(/^shows\/main\/episodes\/ai-startups-moats-and-talent\/index\.md:\d+:\d+  warning: no shouting: LOUDER$/),
      ]);
      expect(lines.filter((line) => line.startsWith("Note:"))).toEqual([
        'Note: the integration "broken" in your Astro config could not be set up here (it needs a database), so Markdown plugins it adds are not run by this check. The build runs them.',
      ]);
      expect(existsSync(join(site, "node_modules/.astro/integrations/mdx-like"))).toBe(true);
    });

    it("stops on options the build would stop on, naming them", async () => {
      config(`{ content: "shows/main", searhc: false }`);
      const { code, lines } = await check(site);
      expect(code).toBe(1);
      expect(lines.join("\n")).toContain("searhc: not a shownotes option");
    });
  });
});
