/**
 * A minimal PNG encoder for black-and-white images (1-bit greyscale), which is all a QR code needs.
 * Workers have no canvas and no node:zlib; the zlib stream comes from the platform's
 * `CompressionStream('deflate')`, the rest (chunks, CRC-32) is a few lines.
 */

/** A black-and-white image given row by row, each row packed as `packRow` does. */
export type BitmapRows = { width: number; height: number; row(y: number): Uint8Array };

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const MAX_SIDE = 16_384;

/** Packs one row of pixels, 8 per byte, most significant bit first; in greyscale PNG a 1 bit is white. */
export function packRow(dark: readonly boolean[]): Uint8Array {
  const packed = new Uint8Array(Math.ceil(dark.length / 8));
  for (let x = 0; x < dark.length; x++) if (!dark[x]) packed[x >> 3]! |= 0x80 >> (x & 7);
  return packed;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO 3309), as every PNG chunk carries over its type and data. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function encodePng(image: BitmapRows): Promise<Uint8Array<ArrayBuffer>> {
  const { width, height } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE)
    throw new RangeError(`PNG size out of range: ${width}×${height}`);

  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, adaptive filtering, no interlace

  // Each scanline: filter type 0 (none), then the packed pixels.
  const stride = Math.ceil(width / 8);
  const raw = new Uint8Array(height * (stride + 1));
  for (let y = 0; y < height; y++) {
    const row = image.row(y);
    if (row.length !== stride) throw new RangeError(`row ${y} has ${row.length} bytes, ${stride} expected`);
    raw.set(row, y * (stride + 1) + 1);
  }

  const parts = [Uint8Array.from(SIGNATURE), chunk('IHDR', header), chunk('IDAT', await deflate(raw)), chunk('IEND', new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    png.set(part, at);
    at += part.length;
  }
  return png;
}
