// Waiting for what the workbench writes to disk: a save in code-server reaches the file a moment
// after the keystroke, and the tab's dirty mark is no sign of it (VS Code may apply and save an
// edit in one step). Driven by the folder's change events, never by polling on a fixed interval.
import { readFileSync, watch } from 'node:fs';
import * as path from 'node:path';

function reads(file: string, text: string): boolean {
    try {
        return readFileSync(file, 'utf8') === text;
    } catch {
        return false;
    }
}

/** Resolves once `file` holds exactly `text`; rejects after `timeoutMs` with what it holds then. */
export function fileReads(file: string, text: string, timeoutMs: number): Promise<void> {
    return new Promise((resolve, reject) => {
        if (reads(file, text)) {
            resolve();
            return;
        }
        // The folder, not the file: a save that writes a new file and renames it replaces the watched inode.
        const watcher = watch(path.dirname(file), () => {
            if (reads(file, text)) finish();
        });
        const timer = setTimeout(() => finish(new Error(`${file} does not read as expected after ${timeoutMs / 1000} s; it reads:\n${readFileSync(file, 'utf8')}`)), timeoutMs);
        function finish(error?: Error): void {
            clearTimeout(timer);
            watcher.close();
            if (error) reject(error);
            else resolve();
        }
        // A write between the first read and the watcher's start would send no event.
        if (reads(file, text)) finish();
    });
}
