// When a run fails, the reason is often in the extension's own output channel (a crashed
// language server, a missing file): show its last errors instead of leaving only timeouts.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** Every log file under `folder`, recursively. */
function logFiles(folder: string): string[] {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.log'))
        .map(file => path.join(folder, file));
}

/** The last `count` error lines the extension (or the host about it) wrote during the run. */
export function extensionErrors(userData: string, extensionId: string, count = 15): string[] {
    const logs = path.join(userData, 'logs');
    let files: string[];
    try {
        files = logFiles(logs);
    } catch {
        return [];
    }
    const lines: string[] = [];
    for (const file of files) {
        const ownChannel = file.includes(`${path.sep}${extensionId}${path.sep}`);
        for (const line of readFileSync(file, 'utf8').split('\n')) {
            if (line.includes('[error]') && (ownChannel || line.includes(extensionId)) && line.trim().length > 40) {
                lines.push(`${path.relative(logs, file)}: ${line.slice(0, 300)}`);
            }
        }
    }
    return lines.slice(-count);
}
