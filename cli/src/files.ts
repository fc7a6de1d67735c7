import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { messages } from './messages.js';

/** The largest file the CLI reads; larger files are reported instead of exhausting memory. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** A problem with an input path, reported as one line without a stack trace. */
export interface InputProblem {
    path: string;
    message: string;
}

/** Expands the given paths: files as given, directories searched recursively for `*.playbook`. */
export async function expandPaths(inputs: readonly string[]): Promise<{ files: string[]; problems: InputProblem[] }> {
    const files = new Set<string>();
    const problems: InputProblem[] = [];
    for (const input of inputs) {
        const stat = await fs.stat(input).catch(() => undefined);
        if (!stat) {
            problems.push({ path: input, message: messages.pathNotFound({ path: input }) });
        } else if (stat.isDirectory()) {
            const found = await findPlaybooks(input);
            if (found.length === 0) {
                problems.push({ path: input, message: messages.noPlaybooks({ path: input }) });
            }
            found.forEach(f => files.add(path.resolve(f)));
        } else {
            files.add(path.resolve(input));
        }
    }
    return { files: [...files].sort(), problems };
}

async function findPlaybooks(dir: string): Promise<string[]> {
    const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter(e => e.isFile() && e.name.endsWith('.playbook'))
        .map(e => path.join(e.parentPath, e.name))
        .filter(f => !f.split(path.sep).includes('node_modules'));
}

/** Reads a playbook as UTF-8 text, or says in one line why it cannot be read. */
export async function readPlaybook(file: string, shownPath: string): Promise<{ text: string } | { problem: InputProblem }> {
    try {
        const stat = await fs.stat(file);
        if (stat.size > MAX_FILE_BYTES) {
            return { problem: { path: shownPath, message: messages.tooLarge({ path: shownPath, megabytes: MAX_FILE_BYTES / 1024 / 1024 }) } };
        }
        const bytes = await fs.readFile(file);
        if (bytes.includes(0)) {
            return { problem: { path: shownPath, message: messages.binaryFile({ path: shownPath }) } };
        }
        try {
            return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
        } catch {
            return { problem: { path: shownPath, message: messages.notUtf8({ path: shownPath }) } };
        }
    } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        return { problem: { path: shownPath, message: messages.unreadable({ path: shownPath, reason }) } };
    }
}
