// Draws the app icons into static/icons/ (committed; run again only to change the design):
//   node scripts/make-icons.mjs
// The mark: a white journey curve through four touchpoints on the app's accent colour, one of
// them a painpoint in the Ist colour. No dependencies: a tiny PNG encoder over node:zlib.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const OUT = resolve(import.meta.dirname, '..', 'static', 'icons');
const ACCENT = [0x1f, 0x5f, 0x8b];
const WHITE = [0xff, 0xff, 0xff];
const IST = [0xf0, 0xa0, 0x6a];
const POINTS = [
  [0.22, 0.64],
  [0.4, 0.42],
  [0.6, 0.58],
  [0.78, 0.34],
];
const STROKE = 0.035;
const DOT = 0.075;

/** Distance from p to the segment a–b. */
function segment(p, a, b) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Inside a square with rounded corners (radius r) spanning 0..1? */
function roundedSquare([x, y], r) {
  const cx = Math.max(r - x, 0, x - (1 - r));
  const cy = Math.max(r - y, 0, y - (1 - r));
  return Math.hypot(cx, cy) <= r;
}

/**
 * The colour (RGBA) at unit coordinates p. `maskable`: full-bleed background and the mark
 * shrunk into the safe zone (the centre circle of 80 % diameter); else a rounded square.
 */
function shade(p, maskable) {
  if (!maskable && !roundedSquare(p, 0.22)) return [0, 0, 0, 0];
  const scale = maskable ? 0.8 : 1;
  const q = [(p[0] - 0.5) / scale + 0.5, (p[1] - 0.5) / scale + 0.5];
  for (let i = 0; i < POINTS.length; i++) {
    if (Math.hypot(q[0] - POINTS[i][0], q[1] - POINTS[i][1]) <= DOT) return [...(i === 2 ? IST : WHITE), 255];
  }
  for (let i = 1; i < POINTS.length; i++) {
    if (segment(q, POINTS[i - 1], POINTS[i]) <= STROKE) return [...WHITE, 255];
  }
  return [...ACCENT, 255];
}

/** RGBA pixels, 4×4 supersampled for smooth edges. */
function render(size, maskable) {
  const n = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shade([(x + (sx + 0.5) / n) / size, (y + (sy + 0.5) / n) / size], maskable);
          // Premultiplied, so transparent samples do not darken the edge.
          for (let k = 0; k < 3; k++) sum[k] += c[k] * c[3];
          sum[3] += c[3];
        }
      }
      const o = (y * size + x) * 4;
      const alpha = sum[3] / (n * n);
      for (let k = 0; k < 3; k++) pixels[o + k] = sum[3] ? Math.round(sum[k] / sum[3]) : 0;
      pixels[o + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG: 8-bit RGBA, no filtering, zlib at level 9. */
function png(size, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT, { recursive: true });
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
]) {
  const file = resolve(OUT, name);
  writeFileSync(file, png(size, render(size, maskable)));
  console.log(`wrote ${file}`);
}
