import { afterAll, beforeAll, describe, expect, it } from "vitest";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { builtSite } from "../support/sites.ts";
import { serveStatic, type StaticServer } from "../support/static-server.ts";

/**
 * Lighthouse's SEO category (from the npm registry) run against the built
 * sample show served on loopback, in Debian's Chromium started by
 * chrome-launcher with the team's flags (never a downloaded browser).
 */
let chrome: chromeLauncher.LaunchedChrome;
let server: StaticServer;
let feedServer: StaticServer;

beforeAll(async () => {
  server = await serveStatic(builtSite("sample").outDir);
  feedServer = await serveStatic(builtSite("feed").outDir);
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-gpu", "--disable-dev-shm-usage"],
    logLevel: "silent",
  });
}, 60_000);
afterAll(async () => {
  await chrome?.kill();
  await server?.close();
  await feedServer?.close();
});

async function seoAudit(path: string, origin = server.origin) {
  const result = await lighthouse(`${origin}${path}`, { port: chrome.port, onlyCategories: ["seo"], output: "json", logLevel: "error" });
  if (!result) throw new Error(`Lighthouse returned no result for ${path}`);
  const category = result.lhr.categories.seo!;
  const failing = category.auditRefs
    .map((ref) => result.lhr.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== "manual" && audit.scoreDisplayMode !== "notApplicable")
    .map((audit) => `${audit.id}: ${audit.title}${audit.explanation ? ` (${audit.explanation})` : ""}`);
  const passed = category.auditRefs.map((ref) => result.lhr.audits[ref.id]!).filter((audit) => audit.score === 1).map((audit) => audit.id);
  return { score: category.score, failing, passed, runtimeError: result.lhr.runtimeError };
}

describe("Lighthouse SEO on the sample show", () => {
  it.each(["/", "/episodes/ai-startups-moats-and-talent/"])("scores 100 on %s", async (path) => {
    const audit = await seoAudit(path);
    expect(audit.runtimeError).toBeUndefined();
    expect(audit.failing).toEqual([]);
    expect(audit.score).toBe(1);
    // The audits that matter here really ran and passed (not skipped as not applicable).
    expect(audit.passed).toEqual(expect.arrayContaining(["document-title", "meta-description", "http-status-code", "is-crawlable", "robots-txt", "canonical", "crawlable-anchors"]));
  }, 120_000);
});

describe("Lighthouse SEO on an English episode with audio, chapters and a timed transcript", () => {
  it("scores 100", async () => {
    const audit = await seoAudit("/episodes/trailers/", feedServer.origin);
    expect(audit.runtimeError).toBeUndefined();
    expect(audit.failing).toEqual([]);
    expect(audit.score).toBe(1);
  }, 120_000);
});
