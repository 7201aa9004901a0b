import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { repoRoot } from "../support/build-site.ts";
import { readPages, siteUrl, type PageHead } from "../support/page-head.ts";
import { pngSize } from "../../src/lib/share-image/png-size.ts";
import { cacheDirFor } from "../../src/config/paths.ts";

/**
 * Link previews of every built site: each episode page's og:image names a
 * file the site publishes (a 1200×630 PNG, read from its header) or the
 * episode's own `image:`, with its size and alt text; a show without
 * artwork gets its drawn picture on the home page.
 */
const siteNames = Object.entries(inject("sites"))
  .filter(([, site]) => site.exitCode === 0)
  .map(([name]) => name);

const contentOf = (name: string) => (name === "sample" ? "content" : `tests/fixtures/sites/${name}/content`);

async function frontmatter(name: string, slug: string): Promise<{ image?: string; title: string }> {
  const text = await readFile(join(repoRoot, contentOf(name), "episodes", slug, "index.md"), "utf8");
  return parseYaml(text.split(/^---$/m)[1]!) as { image?: string; title: string };
}

/** The built file an address on the site names, or undefined for an address elsewhere. */
function builtFile(outDir: string, base: string, address: string): string | undefined {
  if (!address.startsWith(base)) return undefined;
  return join(outDir, decodeURIComponent(new URL(address).pathname.slice(new URL(base).pathname.length)));
}

describe.each(siteNames)("link previews of the %s site", (name) => {
  let pages: PageHead[] = [];
  let episodes: PageHead[] = [];
  let base = "";
  const outDir = () => inject("sites")[name]!.outDir;
  beforeAll(async () => {
    pages = await readPages(outDir());
    episodes = pages.filter((page) => /^\/episodes\/[^/]+\/$/.test(page.path));
    base = await siteUrl(name);
  });

  it("gives every episode page one large picture with alt text", () => {
    expect(episodes.length).toBeGreaterThan(0);
    for (const page of episodes) {
      expect(page.meta.get("og:image"), page.path).toHaveLength(1);
      expect(page.meta.get("twitter:card"), page.path).toEqual(["summary_large_image"]);
      expect(page.meta.get("twitter:image"), page.path).toEqual(page.meta.get("og:image"));
      expect(page.meta.get("og:image:alt")?.[0]?.trim(), page.path).toBeTruthy();
    }
  });

  it("points each episode without an image of its own at its drawn picture: a 1200×630 PNG the site publishes", async () => {
    for (const page of episodes) {
      const slug = page.path.split("/")[2]!;
      if ((await frontmatter(name, decodeURIComponent(slug))).image) continue;
      const [image] = page.meta.get("og:image")!;
      expect(image, page.path).toBe(new URL(`${page.path.slice(1)}share.png`, base).href);
      const file = builtFile(outDir(), base, image!)!;
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(await readFile(file)), file).toEqual({ width: 1200, height: 630 });
      expect(page.meta.get("og:image:width"), page.path).toEqual(["1200"]);
      expect(page.meta.get("og:image:height"), page.path).toEqual(["630"]);
      expect(page.meta.get("og:image:alt")![0], page.path).toContain((await frontmatter(name, decodeURIComponent(slug))).title);
    }
  });

  it("keeps an episode's own image and draws none for it", async () => {
    for (const page of episodes) {
      const slug = decodeURIComponent(page.path.split("/")[2]!);
      const own = (await frontmatter(name, slug)).image;
      if (!own) continue;
      expect(page.meta.get("og:image"), page.path).toEqual([new URL(own, base).href]);
      // Its size is not known, so none is claimed.
      expect(page.meta.get("og:image:width"), page.path).toBeUndefined();
      expect(existsSync(join(outDir(), "episodes", slug, "share.png")), slug).toBe(false);
    }
  });

  it("gives the home page the show's artwork, or the show's drawn picture when it has none", async () => {
    const home = pages.find((page) => page.path === "/")!;
    const show = parseYaml(await readFile(join(repoRoot, contentOf(name), "show.yaml"), "utf8")) as { artwork?: string };
    const [image] = home.meta.get("og:image")!;
    if (show.artwork) {
      expect(image).toBe(new URL(show.artwork, base).href);
      return;
    }
    expect(image).toBe(new URL("share.png", base).href);
    const file = builtFile(outDir(), base, image!)!;
    expect(pngSize(await readFile(file))).toEqual({ width: 1200, height: 630 });
  });
});

describe("the drawn pictures of the fixture shows", () => {
  it("include one episode with its own image, so that case is checked above", async () => {
    const timed = await readPages(inject("sites").timed!.outDir);
    const withOwn = [];
    for (const page of timed.filter((p) => /^\/episodes\/[^/]+\/$/.test(p.path))) {
      if ((await frontmatter("timed", page.path.split("/")[2]!)).image) withOwn.push(page.path);
    }
    expect(withOwn.length).toBeGreaterThan(0);
  });

  it("are kept in the show's cache folder, byte for byte what the site publishes, for the next build to reuse", async () => {
    for (const name of siteNames) {
      const cache = join(repoRoot, cacheDirFor(contentOf(name)), "share-images");
      const cached = new Set(await Promise.all((await readdir(cache)).filter((file) => file.endsWith(".png")).map(async (file) => (await readFile(join(cache, file))).toString("base64"))));
      const published = await readFile(join(inject("sites")[name]!.outDir, "share.png"));
      expect(cached.has(published.toString("base64")), name).toBe(true);
    }
  });

  it("build without a warning about characters left out of the sample show's pictures", () => {
    expect(inject("sites").sample!.log).not.toMatch(/link-preview picture/);
  });
});
