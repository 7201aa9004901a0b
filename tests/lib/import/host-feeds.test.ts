import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { readContent, formatProblem } from "../../../src/lib/pipeline/index.ts";
import { decodeFeed, FeedError } from "../../../src/lib/import/decode-feed.ts";
import { importFeed, PLACEHOLDER_URL } from "../../../src/lib/import/import-feed.ts";
import { parseFeed } from "../../../src/lib/import/parse-feed.ts";
import { repoRoot } from "../../support/build-site.ts";

const feeds = join(repoRoot, "tests/fixtures/feeds");
const bytes = (name: string) => readFileSync(join(feeds, name));
const offline = async (): Promise<Uint8Array> => {
  throw new Error("offline");
};

let project: string;
afterEach(() => rmSync(project, { recursive: true, force: true }));

async function imported(name: string, url = "https://new.example.org/") {
  project = mkdtempSync(join(tmpdir(), "shownotes-host-"));
  const report = await importFeed({ xml: bytes(name), contentRoot: join(project, "content"), fetcher: offline, url });
  const read = (path: string) => readFileSync(join(project, "content", path), "utf8");
  const episode = (slug: string) => {
    const [, yaml, body] = read(`episodes/${slug}/index.md`).split(/^---$/m);
    return { frontmatter: parseYaml(yaml!) as Record<string, unknown>, body: body!.trim() };
  };
  return { report, show: parseYaml(read("show.yaml")) as Record<string, unknown>, episode, problems: (await readContent(project, "content")).problems.map(formatProblem) };
}

