import packageJson from "../../../package.json" with { type: "json" };

/**
 * Part of every key under which shownotes caches something between builds
 * (stored episodes, transcript segments, search documents, remembered check
 * results), beside the digest of the content it was made from. It is the
 * package's version, so upgrading shownotes never shows output an older
 * version made: every cache is made again on the first build after an
 * upgrade, with nothing to delete by hand. `shape` names what one cache
 * stores, so a change to it within one version is not reused either.
 */
export function cacheVersion(shape: string): string {
  return `shownotes@${packageJson.version}:${shape}`;
}
