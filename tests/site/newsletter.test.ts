import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { doIUseEmail } from "doiuse-email";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { EMAIL_TARGET_CLIENTS } from "../support/email-clients.ts";
import { builtSite } from "../support/sites.ts";

const slug = "do-you-need-a-trailer";
const episodeUrl = `https://newsletter.example.com/episodes/${slug}/`;

function urlsIn(html: string): string[] {
  const urls: string[] = [];
  visit(fromHtml(html), "element", (element: Element) => {
    for (const name of ["href", "src", "action", "poster"]) {
      const value = element.properties[name];
      if (typeof value === "string") urls.push(value);
    }
  });
  return urls;
}

describe("newsletter files of a built show", () => {
  const site = builtSite("newsletter");

  it("writes takeaways.html, .md, .txt and episode.json next to every episode page, and the embed card with its oEmbed file", () => {
    for (const path of [
      `episodes/${slug}/takeaways.html`,
      `episodes/${slug}/takeaways.md`,
      `episodes/${slug}/takeaways.txt`,
      `episodes/${slug}/episode.json`,
      `embed/${slug}/index.html`,
      `embed/${slug}/oembed.json`,
    ]) {
      expect(existsSync(join(site.outDir, path)), path).toBe(true);
    }
    const sample = builtSite("sample");
    expect(existsSync(join(sample.outDir, "episodes/ai-startups-moats-and-talent/takeaways.html"))).toBe(true);
  });

  it("keeps the takeaways' emphasis, links and moments in the email fragment, every URL absolute, nothing a client strips", async () => {
    const html = await site.read(`episodes/${slug}/takeaways.html`);
    expect(html).not.toMatch(/<script|<style|<link|\sclass=/i);
    for (const url of urlsIn(html)) expect(url).toMatch(/^https:\/\//);
    expect(html).toContain("<strong");
    expect(html).toContain("<em");
    expect(html).toContain("(&#x3C; 1 minute) &#x26; read the");
    expect(html).toContain('href="https://www.buzzsprout.com/"');
    expect(html).toContain(`href="${episodeUrl}"`);
    expect(html).toMatch(new RegExp(`href="${episodeUrl.replace(/[.?]/g, "\\$&")}\\?t=6#[^"]+"`));
    const result = doIUseEmail(html, { emailClients: EMAIL_TARGET_CLIENTS });
    expect("errors" in result ? result.errors : []).toEqual([]);
  });

  it("gives automation the episode with takeaways as HTML and text, moments absolute", async () => {
    const json = JSON.parse(await site.read(`episodes/${slug}/episode.json`));
    expect(json).toMatchObject({
      title: `Do you need a podcast trailer? <Yes> & "why"`,
      url: episodeUrl,
      date: "2024-02-01T00:00:00.000Z",
      description: "Whether a new show needs a trailer, and what to put in one.",
      show: { title: `Podcasting Q&A "Newsletter" Test`, url: "https://newsletter.example.com/" },
      people: [
        { id: "sarah", name: "Sarah", role: "host" },
        { id: "gillian", name: "Gillian", role: "guest", url: "https://gillian.example.org/" },
      ],
    });
    expect(json.takeaways).toHaveLength(3);
    expect(json.takeaways[0].moment).toEqual({ seconds: 6, url: expect.stringMatching(new RegExp(`^${episodeUrl.replace(/[.?]/g, "\\$&")}\\?t=6#`)) });
    expect(json.takeaways[2].text).toContain("“do we need a podcast trailer?”");
    for (const takeaway of json.takeaways) for (const url of urlsIn(takeaway.html)) expect(url).toMatch(/^https:\/\//);
    expect(json.chapters.map((chapter: { title: string }) => chapter.title)).toEqual(["Welcome", "Gillian’s question"]);
    expect(json.chapters[1].url).toMatch(/\?t=19#/);
  });

  it("announces the oEmbed file on the episode page, and the file describes an iframe of the embed card", async () => {
    const page = await site.read(`episodes/${slug}/index.html`);
    const head = page.slice(0, page.indexOf("</head>"));
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(head);
    expect(link?.[1]).toBe(`https://newsletter.example.com/embed/${slug}/oembed.json`);
    const oembed = JSON.parse(await site.read(`embed/${slug}/oembed.json`));
    expect(oembed).toMatchObject({ version: "1.0", type: "rich", width: 600, provider_url: "https://newsletter.example.com/" });
    expect(oembed.html).toContain(`<iframe src="https://newsletter.example.com/embed/${slug}/"`);
  });

  it("makes the embed card self-contained: no script, stylesheet, font or image to fetch, links absolute and opening outside the frame", async () => {
    const card = await site.read(`embed/${slug}/index.html`);
    expect(card).not.toMatch(/<script|<link rel="stylesheet"|<img|@import|url\(/i);
    expect(card).toContain('<base target="_blank">');
    expect(card).toContain('<meta name="robots" content="noindex">');
    for (const url of urlsIn(card)) expect(url).toMatch(/^https:\/\//);
    expect(card).toContain("Do you need a podcast trailer? &lt;Yes&gt; &amp; &quot;why&quot;");
    expect(card).toContain("<strong>A trailer is worth it</strong>");
  });

  it("puts the Copy for newsletter button and its preview on the episode page", async () => {
    const page = await site.read(`episodes/${slug}/index.html`);
    expect(page).toContain("<newsletter-copy");
    expect(page).toContain("Copy for newsletter");
    expect(page).toMatch(/class="newsletter-preview[^"]*"[^>]*><table role="presentation"/);
  });
});