describe("identity is kept", () => {
  it("an empty or missing guid becomes the enclosure URL (RedCircle)", async () => {
    const { episode, report } = await imported("redcircle.xml");
    expect(episode("trade-deadline-special").frontmatter.guid).toBe("https://stream.redcircle.com/episodes/4d5e6f7a-8b9c-4d0e-a1f2-b3c4d5e6f7a8/stream.mp3");
    expect(episode("season-preview").frontmatter.guid).toBe("https://stream.redcircle.com/episodes/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d/stream.mp3");
    expect(episode("welcome-to-court-side").frontmatter.guid).toBe("7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f");
    expect(report.summary.guidsKept).toBe(1);
    expect(report.summary.guidsFromEnclosure.sort()).toEqual(["Season preview", "Trade deadline special"]);
  });

  it("the show's podcast:guid is kept; the site url is the one given, never the channel's link", async () => {
    const { show } = await imported("transistor.xml");
    expect(show.guid).toBe("3f2a9c1e-5b7d-5e8f-9a0b-1c2d3e4f5a6b");
    expect(show.url).toBe("https://new.example.org/");
  });

  it("without podcast:guid, the guid apps derive from the feed's own address is kept (Anchor)", async () => {
    const { show } = await imported("anchor.xml");
    // UUID v5 of "anchor.fm/s/1a2b3c4d/podcast/rss" in the podcast namespace (podcastindex.org guid tag).
    expect(show.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(show.url).not.toBe("https://instagram.com/coffeewithcode");
  });

  it("without --url, show.yaml gets a placeholder the podcaster is told about", async () => {
    project = mkdtempSync(join(tmpdir(), "shownotes-host-"));
    const report = await importFeed({ xml: bytes("anchor.xml"), contentRoot: join(project, "content"), fetcher: offline });
    const text = readFileSync(join(project, "content/show.yaml"), "utf8");
    expect(text).toContain(`url: ${PLACEHOLDER_URL}`);
    expect(text).toContain('# "url" is a placeholder');
    expect(report.summary.placeholderUrl).toBe(true);
  });

  it("the old page address, the episode type and the linked files are kept in frontmatter", async () => {
    const { episode } = await imported("transistor.xml");
    expect(episode("pricing-again").frontmatter).toMatchObject({
      link: "https://share.transistor.fm/s/9f8e7d6c",
      chaptersUrl: "https://share.transistor.fm/s/9f8e7d6c/chapters.json",
      // SRT is preferred over plain text: it has times.
      transcriptUrl: "https://share.transistor.fm/s/9f8e7d6c/transcript.srt",
    });
    expect(episode("trailer").frontmatter.episodeType).toBe("trailer");
  });
});

describe("dates keep their offset", () => {
  it("a midnight +0800 date stays 30 August, and the show's zone is Asia/Shanghai (GB2312 feed)", async () => {
    const { episode, show } = await imported("gb2312-self-hosted.xml");
    expect(episode("episode-12").frontmatter.date).toBe("2018-08-30T00:00:00+08:00");
    expect(show.timezone).toBe("Asia/Shanghai");
  });

  it("summer and winter offsets give one zone (Transistor, -0400 and -0500)", async () => {
    const { episode, show } = await imported("transistor.xml");
    expect(episode("pricing-again").frontmatter.date).toBe("2024-07-02T06:00:00-04:00");
    expect(episode("why-we-started").frontmatter.date).toBe("2024-01-16T06:00:00-05:00");
    expect(show.timezone).toBe("America/New_York");
  });
});

describe("show notes come whole", () => {
  it("the fuller content:encoded wins over a short description (WordPress's [...] excerpt)", async () => {
    const { episode } = await imported("powerpress.xml");
    const { body } = episode("wr012-hobel-stecheisen");
    expect(body).toContain("[Der Hobel aus der Folge](https://example.de/hobel)");
    expect(body).toContain("[Schärfen mit Wassersteinen](https://example.de/schaerfen)");
    expect(body).not.toContain("pixel.wp.com");
  });

  it("tracking pixels and empty images are removed and counted by kind; real images stay (Substack)", async () => {
    const { episode, report } = await imported("substack.xml");
    const { body } = episode("why-rents-rise");
    expect(body).toContain("![Rent index chart](https://substackcdn.com/image/fetch/w_1456/chart.png)");
    expect(body).not.toContain("eotrx.substackcdn.com");
    expect([...report.summary.removedImages]).toEqual([["images from tracking services", 1], ["empty images", 1]]);
  });

  it("FeedBurner's pixel goes (Libsyn)", async () => {
    const { episode, report } = await imported("libsyn.xml");
    expect(episode("tomatoes-in-a-cold-spring").body).not.toContain("feedburner");
    expect(report.summary.removedImages.get("FeedBurner tracking images")).toBe(1);
  });
});

describe("chapters from timestamped notes", () => {
  it("(00:00:40) lines become the Chapters list, an opening chapter added at 00:00 (Libsyn)", async () => {
    const { episode } = await imported("libsyn.xml");
    expect(episode("pruning-roses").body).toBe(
      "Hard or light pruning? Pat explains.\n\n## Chapters\n\n- 00:00 Intro\n- 00:40 The question\n- 05:10 Hard pruning\n- 17:45 Light pruning\n- 26:00 Your mail",
    );
  });

  it("**3:00** - Title lines become chapters (Substack)", async () => {
    const { episode } = await imported("substack.xml");
    expect(episode("why-rents-rise").body).toMatch(/## Chapters\n\n- 00:00 Welcome\n- 03:00 What a rent index measures\n- 14:20 Zoning\n- 29:05 What would help$/);
  });

  it("Chinese notes get 章节, the first line kept at 00:00 when it is the opening; a clock time stays text", async () => {
    const { episode } = await imported("gb2312-self-hosted.xml");
    expect(episode("episode-12").body).toBe(
      "我们去了三条老街，吃了十几家早餐店。\n\n录音从凌晨 04:15:00 开始，现场很安静。\n\n## 章节\n\n- 00:00 开场\n- 03:15 豆浆和油条\n- 18:20 早餐店老板的故事\n- 35:00 听众来信",
    );
  });
});

describe("host inconsistencies are warnings, not errors", () => {
  it("a chapter past the stated duration (PowerPress)", async () => {
    const { problems } = await imported("powerpress.xml");
    expect(problems).toEqual([
      'content/episodes/wr012-hobel-stecheisen/index.md:29:1  warning: the chapter "Zum Schluss" starts at 47:00, after the episode ends (duration 39:40): correct the chapter\'s time or the episode\'s duration',
    ]);
  });

  it("a trailer and a bonus sharing a number with a full episode (Transistor, Simplecast)", async () => {
    expect((await imported("transistor.xml")).problems).toEqual([]);
    rmSync(project, { recursive: true, force: true });
    expect((await imported("simplecast.xml")).problems).toEqual([]);
  });
});

describe("damaged feeds are named, never imported in part", () => {
  const good = bytes("libsyn.xml").toString("utf8");

  it("a stray & gives its line and column", () => {
    const broken = good.replace("<title>Pruning roses</title>", "<title>Pruning & roses</title>");
    const line = broken.split("\n").findIndex((text) => text.includes("Pruning & roses")) + 1;
    const column = broken.split("\n")[line - 1]!.indexOf("&") + 1;
    expect(() => parseFeed(broken)).toThrow(FeedError);
    try {
      parseFeed(broken);
    } catch (thrown) {
      const error = thrown as FeedError;
      expect([error.line, error.column]).toEqual([line, column]);
      expect(error.message).toBe('the feed is not well-formed XML: a "&" that does not start an entity (the host should have written &amp;, or wrapped the text in <![CDATA[ … ]]>)');
    }
  });

  it("a truncated download says it is cut short, at its end", () => {
    const cut = good.slice(0, good.indexOf("<title>Pruning roses</title>"));
    const lines = cut.trimEnd().split("\n");
    expect(() => parseFeed(cut)).toThrow(
      new FeedError(lines.length, lines.at(-1)!.length + 1, "the feed stops before it is complete (<rss>, <channel>, <item> never closed): the download was probably cut short, so download it again"),
    );
    try {
      parseFeed(cut);
    } catch (thrown) {
      expect([(thrown as FeedError).line, (thrown as FeedError).column]).toEqual([lines.length, lines.at(-1)!.length + 1]);
    }
  });

  it("--lenient recovers the readable items and counts the rest", () => {
    const cut = good.slice(0, good.indexOf("<title>Pruning roses</title>"));
    const feed = parseFeed(cut, { lenient: true });
    expect(feed.episodes.map((episode) => episode.title)).toEqual(["Tomatoes in a cold spring"]);
    expect(feed.unreadable).toBe(1);
    const ampersand = parseFeed(good.replace("<title>Pruning roses</title>", "<title>Pruning & roses</title>"), { lenient: true });
    expect(ampersand.episodes.map((episode) => episode.title)).toEqual(["Tomatoes in a cold spring", "Pruning & roses"]);
    expect(ampersand.unreadable).toBe(0);
  });

  it("GB2312 is decoded as declared; bytes that are not what the feed declares are named", () => {
    const text = decodeFeed(bytes("gb2312-self-hosted.xml"));
    expect(text).toContain("<title>城市夜谈</title>");
    const utf8WithWrongDeclaration = new TextEncoder().encode(text.replace('encoding="GB2312"', 'encoding="UTF-8"'));
    // The UTF-8 bytes of 城 are E5 9F 8E: valid UTF-8, so that reads; GB2312 bytes under a UTF-8 declaration do not.
    expect(decodeFeed(utf8WithWrongDeclaration)).toContain("城市夜谈");
    const gbBytes = bytes("gb2312-self-hosted.xml");
    const declaredUtf8 = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="UTF-8"?>'), gbBytes.subarray(gbBytes.indexOf("?>") + 2)]);
    expect(() => decodeFeed(declaredUtf8)).toThrow(/^the feed says it is written in UTF-8, but the text here is not valid UTF-8/);
    try {
      decodeFeed(declaredUtf8);
    } catch (thrown) {
      // 城市夜谈 is the first non-ASCII text: line 4, after "<title>".
      expect([(thrown as FeedError).line, (thrown as FeedError).column]).toEqual([4, 8]);
    }
  });
});
