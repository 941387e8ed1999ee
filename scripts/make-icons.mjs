#!/usr/bin/env node
/**
 * Draws the Teams app icons and writes them as PNG files, with no dependency but node:zlib:
 *   manifest/color.png    192×192, the glyph in white on the accent colour (full bleed, opaque)
 *   manifest/outline.png   32×32, the same glyph in white on a transparent background
 * The glyph is a chat bubble with a wrench cut out of it: "paste the error, get the fix".
 * Shapes are tested point by point (inside / outside) and anti-aliased by supersampling.
 *
 *   node scripts/make-icons.mjs            # writes both files into manifest/
 *   node scripts/make-icons.mjs <dir>      # writes them into <dir>
 *
 * The output is deterministic: running it again (same Node) gives byte-identical files.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

/** The app's accent colour (manifest.json `accentColor`): the colour icon's background. */
export const ACCENT = '#0F6A8B';

// ---------------------------------------------------------------------------------------------
// Geometry, in glyph units: the glyph fills the unit square [0,1]×[0,1], y pointing down.

/** Inside a rectangle with rounded corners. */
function inRoundRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** Inside a triangle (either winding). */
function inTriangle(x, y, [ax, ay], [bx, by], [cx, cy]) {
  const d1 = (x - bx) * (ay - by) - (ax - bx) * (y - by);
  const d2 = (x - cx) * (by - cy) - (bx - cx) * (y - cy);
  const d3 = (x - ax) * (cy - ay) - (cx - ax) * (y - ay);
  const neg = d1 < 0 || d2 < 0 || d3 < 0;
  const pos = d1 > 0 || d2 > 0 || d3 > 0;
  return !(neg && pos);
}

/** The chat bubble: a rounded rectangle with a tail at the bottom left. */
function inBubble(x, y) {
  return inRoundRect(x, y, 0, 0.04, 1, 0.78, 0.2) || inTriangle(x, y, [0.16, 0.7], [0.44, 0.7], [0.12, 0.98]);
}

// The wrench lies on the diagonal from the handle's end (lower left) to the jaw (upper right).
const W = { ax: 0.27, ay: 0.615, bx: 0.655, by: 0.235, handle: 0.062, head: 0.15, slot: 0.06 };
const WLEN = Math.hypot(W.bx - W.ax, W.by - W.ay);
const UX = (W.bx - W.ax) / WLEN; // unit vector along the handle, towards the jaw
const UY = (W.by - W.ay) / WLEN;

/** Coordinates relative to the wrench: `t` along the handle from its end, `n` across it. */
function wrenchFrame(x, y) {
  const dx = x - W.ax;
  const dy = y - W.ay;
  return { t: dx * UX + dy * UY, n: -dx * UY + dy * UX };
}

/** The wrench: a round-ended handle, a round head, and an open-ended jaw cut into the head. */
function inWrench(x, y) {
  const { t, n } = wrenchFrame(x, y);
  const onHandle = t >= 0 && t <= WLEN && Math.abs(n) <= W.handle;
  const handleEnd = t ** 2 + n ** 2 <= W.handle ** 2;
  const head = (t - WLEN) ** 2 + n ** 2 <= W.head ** 2;
  const jaw = t >= WLEN - W.slot * 0.2 && Math.abs(n) <= W.slot; // the slot, open away from the handle
  const jawBottom = (t - (WLEN - W.slot * 0.2)) ** 2 + n ** 2 <= W.slot ** 2; // rounded bottom of the slot
  return (onHandle || handleEnd || head) && !(jaw || jawBottom);
}

/** The glyph: the bubble, with the wrench knocked out of it. */
function inGlyph(x, y) {
  return inBubble(x, y) && !inWrench(x, y);
}

// ---------------------------------------------------------------------------------------------
// Rasterisation

/**
 * Coverage of the glyph in each pixel of a `size`×`size` image whose glyph box starts at `pad`
 * pixels from each edge. Returns a Float64Array of values in [0, 1].
 */
function coverage(size, pad, samples) {
  const out = new Float64Array(size * size);
  const box = size - 2 * pad;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples - pad) / box;
          const y = (py + (sy + 0.5) / samples - pad) / box;
          if (inGlyph(x, y)) hits++;
        }
      }
      out[py * size + px] = hits / (samples * samples);
    }
  }
  return out;
}

function hexColor(hex) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

/** 192×192, opaque: white glyph on the accent colour. */
export function colorIcon() {
  const size = 192;
  const cov = coverage(size, 48, 6); // a 96×96 symbol with 48 px of padding, as Teams asks
  const [r, g, b] = hexColor(ACCENT);
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const c = cov[i];
    rgba[i * 4] = Math.round(r + (255 - r) * c);
    rgba[i * 4 + 1] = Math.round(g + (255 - g) * c);
    rgba[i * 4 + 2] = Math.round(b + (255 - b) * c);
    rgba[i * 4 + 3] = 255;
  }
  return encodePng(size, size, rgba);
}

/** 32×32: white glyph, the rest transparent. Edge pixels are white with partial alpha. */
export function outlineIcon() {
  const size = 32;
  const cov = coverage(size, 1, 8);
  const rgba = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    rgba[i * 4] = 255;
    rgba[i * 4 + 1] = 255;
    rgba[i * 4 + 2] = 255;
    rgba[i * 4 + 3] = Math.round(255 * cov[i]); // 0 = transparent (still white underneath)
  }
  return encodePng(size, size, rgba);
}

// ---------------------------------------------------------------------------------------------
// PNG encoder: 8-bit RGBA (colour type 6), no interlace, filter type 0 on every row.


function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encodes `rgba` (width×height×4 bytes, rows top to bottom) as a PNG file. */
export function encodePng(width, height, rgba) {
  if (rgba.length !== width * height * 4) throw new Error('rgba has the wrong length');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression: deflate
  ihdr[11] = 0; // filter method 0
  ihdr[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------------

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'manifest'));
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, png] of [['color.png', colorIcon()], ['outline.png', outlineIcon()]]) {
    fs.writeFileSync(path.join(dir, name), png);
    process.stdout.write(`${path.relative(process.cwd(), path.join(dir, name))}: ${png.length} bytes\n`);
  }
}
