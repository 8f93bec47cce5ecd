/**
 * Reading the PNG exports back without an image library: the size, the decoded pixels (checking
 * the file is complete), and pixel counts the specs judge a picture by.
 */
import { inflateSync } from "node:zlib";
import { expect } from "@playwright/test";

export interface DecodedPng {
  width: number;
  height: number;
  /** As stored: 2 (RGB) or 6 (RGBA). */
  colorType: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  rgba: Uint8Array;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, without decoding anything else. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE), "PNG signature").toBe(true);
  expect(bytes.toString("latin1", 12, 16), "first chunk").toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/**
 * Decodes an 8-bit, non-interlaced RGB or RGBA PNG (what browsers' canvas.toBlob writes),
 * checking every chunk is there and the pixel data is complete.
 */
export function decodePng(bytes: Buffer): DecodedPng {
  const { width, height } = pngSize(bytes);
  const bitDepth = bytes[24];
  const colorType = bytes[25] ?? -1;
  const interlace = bytes[28];
  expect(bitDepth, "bit depth").toBe(8);
  expect([2, 6], "colour type").toContain(colorType);
  expect(interlace, "interlace").toBe(0);

  const idat: Buffer[] = [];
  let offset = 8;
  let ended = false;
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString("latin1", offset + 4, offset + 8);
    if (type === "IDAT") idat.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
    if (type === "IEND") {
      ended = true;
      break;
    }
  }
  expect(ended, "IEND chunk").toBe(true);
  const raw = inflateSync(Buffer.concat(idat));
  const channels = colorType === 6 ? 4 : 3;
  const stride = width * channels;
  expect(raw.length, "decompressed size").toBe(height * (stride + 1));

  const rgba = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const current = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? (current[x - channels] ?? 0) : 0;
      const up = previous[x] ?? 0;
      const upLeft = x >= channels ? (previous[x - channels] ?? 0) : 0;
      const value = line[x] ?? 0;
      let predicted: number;
      switch (filter) {
        case 0:
          predicted = 0;
          break;
        case 1:
          predicted = left;
          break;
        case 2:
          predicted = up;
          break;
        case 3:
          predicted = (left + up) >> 1;
          break;
        case 4:
          predicted = paeth(left, up, upLeft);
          break;
        default:
          throw new Error(`Unknown PNG filter ${filter} on row ${y}`);
      }
      current[x] = (value + predicted) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const to = (y * width + x) * 4;
      const from = x * channels;
      rgba[to] = current[from] ?? 0;
      rgba[to + 1] = current[from + 1] ?? 0;
      rgba[to + 2] = current[from + 2] ?? 0;
      rgba[to + 3] = channels === 4 ? (current[from + 3] ?? 0) : 255;
    }
    previous = current;
  }
  return { width, height, colorType, rgba };
}

export const hexToRgb = (hex: string): [number, number, number] => {
  const value = Number.parseInt(hex.replace(/^#/, ""), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
};

export interface PngStats {
  /** Distinct RGBA values. */
  colours: number;
  /** Pixels that are not the background (white, or fully transparent). */
  inked: number;
  /** Opaque pixels within `tolerance` of each asked-for colour, by colour. */
  near: Record<string, number>;
  /** The four corners' alpha. */
  cornerAlpha: number[];
  total: number;
}

export function pngStats(
  png: DecodedPng,
  colours: readonly string[] = [],
  tolerance = 10,
): PngStats {
  const { width, height, rgba } = png;
  const seen = new Set<number>();
  const targets = colours.map(hexToRgb);
  const near = colours.map(() => 0);
  let inked = 0;
  for (let i = 0; i < rgba.length; i += 4) {
    const r = rgba[i] ?? 0;
    const g = rgba[i + 1] ?? 0;
    const b = rgba[i + 2] ?? 0;
    const a = rgba[i + 3] ?? 0;
    seen.add(((r << 24) | (g << 16) | (b << 8) | a) >>> 0);
    const background = a === 0 || (r === 255 && g === 255 && b === 255 && a === 255);
    if (!background) inked++;
    if (a < 250) continue;
    targets.forEach(([tr, tg, tb], k) => {
      if (
        Math.abs(r - tr) <= tolerance &&
        Math.abs(g - tg) <= tolerance &&
        Math.abs(b - tb) <= tolerance
      ) {
        near[k] = (near[k] ?? 0) + 1;
      }
    });
  }
  const alphaAt = (x: number, y: number) => rgba[(y * width + x) * 4 + 3] ?? -1;
  return {
    colours: seen.size,
    inked,
    near: Object.fromEntries(colours.map((c, k) => [c, near[k] ?? 0])),
    cornerAlpha: [
      alphaAt(0, 0),
      alphaAt(width - 1, 0),
      alphaAt(0, height - 1),
      alphaAt(width - 1, height - 1),
    ],
    total: width * height,
  };
}
