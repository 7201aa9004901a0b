import { readFile } from "node:fs/promises";
import { join, resolve, sep } from "node:path";
import type { ShareImageArtwork } from "./layout.ts";

/**
 * The show's artwork for drawing into share images, when it is a file of
 * the site: `artwork: /cover.png` is read from the site's `public/` folder.
 * An artwork given as a full address (`https://…`, the usual case for a
 * show whose feed lives at a podcast host) is left out of the picture:
 * builds do not download files, so a build never depends on another
 * server being up, and the picture is the same on every rebuild. The same
 * goes for a file that is missing or not a PNG or JPEG (the two formats
 * satori draws reliably); the picture then has the words only.
 */
export async function localArtwork(publicDir: string, artwork: string | undefined): Promise<ShareImageArtwork | undefined> {
  if (!artwork || /^[a-z][a-z\d+.-]*:/i.test(artwork) || artwork.startsWith("//")) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(artwork.split(/[?#]/)[0]!).replace(/^\/+/, "");
  } catch {
    return undefined;
  }
  const root = resolve(publicDir);
  const file = resolve(join(root, path));
  if (!file.startsWith(root + sep)) return undefined;
  const data = await readFile(file).catch(() => undefined);
  if (!data) return undefined;
  const type = imageType(data);
  return type ? { data, type } : undefined;
}

/** PNG or JPEG, told by the file's first bytes rather than its name. */
export function imageType(data: Uint8Array): ShareImageArtwork["type"] | undefined {
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return "image/png";
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "image/jpeg";
  return undefined;
}
