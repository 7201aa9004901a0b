import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { repoRoot } from "../support/build-site.ts";
import { checkHtml, type CheckerMessage } from "../support/html-checker.ts";

const knownInvalid = join(repoRoot, "tests/fixtures/html-checker/known-invalid.html");

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  // Pages are index.html (the site builds with `format: "directory"`) and
  // 404.html. Other .html files are fragments by design, not pages: the
  // Podcasting 2.0 transcript.html (<cite>/<time>/<p>) and the email-ready
  // takeaways.html, so they are not checked as documents.
  return entries
    .filter((entry) => entry.isFile() && (entry.name === "index.html" || entry.name === "404.html"))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("every built page of every built site, checked by the W3C Nu HTML Checker", () => {
  const sites = Object.entries(inject("sites")).filter(([, site]) => site.exitCode === 0);
  let pages: string[] = [];
  let messages: CheckerMessage[] = [];

  beforeAll(async () => {
    pages = (await Promise.all(sites.map(([, site]) => htmlFiles(site.outDir)))).flat().sort();
    // One JVM for every page, plus a file known to be invalid so a checker
    // that silently checks nothing cannot pass.
    messages = await checkHtml([...pages, knownInvalid]);
  }, 120_000);

  it("checks the pages of each site", () => {
    for (const [name, site] of sites) {
      expect(pages.filter((page) => page.startsWith(site.outDir)).length, `pages of ${name}`).toBeGreaterThanOrEqual(2);
    }
  });

  it("really reports errors (on a page made invalid on purpose)", () => {
    const found = messages.filter((message) => message.url.endsWith("known-invalid.html"));
    expect(found.map((message) => message.message).join("\n")).toMatch(/Element “p” not allowed as child of element “ul”/);
    expect(found.map((message) => message.message).join("\n")).toMatch(/alt/);
  });

  it("finds 0 errors in the built pages", () => {
    const errors = messages
      .filter((message) => !message.url.endsWith("known-invalid.html"))
      .map((message) => `${message.url}:${message.lastLine ?? "?"} ${message.message}${message.extract ? `\n    ${message.extract}` : ""}`);
    expect(errors).toEqual([]);
  });
});
