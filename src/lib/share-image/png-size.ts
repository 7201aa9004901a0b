const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Width and height from a PNG's header, or undefined when the bytes are not
 * a PNG: the 8-byte signature, then the IHDR chunk, whose first two fields
 * are the width and height as 32-bit big-endian numbers (PNG spec, 11.2.2).
 * It also has to end with the IEND chunk, so a file cut short is refused.
 */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 8 + 25 + 12) return undefined;
  if (!SIGNATURE.every((byte, index) => bytes[index] === byte)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== "IHDR") return undefined;
  const end = String.fromCharCode(...bytes.subarray(bytes.length - 8, bytes.length - 4));
  if (end !== "IEND") return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
