import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkLinks } from "./check-links.ts";
import { repoRoot } from "./build-site.ts";

describe("checkLinks", () => {
  it("finds missing pages, files and anchors, and only those", () => {
    const report = checkLinks(join(repoRoot, "tests/fixtures/check-links/dist"), { site: "https://podcast.example.com/" });
    expect(report.broken).toEqual([
      { page: "index.html", href: "/episodes/two/", reason: "no such page or file" },
      { page: "index.html", href: "/episodes/one/#nowhere", reason: "no such anchor" },
      { page: "index.html", href: "/media/missing.png", reason: "no such page or file" },
    ]);
    // style.css, five good links, three broken ones on the home page; "home" on episode one.
    expect(report.checked).toBe(10);
  });
});
