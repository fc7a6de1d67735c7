import { rmSync } from 'node:fs';
import { STARTING_VARIABLE } from '../../../bin/snapshot-store.js';

/**
 * Tells the launcher that this start from a snapshot reached the server's code: removes the
 * marker it wrote before the exec (bin/snapshot.js), whose path it passed in the environment. A
 * marker left behind means the snapshot crashed or hung while Node.js loaded it, and the next
 * start runs the bundle instead. The variable is removed too, so that no process this server
 * starts inherits it.
 */
export function startedFromSnapshot(env: NodeJS.ProcessEnv = process.env): void {
    const marker = env[STARTING_VARIABLE];
    delete env[STARTING_VARIABLE];
    if (marker) {
        rmSync(marker, { force: true });
    }
}
