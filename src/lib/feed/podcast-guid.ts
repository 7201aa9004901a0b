import { createHash } from "node:crypto";

/**
 * The Podcasting 2.0 namespace's UUID for `<podcast:guid>`
 * (https://podcasting2.org/podcast-namespace/tags/guid): a UUID v5 of the
 * feed URL with its scheme and trailing slashes removed, in this namespace.
 */
const PODCAST_NAMESPACE = "ead4c236-bf58-58c6-a2c6-a6b28d128cb6";

export function podcastGuid(feedUrl: string): string {
  const name = feedUrl.replace(/^[a-z][a-z\d+.-]*:\/\//i, "").replace(/\/+$/, "");
  return uuidV5(name, PODCAST_NAMESPACE);
}

/**
 * RFC 9562 §5.5 (UUID version 5: SHA-1 of namespace bytes + name). Node has
 * SHA-1 but only random UUIDs built in; ten lines beat a dependency here.
 */
function uuidV5(name: string, namespace: string): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
