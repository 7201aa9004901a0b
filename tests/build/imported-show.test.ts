import { existsSync, readFileSync, rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { run as check } from "../../src/cli/commands/check.ts";
import { checkLinks } from "../support/check-links.ts";
import { importFeed } from "../../src/lib/import/import-feed.ts";
import { buildSite, repoRoot, type BuildResult } from "../support/build-site.ts";

// Import → check → build → /feed.xml, end to end, for a feed in each host's
// layout: subscribers keep every episode only if every guid and enclosure
// comes back out unchanged. One build per feed, all in beforeAll (builds are
// the slow part); the content folders sit inside the project because
// SHOWNOTES_CONTENT is relative to it.
const feeds: Record<string, string> = {
  libsyn: "tests/fixtures/feeds/libsyn.xml",
  transistor: "tests/fixtures/feeds/transistor.xml",
  simplecast: "tests/fixtures/feeds/simplecast.xml",
  acast: "tests/fixtures/feeds/acast.xml",
  anchor: "tests/fixtures/feeds/anchor.xml",
  substack: "tests/fixtures/feeds/substack.xml",
  redcircle: "tests/fixtures/feeds/redcircle.xml",
  powerpress: "tests/fixtures/feeds/powerpress.xml",
  castopod: "tests/fixtures/feeds/castopod.xml",
  gb2312: "tests/fixtures/feeds/gb2312-self-hosted.xml",
};
const SITE = "https://moved.example.org/";
const projectDir = "tests/.imported-show";
const builds: Record<string, BuildResult> = {};
const checks: Record<string, { code: number; output: string }> = {};
let workDir: string;

beforeAll(async () => {
  rmSync(join(repoRoot, projectDir), { recursive: true, force: true });
  workDir = await mkdtemp(join(tmpdir(), "shownotes-imported-"));
  const names = Object.keys(feeds);
  for (const name of names) {
    await importFeed({
      xml: readFileSync(join(repoRoot, feeds[name]!)),
      contentRoot: join(repoRoot, projectDir, name, "content"),
      fetcher: async () => {
        throw new Error("offline");
      },
      url: SITE,
    });
    let output = "";
    const code = await check(["--content", `${projectDir}/${name}/content`], { out: (t) => (output += t), err: (t) => (output += t), cwd: repoRoot });
    checks[name] = { code, output };
  }
  // One after another: Astro's builds of one project share its .astro/ folder.
  for (const name of names) builds[name] = await buildSite({ content: `${projectDir}/${name}/content`, outDir: join(workDir, name) });
}, 600_000);

afterAll(() => {
  rmSync(join(repoRoot, projectDir), { recursive: true, force: true });
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, isArray: (name) => name === "item" || name === "guid" });
const text = (node: unknown): string => (typeof node === "object" && node !== null ? String((node as Record<string, unknown>)["#text"] ?? "") : String(node ?? "")).trim();

/** Each item's identity as a podcast app reads it: the guid, or the enclosure URL when the guid is empty. */
function identities(feedXml: string): { guid: string; enclosure: string }[] {
  const items = (xml.parse(feedXml).rss.channel.item ?? []) as Record<string, unknown>[];
  return items
    .map((item) => {
      const enclosure = String((item.enclosure as Record<string, string>)["@_url"]);
      const guid = text((item.guid as unknown[] | undefined)?.[0]);
      return { guid: guid || enclosure, enclosure };
    })
    .sort((a, b) => (a.guid < b.guid ? -1 : 1));
}

describe.each(Object.keys(feeds))("the %s feed, imported", (name) => {
  const site = () => {
    const build = builds[name]!;
    expect(build.exitCode, build.log).toBe(0);
    return { read: (path: string) => readFileSync(join(build.outDir, path), "utf8"), outDir: build.outDir };
  };

  it("passes `shownotes check` (exit 0)", () => {
    expect(checks[name]!.code, checks[name]!.output).toBe(0);
  });

  it("builds, and /feed.xml republishes every guid and enclosure unchanged", () => {
    const source = readFileSync(join(repoRoot, feeds[name]!));
    const sourceText = name === "gb2312" ? new TextDecoder("gb2312").decode(source) : source.toString("utf8");
    expect(identities(site().read("feed.xml"))).toEqual(identities(sourceText));
  });

  it("has no broken links", () => {
    expect(checkLinks(site().outDir, { site: SITE }).broken).toEqual([]);
  });
});

describe("what the moved shows publish", () => {
  it("the show's podcast:guid is the old feed's", () => {
    const channel = (name: string) => xml.parse(readFileSync(join(builds[name]!.outDir, "feed.xml"), "utf8")).rss.channel;
    expect(channel("transistor")["podcast:guid"]).toBe("3f2a9c1e-5b7d-5e8f-9a0b-1c2d3e4f5a6b");
    expect(channel("castopod")["podcast:guid"]).toBe("c8a1f5e2-7b3d-5a4c-9e6f-1d2c3b4a5f6e");
  });

  it("a midnight +0800 episode is dated 30 August on its page", () => {
    const page = readFileSync(join(builds.gb2312!.outDir, "episodes/episode-12/index.html"), "utf8");
    expect(page).toContain('<time datetime="2018-08-30">2018年8月30日</time>');
    // Search results, their date sort and year filter, and search engines read the same day.
    expect(page).toContain('data-pagefind-meta="date:2018-08-30"');
    expect(page).toContain('data-pagefind-sort="date:2018-08-30"');
    expect(page).toContain('"datePublished":"2018-08-30"');
  });

  it("full show notes go out as content:encoded, links included; trailers keep their type", () => {
    const items = xml.parse(readFileSync(join(builds.powerpress!.outDir, "feed.xml"), "utf8")).rss.channel.item as Record<string, unknown>[];
    const episode = items.find((item) => item.title === "WR012 Hobel & Stecheisen")!;
    expect(episode["content:encoded"]).toContain('<a href="https://example.de/schaerfen">Schärfen mit Wassersteinen</a>');
    expect(episode.description).toBe(
      "Wie man einen Hobel einstellt und Stecheisen schärft.\n\nDer Hobel aus der Folge: https://example.de/hobel\nSchärfen mit Wassersteinen: https://example.de/schaerfen\n\n00:00 Begrüßung\n04:30 Der Hobel\n21:15 Stecheisen\n47:00 Zum Schluss",
    );
    const transistor = xml.parse(readFileSync(join(builds.transistor!.outDir, "feed.xml"), "utf8")).rss.channel.item as Record<string, unknown>[];
    expect(transistor.find((item) => item.title === "Trailer")!["itunes:episodeType"]).toBe("trailer");
  });

  it("old episode addresses redirect to the new pages", () => {
    const out = builds.powerpress!.outDir;
    expect(readFileSync(join(out, "_redirects"), "utf8")).toBe(
      "/2019/05/wr012-hobel-stecheisen/ /episodes/wr012-hobel-stecheisen/ 301\n/2019/04/wr011-die-erste-werkbank/ /episodes/wr011-die-erste-werkbank/ 301\n",
    );
    expect(readFileSync(join(out, "2019/05/wr012-hobel-stecheisen/index.html"), "utf8")).toContain('<meta http-equiv="refresh" content="0; url=/episodes/wr012-hobel-stecheisen/">');
  });

  it("share links on the old host's paths are redirected too (Transistor)", () => {
    expect(readFileSync(join(builds.transistor!.outDir, "_redirects"), "utf8")).toContain("/s/9f8e7d6c /episodes/pricing-again/ 301\n");
    expect(existsSync(join(builds.transistor!.outDir, "s/9f8e7d6c/index.html"))).toBe(true);
  });
});
