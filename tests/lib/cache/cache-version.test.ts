import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cacheVersion } from "../../../src/lib/cache/cache-version.ts";

describe("cache keys", () => {
  it("carry the package's version, so an upgrade never reuses what an older version cached", () => {
    const { version } = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8"));
    expect(cacheVersion("segments-file")).toBe(`shownotes@${version}:segments-file`);
    expect(cacheVersion("segments-file")).not.toBe(cacheVersion("search-document-2"));
  });
});
