import { crc32 as zlibCrc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodePng, packRow } from './png.ts';

type Chunk = { type: string; data: Buffer; crcOk: boolean };

/** Splits a PNG into chunks, checking each CRC with node:zlib's own implementation. */
function chunksOf(png: Uint8Array): Chunk[] {
  const buffer = Buffer.from(png);
  const chunks: Chunk[] = [];
  for (let at = 8; at < buffer.length;) {
    const length = buffer.readUInt32BE(at);
    const type = buffer.toString('latin1', at + 4, at + 8);
    const data = buffer.subarray(at + 8, at + 8 + length);
    const crcOk = buffer.readUInt32BE(at + 8 + length) === zlibCrc32(buffer.subarray(at + 4, at + 8 + length));
    chunks.push({ type, data, crcOk });
    at += 12 + length;
  }
  return chunks;
}

/** Decodes a 1-bit greyscale PNG without filters back to pixels (true = black). */
function pixelsOf(png: Uint8Array): { width: number; height: number; dark: boolean[][] } {
  const chunks = chunksOf(png);
  const ihdr = chunks.find((c) => c.type === 'IHDR')!.data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = Math.ceil(width / 8);
  expect(raw.length).toBe(height * (stride + 1));
  const dark = Array.from({ length: height }, (_, y) => {
    expect(raw[y * (stride + 1)]).toBe(0);
    return Array.from({ length: width }, (_, x) => ((raw[y * (stride + 1) + 1 + (x >> 3)]! >> (7 - (x & 7))) & 1) === 0);
  });
  return { width, height, dark };
}

describe('crc32', () => {
  it('matches the reference value and node:zlib', () => {
    const bytes = new TextEncoder().encode('123456789');
    expect(crc32(bytes)).toBe(0xcbf43926);
    const random = crypto.getRandomValues(new Uint8Array(1000));
    expect(crc32(random)).toBe(zlibCrc32(random));
  });
});

describe('packRow', () => {
  it('packs 8 pixels a byte, most significant bit first, dark as 0', () => {
    expect([...packRow([true, false, true, true, true, true, true, true, false, true])]).toEqual([0b01000000, 0b10000000]);
  });
});

describe('encodePng', () => {
  it('writes the signature, a 1-bit greyscale IHDR, IDAT and IEND with valid CRCs', async () => {
    const png = await encodePng({ width: 10, height: 3, row: () => packRow(new Array(10).fill(true)) });
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const chunks = chunksOf(png);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    const ihdr = chunks[0]!.data;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ...ihdr.subarray(8)]).toEqual([10, 3, 1, 0, 0, 0, 0]);
  });

  it('round-trips the pixels through zlib', async () => {
    const pattern = (x: number, y: number) => (x * 7 + y * 3) % 5 === 0;
    const width = 37;
    const height = 11;
    const png = await encodePng({ width, height, row: (y) => packRow(Array.from({ length: width }, (_, x) => pattern(x, y))) });
    const decoded = pixelsOf(png);
    expect(decoded.width).toBe(width);
    expect(decoded.height).toBe(height);
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) expect(decoded.dark[y]![x], `${x},${y}`).toBe(pattern(x, y));
  });

  it('refuses impossible sizes and rows of the wrong length', async () => {
    await expect(encodePng({ width: 0, height: 1, row: () => new Uint8Array(0) })).rejects.toThrow(RangeError);
    await expect(encodePng({ width: 9, height: 1, row: () => new Uint8Array(1) })).rejects.toThrow(RangeError);
  });
});
