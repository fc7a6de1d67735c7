// The extension's own output channel and the extension host's log say what went wrong (a crashed
// language server, a provider that throws) even when every test passed. The harness counts their
// error lines on every run, prints a summary, and fails the run when there is any.
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** Every log file under `folder`, recursively. */
function logFiles(folder: string): string[] {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.log'))
        .map(file => path.join(folder, file));
}

/** One error line: the log it is in (relative to the logs folder) and its text. */
export interface ErrorLine {
    file: string;
    text: string;
}

/**
 * The error lines the extension wrote to its own output channel, or the extension host wrote
 * about it (activation failures, uncaught errors of its providers), during the run.
 */
export function extensionErrorLines(userData: string, extensionId: string): ErrorLine[] {
    const logs = path.join(userData, 'logs');
    let files: string[];
    try {
        files = logFiles(logs);
    } catch {
        return [];
    }
    const lines: ErrorLine[] = [];
    for (const file of files) {
        const ownChannel = file.includes(`${path.sep}${extensionId}${path.sep}`);
        for (const line of readFileSync(file, 'utf8').split('\n')) {
            if (/\[error\]/i.test(line) && (ownChannel || line.includes(extensionId))) {
                lines.push({ file: path.relative(logs, file), text: line.trim() });
            }
        }
    }
    return lines;
}

/** A summary: each distinct message once (time stamps removed) with how often it came, the most frequent first. */
export function errorSummary(lines: readonly ErrorLine[], most = 12): string[] {
    const counts = new Map<string, number>();
    for (const line of lines) {
        const message = `${line.file.split(path.sep).at(-1)}: ${line.text.replace(/^\S+ \S+ /, '').slice(0, 240)}`;
        counts.set(message, (counts.get(message) ?? 0) + 1);
    }
    return [...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, most)
        .map(([message, count]) => `${String(count).padStart(4)} × ${message}`);
}
