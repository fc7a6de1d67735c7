// The harness's self-check: a deliberately broken copy of the installed extension must make the run fail.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** Replaces the installed copy's client bundle (never the repository's) with one whose activate() throws. */
export function breakActivation(installedExtension: string): void {
    writeFileSync(path.join(installedExtension, 'dist', 'client.cjs'), [
        '"use strict";',
        'exports.activate = function () { throw new Error("Deliberately broken by the end-to-end harness (--break-activation)."); };',
        'exports.deactivate = function () {};',
        '',
    ].join('\n'));
}
