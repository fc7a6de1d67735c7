import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

/** Every file below a folder with its size, modification time and content hash. */
export function snapshot(dir: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        const full = path.join(entry.parentPath, entry.name);
        const stat = statSync(full);
        out[path.relative(dir, full)] = entry.isFile()
            ? `${stat.size} ${stat.mtimeMs} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`
            : `dir ${stat.mtimeMs}`;
    }
    return out;
}
