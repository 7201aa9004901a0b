import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { cacheVersion } from "../cache/cache-version.ts";
import { writeFileAtomic } from "../cache/write-atomic.ts";
import { FONT_VERSION } from "./fonts.ts";
import { LAYOUT_VERSION, SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH, type ShareImageContent } from "./layout.ts";
import { charactersLeftOut, drawShareImage, type DrawnShareImage } from "./draw.ts";
import { pngSize } from "./png-size.ts";

/**
 * Share images kept between builds, one PNG per digest of everything the
 * picture is drawn from: the words, the artwork's bytes, the font
 * package's version, the layout's version and shownotes' own version. A
 * rebuild so draws only the images whose episode changed; an unchanged
 * one is a file read.
 */
const SHAPE = cacheVersion(`share-image-${LAYOUT_VERSION}`);

/** The folder under Astro's cache folder that holds the images. */
export function shareImageFolder(cacheDir: string): string {
  return join(cacheDir, "share-images");
}

/** The cache key of one image: a SHA-256 digest (hex) of its inputs. */
export function shareImageKey(content: ShareImageContent): string {
  const hash = createHash("sha256");
  const artwork = content.artwork ? artworkDigest(content.artwork.data) : null;
  hash.update(
    JSON.stringify({
      shape: SHAPE,
      font: FONT_VERSION,
      kicker: content.kicker ?? null,
      title: content.title,
      label: content.label ?? null,
      description: content.description ?? null,
      footer: content.footer,
      lang: content.lang,
      artwork,
      artworkType: content.artwork?.type ?? null,
    }),
  );
  return hash.digest("hex");
}

/** Where the image for `content` is kept. */
export function shareImageFile(folder: string, content: ShareImageContent): string {
  return join(folder, `${shareImageKey(content)}.png`);
}

// Every episode's picture holds the same artwork bytes: hashed once, not once per picture.
const artworkDigests = new WeakMap<Uint8Array, string>();

function artworkDigest(data: Uint8Array): string {
  let digest = artworkDigests.get(data);
  if (digest === undefined) {
    digest = createHash("sha256").update(data).digest("hex");
    artworkDigests.set(data, digest);
  }
  return digest;
}

export interface ShareImageResult extends DrawnShareImage {
  /** True when the picture was read from the cache rather than drawn. */
  fromCache: boolean;
}

/**
 * The image for `content`: from the cache when an earlier build drew the
 * same inputs, else drawn and stored. The file is written whole or not at
 * all (written to a temporary name, then renamed), and a cached file that
 * is not a PNG of the right size is drawn again, so a build killed at any
 * moment never leaves a broken picture to publish.
 */
export async function cachedShareImage(folder: string, content: ShareImageContent, draw: (content: ShareImageContent) => Promise<DrawnShareImage> = drawShareImage): Promise<ShareImageResult> {
  const file = shareImageFile(folder, content);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) {
    const size = pngSize(cached);
    if (size?.width === SHARE_IMAGE_WIDTH && size.height === SHARE_IMAGE_HEIGHT) return { png: cached, leftOut: await charactersLeftOut(content), fromCache: true };
  }
  const drawn = await draw(content);
  await writeFileAtomic(file, drawn.png);
  return { ...drawn, fromCache: false };
}
