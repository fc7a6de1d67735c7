import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { messages } from './messages.js';
import type { IgnoreRules } from './ignore.js';

/** The largest file the CLI reads; larger files are reported instead of exhausting memory. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The extension of playbook files, searched for in directories. */
export const PLAYBOOK_EXTENSION = '.playbook';

/**
 * Folders never searched, as Langium's workspace manager skips them in the editor: dependencies,
 * build output (`out`) and hidden folders (`.git`, caches), which often hold copies of playbooks.
 */
function skippedFolder(name: string): boolean {
    return name === 'node_modules' || name === 'out' || name.startsWith('.');
}

/** A problem with an input path, reported as one line without a stack trace. */
export interface InputProblem {
    /** The path as the user sees it (relative to the working directory where possible). */
    path: string;
    message: string;
}

/** The files an expansion found, sorted and absolute, and the inputs that found nothing. */
export interface Expansion {
    files: string[];
    problems: InputProblem[];
    /** How many files the ignore patterns left out. */
    ignored: number;
}

/** How a path is shown to the user: relative to the working directory when it is inside it. */
export function shownPath(file: string, cwd: string): string {
    const relative = path.relative(cwd, file);
    return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** True when the input is a glob pattern rather than a path. */
export function isGlob(input: string): boolean {
    return /[*?[\]{}]/.test(input);
}

/**
 * Expands the inputs: files as given (even when ignored), directories searched recursively for
 * `*.playbook`, globs matched; the ignore patterns apply to what searching and globbing find.
 */
export async function expandPaths(inputs: readonly string[], cwd: string, ignore: IgnoreRules): Promise<Expansion> {
    const files = new Set<string>();
    const problems: InputProblem[] = [];
    let ignored = 0;
    const add = (found: readonly string[], input: string, filter: (file: string) => boolean, none: string) => {
        const kept = found.filter(filter);
        ignored += found.length - kept.length;
        if (kept.length === 0) {
            problems.push({ path: input, message: found.length > 0 ? messages.allIgnored({ path: input, count: found.length }) : none });
        }
        kept.forEach(f => files.add(f));
    };
    for (const input of inputs) {
        const absolute = path.resolve(cwd, input);
        const stat = await fs.stat(absolute).then(s => s, (error: NodeJS.ErrnoException) => error);
        if (stat instanceof Error) {
            if (stat.code === 'ENOENT' && isGlob(input)) {
                add(await globPlaybooks(input, cwd), input, f => !ignore.ignores(f), messages.noMatches({ pattern: input }));
            } else if (stat.code === 'ENOENT' || stat.code === 'ENOTDIR') {
                problems.push({ path: input, message: messages.pathNotFound({ path: input }) });
            } else {
                problems.push({ path: input, message: messages.unreadable({ path: input, reason: describeError(stat) }) });
            }
        } else if (stat.isDirectory()) {
            const within = ignore.within(absolute);
            add(await findPlaybooks(absolute), input, f => !within.ignores(f), messages.noPlaybooks({ path: input }));
        } else {
            files.add(absolute);
        }
    }
    return { files: [...files].sort(), problems, ignored };
}

/** Every `*.playbook` below a folder, skipping dependency and version-control folders. */
async function findPlaybooks(dir: string): Promise<string[]> {
    const found: string[] = [];
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
            if (!skippedFolder(entry.name)) {
                found.push(...await findPlaybooks(full));
            }
        } else if (entry.name.endsWith(PLAYBOOK_EXTENSION) && (entry.isFile() || entry.isSymbolicLink())) {
            // A symbolic link is kept so that a broken one is reported when it is read.
            found.push(full);
        }
    }
    return found;
}

/** The `*.playbook` files a glob matches (directories it matches are searched). */
async function globPlaybooks(pattern: string, cwd: string): Promise<string[]> {
    const found: string[] = [];
    const skip = (name: string) => skippedFolder(path.basename(name));
    for await (const entry of fs.glob(pattern, { cwd, withFileTypes: true, exclude: entry => skip(entry.name) })) {
        const full = path.join(entry.parentPath, entry.name);
        if (entry.isDirectory()) {
            found.push(...await findPlaybooks(full));
        } else if (entry.name.endsWith(PLAYBOOK_EXTENSION)) {
            found.push(full);
        }
    }
    return found;
}

/** Names a file-system error in words, for one-line reports. */
export function describeError(error: NodeJS.ErrnoException): string {
    const reasons: Readonly<Record<string, string>> = messages.fileErrors;
    return (error.code ? reasons[error.code] : undefined) ?? error.code ?? error.message;
}

/** Reads a playbook as UTF-8 text, or says in one line why it cannot be read. */
export async function readPlaybook(file: string, shown: string): Promise<{ text: string } | { problem: InputProblem }> {
    try {
        const stat = await fs.stat(file);
        if (stat.isDirectory()) {
            return { problem: { path: shown, message: messages.unreadable({ path: shown, reason: describeError(Object.assign(new Error('EISDIR'), { code: 'EISDIR' })) }) } };
        }
        if (stat.size > MAX_FILE_BYTES) {
            return { problem: { path: shown, message: messages.tooLarge({ path: shown, megabytes: MAX_FILE_BYTES / 1024 / 1024 }) } };
        }
        const bytes = await fs.readFile(file);
        if (bytes.includes(0)) {
            return { problem: { path: shown, message: messages.binaryFile({ path: shown }) } };
        }
        try {
            return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
        } catch {
            return { problem: { path: shown, message: messages.notUtf8({ path: shown }) } };
        }
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            return { problem: { path: shown, message: messages.pathNotFound({ path: shown }) } };
        }
        return { problem: { path: shown, message: messages.unreadable({ path: shown, reason: describeError(error as NodeJS.ErrnoException) }) } };
    }
}
