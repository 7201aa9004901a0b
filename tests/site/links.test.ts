import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { parse } from "yaml";
import { checkLinks } from "../support/check-links.ts";
import { basePath } from "../../src/lib/urls/site-urls.ts";
import { repoRoot } from "../support/build-site.ts";
import { builtSite } from "../support/sites.ts";

// Every site built for this run: the sample show and each fixture show.
const names = Object.keys(inject("sites")).sort();

describe("link integrity of every built site", () => {
  it.each(names)("%s: every internal link and #anchor resolves, served at the path its show.yaml gives", async (name) => {
    const site = builtSite(name);
    // Served under the path of show.yaml's url (a show at https://example.org/show/ is checked at /show/). The host
    // stays the one these checks always used, so addresses on a fixture's made-up domain (its artwork) are not looked for in dist/.
    const { url } = parse(await readFile(join(repoRoot, site.content, "show.yaml"), "utf8")) as { url: string };
    const report = checkLinks(site.outDir, { site: new URL(basePath(url), "https://podcast.example.com/").href });
    console.log(`link check ${name}: ${report.checked} internal links, ${report.broken.length} broken`);
    expect(report.broken).toEqual([]);
    expect(report.checked).toBeGreaterThan(0);
  });
});
