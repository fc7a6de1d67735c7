import * as path from 'node:path';
import { decodePlaybook, MAX_FILE_BYTES, shownPath } from '../files.js';
import { EXIT, type CliIo } from '../io.js';
import { messages } from '../messages.js';

/** The name the standard input gets when `--stdin-filename` does not give one. */
const STDIN_NAME = '<stdin>';

/**
 * The standard input as a playbook standing for a file (`--stdin-filename`: its imports resolve
 * from there, its config is that file's), with the same limits as a file; or the exit code
 * after the one line that says why not.
 */
export async function readStdinPlaybook(positionals: readonly string[], filename: string | undefined, io: CliIo): Promise<{ file: string; text: string } | number> {
    if (positionals.length > 0) {
        io.err(messages.stdinWithPaths({ command: 'check' }));
        return EXIT.usage;
    }
    const file = path.resolve(io.cwd, filename ?? STDIN_NAME);
    const bytes = io.readStdin ? await io.readStdin(MAX_FILE_BYTES) : Buffer.alloc(0);
    const decoded = decodePlaybook(bytes, shownPath(file, io.cwd));
    if ('problem' in decoded) {
        io.err(decoded.problem.message);
        return EXIT.usage;
    }
    return { file, text: decoded.text };
}
