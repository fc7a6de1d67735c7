import { constants, promises as fs, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { messages } from './messages.js';
import type { IgnoreRules } from './ignore.js';

/** The largest file the CLI reads; larger files are reported instead of exhausting memory. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The most read at a time: a file's expected size, within these bounds. */
const READ_CHUNK_BYTES = 1024 * 1024;
const MIN_READ_BYTES = 16 * 1024;

/** The extension of playbook files, searched for in directories. */
export const PLAYBOOK_EXTENSION = '.playbook';

/** True when a file name says playbook: `.playbook` in any case (`X.PLAYBOOK` too, as a case-insensitive disk would). */
export function isPlaybookName(file: string): boolean {
    return file.toLowerCase().endsWith(PLAYBOOK_EXTENSION);
}

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
export async function expandPaths(inputs: readonly string[], cwd: string, ignore: IgnoreRules | ((file: string) => IgnoreRules)): Promise<Expansion> {
    // Each file's own config decides whether it is ignored (nested configs), or one for all.
    const rulesOf = typeof ignore === 'function' ? ignore : () => ignore;
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
                add(await globPlaybooks(input, cwd), input, f => !rulesOf(f).ignores(f), messages.noMatches({ pattern: input }));
            } else if (stat.code === 'ENOENT' || stat.code === 'ENOTDIR') {
                problems.push({ path: input, message: messages.pathNotFound({ path: input }) });
            } else {
                problems.push({ path: input, message: messages.unreadable({ path: input, reason: describeError(stat) }) });
            }
        } else if (stat.isDirectory()) {
            add(await findPlaybooks(absolute), input, f => !rulesOf(f).within(absolute).ignores(f), messages.noPlaybooks({ path: input }));
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
        } else if (isPlaybookName(entry.name) && !entry.isDirectory()) {
            // Links, FIFOs and devices are kept so that reading them reports what they are.
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
        } else if (isPlaybookName(entry.name)) {
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

/** What a path that is not a regular file is, for the message that refuses it. */
function specialKind(stat: Stats): keyof typeof messages.specialFile | undefined {
    if (stat.isFIFO()) {
        return 'fifo';
    }
    if (stat.isCharacterDevice() || stat.isBlockDevice()) {
        return 'device';
    }
    if (stat.isSocket()) {
        return 'socket';
    }
    return stat.isFile() ? undefined : 'other';
}

/**
 * Reads a playbook as UTF-8 text, or says in one line why it cannot be read. Only regular files
 * are read, after symbolic links are followed: a device such as /dev/zero reports size 0 and
 * never ends, and opening a FIFO waits for a writer forever. The size limit counts the bytes
 * actually read, so a file that grows while it is read cannot get past it either.
 */
export async function readPlaybook(file: string, shown: string): Promise<{ text: string } | { problem: InputProblem }> {
    const refuse = (message: string) => ({ problem: { path: shown, message } });
    let handle: FileHandle | undefined;
    try {
        const stat = await fs.stat(file);
        if (stat.isDirectory()) {
            return refuse(messages.unreadable({ path: shown, reason: describeError(Object.assign(new Error('EISDIR'), { code: 'EISDIR' })) }));
        }
        const kind = specialKind(stat);
        if (kind) {
            return refuse(messages.specialFile[kind]({ path: shown }));
        }
        // Non-blocking, so that a file swapped for a FIFO since the stat cannot hang the open;
        // the open file is checked again, as it is the one read.
        handle = await fs.open(file, constants.O_RDONLY | constants.O_NONBLOCK);
        const opened = specialKind(await handle.stat());
        if (opened) {
            return refuse(messages.specialFile[opened]({ path: shown }));
        }
        return decodePlaybook(await readAtMost(handle, MAX_FILE_BYTES, stat.size), shown);
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
            return refuse(messages.pathNotFound({ path: shown }));
        }
        return refuse(messages.unreadable({ path: shown, reason: describeError(error as NodeJS.ErrnoException) }));
    } finally {
        await handle?.close();
    }
}

/** Playbook bytes as text (undefined: over the size limit), or the one line that refuses them. */
export function decodePlaybook(bytes: Buffer | undefined, shown: string): { text: string } | { problem: InputProblem } {
    const refuse = (message: string) => ({ problem: { path: shown, message } });
    if (bytes === undefined) {
        return refuse(messages.tooLarge({ path: shown, megabytes: MAX_FILE_BYTES / 1024 / 1024 }));
    }
    if (bytes.includes(0)) {
        return refuse(messages.binaryFile({ path: shown }));
    }
    try {
        return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
    } catch {
        return refuse(messages.notUtf8({ path: shown }));
    }
}

/**
 * The whole content, or undefined as soon as more than `limit` bytes have been read. `expected`
 * (the size the file had when it was looked at) sizes the buffers: a megabyte per read for
 * every file of a workspace was most of what a large check allocated outside the heap (two per
 * file, one of them for the read that finds the end), and the garbage collections that freed it.
 * The size is only a hint: a file that grows while it is read is read on, up to the limit.
 */
async function readAtMost(handle: FileHandle, limit: number, expected: number): Promise<Buffer | undefined> {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
        // A byte more than expected: a file of the size it had takes one buffer, the read that finds its end a small one.
        const wanted = Math.max(expected + 1 - total, MIN_READ_BYTES);
        const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK_BYTES, wanted, limit + 1 - total));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) {
            return Buffer.concat(chunks, total);
        }
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
        if (total > limit) {
            return undefined;
        }
    }
}
