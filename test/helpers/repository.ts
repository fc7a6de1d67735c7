import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/** The repository's root. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The repository's tracked files that match the git pathspecs, with their text, in git's order. */
export function trackedFiles(...pathspecs: string[]): Array<{ file: string; text: string }> {
    return execFileSync('git', ['ls-files', ...pathspecs], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean)
        .map(file => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));
}
