import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Replaces a file's content as a whole or not at all: the text goes to a temporary file in the
 * same folder (so that the rename stays on one file system), is flushed to disk, takes the old
 * file's permissions, and is renamed over the target. A run killed half-way leaves the old file
 * and, at worst, a stray `.name.*.tmp` beside it; never a truncated playbook. A target that is
 * not a regular file (a device, a FIFO) is written to directly.
 */
export async function writeFileSafely(target: string, text: string): Promise<void> {
    // Through a link, the file it points at is replaced and the link stays a link.
    const file = await fs.realpath(target).catch(() => target);
    const existing = await fs.stat(file).catch(() => undefined);
    if (existing && !existing.isFile()) {
        // `-o /dev/stdout` or a FIFO: there is no file to replace, only a stream to write to.
        await fs.writeFile(file, text);
        return;
    }
    const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const mode = existing ? existing.mode & 0o7777 : undefined;
    const handle = await fs.open(temporary, 'wx', mode ?? 0o666);
    try {
        try {
            await handle.writeFile(text);
            await handle.sync();
            if (mode !== undefined) {
                // The umask applied at creation; the playbook keeps exactly the permissions it had.
                await handle.chmod(mode);
            }
        } finally {
            await handle.close();
        }
        await fs.rename(temporary, file);
    } catch (error) {
        await fs.rm(temporary, { force: true });
        throw error;
    }
}

/** True when two paths name the same file: the same path once links are resolved, or the same inode. */
export async function sameFile(a: string, b: string): Promise<boolean> {
    if (path.resolve(a) === path.resolve(b)) {
        return true;
    }
    const [first, second] = await Promise.all([fs.stat(a).catch(() => undefined), fs.stat(b).catch(() => undefined)]);
    return first !== undefined && second !== undefined && first.dev === second.dev && first.ino === second.ino;
}
