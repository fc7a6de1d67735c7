// Draws images/icon.png (128x128): a checklist on a dark rounded square, the runner's idea of a
// playbook. Written with zlib alone so that anyone can regenerate it without image tools.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

const SIZE = 128;
const pixels = Buffer.alloc(SIZE * SIZE * 4);

/** Paints one pixel with an RGBA colour. */
function put(x, y, [r, g, b, a]) {
    const i = (y * SIZE + x) * 4;
    pixels[i] = r; pixels[i + 1] = g; pixels[i + 2] = b; pixels[i + 3] = a;
}

/** Fills the rectangle [x0, x1) x [y0, y1) whose corners are rounded by `radius`. */
function roundedRect(x0, y0, x1, y1, radius, colour) {
    for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
            const cx = Math.min(Math.max(x + 0.5, x0 + radius), x1 - radius);
            const cy = Math.min(Math.max(y + 0.5, y0 + radius), y1 - radius);
            if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= radius ** 2) {
                put(x, y, colour);
            }
        }
    }
}

/** Draws a thick line from (x0, y0) to (x1, y1). */
function line(x0, y0, x1, y1, width, colour) {
    const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0) * 2);
    for (let s = 0; s <= steps; s++) {
        const x = x0 + ((x1 - x0) * s) / steps;
        const y = y0 + ((y1 - y0) * s) / steps;
        roundedRect(Math.round(x - width / 2), Math.round(y - width / 2), Math.round(x + width / 2), Math.round(y + width / 2), width / 2, colour);
    }
}

const navy = [0x1d, 0x35, 0x57, 0xff];
const paper = [0xf4, 0xf1, 0xea, 0xff];
const ink = [0x45, 0x55, 0x6b, 0xff];
const green = [0x2e, 0x9e, 0x5b, 0xff];
const red = [0xd6, 0x45, 0x3d, 0xff];

roundedRect(0, 0, SIZE, SIZE, 22, navy);
roundedRect(24, 18, 104, 112, 8, paper);
roundedRect(48, 12, 80, 26, 5, red);
for (const [row, done] of [[40, true], [64, true], [88, false]]) {
    roundedRect(34, row - 7, 48, row + 7, 3, done ? green : ink);
    if (done) {
        line(37, row, 40, row + 4, 3, paper);
        line(40, row + 4, 45, row - 4, 3, paper);
    } else {
        roundedRect(36, row - 5, 46, row + 5, 2, paper);
    }
    roundedRect(56, row - 3, done ? 94 : 86, row + 3, 3, ink);
}

/** One PNG chunk: length, type, data, CRC of type and data. */
function chunk(type, data) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bits per channel
header[9] = 6; // RGBA
const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
    pixels.copy(rows, y * (SIZE * 4 + 1) + 1, y * SIZE * 4, (y + 1) * SIZE * 4);
}
const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../images/icon.png', import.meta.url), png);
console.log(`images/icon.png: ${png.length} bytes`);
