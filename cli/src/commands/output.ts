import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeError } from '../files.js';
import type { CliIo } from '../io.js';
import { messages } from '../messages.js';

/**
 * Writes a command's result to `--output FILE` (creating its folder) or to the standard output;
 * returns false, having said why in one line, when the file cannot be written.
 */
export async function writeOutput(text: string, output: string | undefined, io: CliIo): Promise<boolean> {
    if (output === undefined || output === '-') {
        if (text !== '') {
            io.out(text);
        }
        return true;
    }
    const file = path.resolve(io.cwd, output);
    try {
        await fs.mkdir(path.dirname(file), { recursive: true });
        await fs.writeFile(file, text.endsWith('\n') || text === '' ? text : text + '\n');
        return true;
    } catch (error) {
        io.err(messages.cannotWrite({ path: output, reason: describeError(error as NodeJS.ErrnoException) }));
        return false;
    }
}
