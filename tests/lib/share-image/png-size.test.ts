import { describe, expect, it } from "vitest";
import { pngSize } from "../../../src/lib/share-image/png-size.ts";

/** A PNG written out by hand from the spec: signature, IHDR (13 bytes of data), IEND; CRCs are not checked by pngSize. */
function png(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, "latin1"), data, Buffer.alloc(4)]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IEND", Buffer.alloc(0))]);
}

describe("reading a PNG's size from its header", () => {
  it("reads the width and height of the IHDR chunk", () => {
    expect(pngSize(png(1200, 630))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(png(3000, 3000))).toEqual({ width: 3000, height: 3000 });
  });

  it("refuses bytes that are not a whole PNG", () => {
    expect(pngSize(Buffer.from("GIF89a, not a PNG at all, padded to be long enough"))).toBeUndefined();
    const whole = png(1200, 630);
    expect(pngSize(whole.subarray(0, whole.length - 6))).toBeUndefined();
  });
});
