import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeError } from '../files.js';
import type { CliIo } from '../io.js';
import { messages } from '../messages.js';
import { sameFile, writeFileSafely } from '../safe-write.js';

/**
 * Writes a command's result to `--output FILE` (creating its folder; a safe write, see
 * writeFileSafely) or to the standard output; returns false, having said why in one line, when
 * the file cannot be written or is one of the command's inputs (which it would overwrite).
 */
export async function writeOutput(text: string, output: string | undefined, io: CliIo, inputs: readonly string[] = []): Promise<boolean> {
    if (output === undefined || output === '-') {
        if (text !== '') {
            // out() ends the line itself: a text that ends with one gets no second, empty line.
            io.out(text.endsWith('\n') ? text.slice(0, -1) : text);
        }
        return true;
    }
    const file = path.resolve(io.cwd, output);
    for (const input of inputs) {
        if (await sameFile(file, input)) {
            io.err(messages.outputIsInput({ path: output }));
            return false;
        }
    }
    try {
        await fs.mkdir(path.dirname(file), { recursive: true });
        await writeFileSafely(file, text.endsWith('\n') || text === '' ? text : text + '\n');
        return true;
    } catch (error) {
        io.err(messages.cannotWrite({ path: output, reason: describeError(error as NodeJS.ErrnoException) }));
        return false;
    }
}
