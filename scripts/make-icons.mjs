// Draws the app icons (public/icon-192.png, public/icon-512.png): a white house on the brand red.
// No image library or CJK font is needed; run `node scripts/make-icons.mjs` after changing the design.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const RED = [0xc6, 0x28, 0x28];
const WHITE = [0xff, 0xff, 0xff];

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Whether a point (in 0..1 units) is inside the house: a roof triangle over a body with a door. */
function isHouse(x, y) {
  const roof = y >= 0.2 && y <= 0.48 && Math.abs(x - 0.5) <= (y - 0.2) * (0.34 / 0.28);
  const body = x >= 0.28 && x <= 0.72 && y > 0.46 && y <= 0.8;
  const door = x >= 0.44 && x <= 0.56 && y >= 0.6 && y <= 0.8;
  return (roof || body) && !door;
}

function png(size) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const [r, g, b] = isHouse((x + 0.5) / size, (y + 0.5) / size) ? WHITE : RED;
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [192, 512]) writeFileSync(new URL(`../public/icon-${size}.png`, import.meta.url), png(size));
