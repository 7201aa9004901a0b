import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { checkLinks } from "../../src/lib/check-links.ts";
import { builtSite } from "../support/sites.ts";

// Every site built for this run: the sample show and each fixture show.
const names = Object.keys(inject("sites")).sort();

describe("link integrity of every built site", () => {
  it.each(names)("%s: every internal link and #anchor resolves", (name) => {
    const site = builtSite(name);
    const report = checkLinks(site.outDir, { site: "https://podcast.example.com/" });
    console.log(`link check ${name}: ${report.checked} internal links, ${report.broken.length} broken`);
    expect(report.broken).toEqual([]);
    expect(report.checked).toBeGreaterThan(0);
  });
});
