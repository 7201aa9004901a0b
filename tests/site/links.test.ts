import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { parse } from "yaml";
import { checkLinks } from "../../src/lib/check-links.ts";
import { repoRoot } from "../support/build-site.ts";
import { builtSite } from "../support/sites.ts";

// Every site built for this run: the sample show and each fixture show.
const names = Object.keys(inject("sites")).sort();

describe("link integrity of every built site", () => {
  it.each(names)("%s: every internal link and #anchor resolves, served at the address its show.yaml gives", async (name) => {
    const site = builtSite(name);
    // The site is served where show.yaml's url puts it: a show published under /show/ has its links checked there.
    const { url } = parse(await readFile(join(repoRoot, site.content, "show.yaml"), "utf8")) as { url: string };
    const report = checkLinks(site.outDir, { site: url });
    console.log(`link check ${name}: ${report.checked} internal links, ${report.broken.length} broken`);
    expect(report.broken).toEqual([]);
    expect(report.checked).toBeGreaterThan(0);
  });
});
