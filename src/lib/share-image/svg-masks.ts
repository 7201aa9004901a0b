/**
 * Drops the masks satori adds that draw nothing its clip paths do not.
 *
 * For every box with `overflow: hidden` satori writes both a clip path and a
 * mask of the same rectangle, each nested in its parent box's. When the
 * rectangles sit on whole pixels, the white mask lets through exactly the
 * pixels the clip path does, but resvg paints each mask on a canvas the
 * size of the picture, once per nesting level: about half of the time of
 * drawing a share image went there. Only a mask that is one whole-pixel
 * white rectangle, matching the clip path of the same box, whose parent
 * mask is dropped as well, goes; any other mask (rounded corners, borders)
 * stays as satori wrote it. tests/lib/share-image/svg-masks.test.ts checks
 * that the pictures stay the same pixel for pixel.
 *
 * Hand-written because no SVG optimiser knows this: in general a mask and a
 * clip path differ (soft edges, luminance), and only satori's own way of
 * writing them makes them the same here.
 */

interface Box {
  rect: string;
  /** The id suffix of the enclosing box's mask or clip path, if any. */
  parent: string | undefined;
}

const WHOLE = String.raw`x="\d+" y="\d+" width="\d+" height="\d+"`;
const MASK = new RegExp(String.raw`<mask id="satori_om-([\w-]+)"><rect (${WHOLE}) fill="#fff"(?: mask="url\(#satori_om-([\w-]+)\)")?/></mask>`, "g");
const CLIP = new RegExp(String.raw`<clipPath id="satori_cp-([\w-]+)"(?: clip-path="url\(#satori_cp-([\w-]+)\)")?><rect (${WHOLE})/></clipPath>`, "g");

export function withoutRedundantMasks(svg: string): string {
  const masks = new Map<string, Box>();
  for (const [, id, rect, parent] of svg.matchAll(MASK)) masks.set(id!, { rect: rect!, parent });
  const clips = new Map<string, Box>();
  for (const [, id, parent, rect] of svg.matchAll(CLIP)) clips.set(id!, { rect: rect!, parent });

  const redundant = new Map<string, boolean>();
  const isRedundant = (id: string): boolean => {
    const known = redundant.get(id);
    if (known !== undefined) return known;
    const mask = masks.get(id);
    const clip = clips.get(id);
    const result =
      mask !== undefined &&
      clip !== undefined &&
      mask.rect === clip.rect &&
      mask.parent === clip.parent &&
      (mask.parent === undefined || isRedundant(mask.parent));
    redundant.set(id, result);
    return result;
  };

  // An element drawn under a redundant mask keeps its clip path, which cuts the same pixels.
  let out = svg.replace(/ mask="url\(#satori_om-([\w-]+)\)"( clip-path="url\(#satori_cp-\1\)")/g, (whole, id: string, clip: string) =>
    isRedundant(id) ? clip : whole,
  );
  out = out.replace(MASK, (whole, id: string) => (isRedundant(id) ? "" : whole));
  // A mask kept for its own sake may still be nested in a dropped one: then nothing is dropped.
  for (const [, id] of out.matchAll(/url\(#satori_om-([\w-]+)\)/g)) if (redundant.get(id!)) return svg;
  return out;
}
