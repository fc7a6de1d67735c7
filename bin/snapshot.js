// Starts the language server from a start-up snapshot of its bundle: a V8 heap with the bundle
// loaded and the parsers built, which Node deserialises instead of running the bundle's set-up
// (`initialize` answered in about 150 ms instead of 245; docs/startup-snapshot.md). A snapshot
// only works with the Node.js binary that built it, so each user's cache holds one per Node.js,
// flags and bundle, built in the background the first time a server starts without one; that
// server, and any start where a snapshot cannot be used, runs the bundle as before.
// Kept to plain JavaScript, like launch.js: it runs before the bundle.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
    failedRecently, files, markFailed, runnable, snapshotDir, snapshotFile, START_GRACE_MS, STARTING_VARIABLE, trustedFolder,
} from './snapshot-store.js';

/** The bundle the snapshot is built from: the same one the server runs without a snapshot. */
const SERVER_BUNDLE = fileURLToPath(new URL('../dist/server.cjs', import.meta.url));
const BUILDER = fileURLToPath(new URL('./snapshot-build.js', import.meta.url));

/**
 * Transports a server started from a snapshot can use. `--node-ipc` is left out: its channel is
 * a file descriptor Node opened for this process, which need not survive the exec.
 */
const SNAPSHOT_TRANSPORT = /^--(stdio|socket=.+|pipe=.+)$/;

/** `PLAYBOOK_SNAPSHOT=off` (or 0, false, no) runs the bundle without a snapshot, and builds none. */
function snapshotsDisabled(env) {
    return /^(0|off|false|no)$/i.test(env.PLAYBOOK_SNAPSHOT ?? '');
}

/**
 * True when an earlier start from this snapshot never reached the server's code (its marker is
 * still there after START_GRACE_MS): the snapshot is broken, whatever its size says.
 */
function startsFailed(blob) {
    const dir = path.dirname(blob);
    const prefix = path.basename(files.starting(blob, ''));
    return fs.readdirSync(dir).some(name => name.startsWith(prefix) && Date.now() - fs.statSync(path.join(dir, name)).mtimeMs > START_GRACE_MS);
}

/**
 * Replaces this process with a server started from the snapshot, when there is one; otherwise
 * starts building it in the background and returns, and the caller runs the bundle. Returns
 * only when the snapshot is not used.
 */
export function startFromSnapshot(program, args, env = process.env) {
    if (snapshotsDisabled(env) || typeof process.execve !== 'function' || !args.some(arg => SNAPSHOT_TRANSPORT.test(arg))) {
        return;
    }
    let blob;
    let ready;
    try {
        const dir = trustedFolder(snapshotDir(env));
        if (dir === undefined) {
            return;
        }
        blob = snapshotFile(dir, SERVER_BUNDLE, env);
        ready = runnable(blob);
        if (ready && startsFailed(blob)) {
            markFailed(blob, 'a server started from it never reached its own code (it crashed or hung while Node.js loaded it)');
            ready = false;
        }
    } catch {
        // No home, a read-only cache, a missing bundle (which the caller reports): no snapshot.
        return;
    }
    if (ready) {
        const marker = files.starting(blob, process.pid);
        try {
            // Node.js 22 and 24 abort the process when execve(2) fails (later versions throw); the one
            // failure a user can cause, a Node.js binary removed by an upgrade, is checked first.
            fs.accessSync(process.execPath, fs.constants.X_OK);
            // Used now: the builder's pruning keeps the snapshots used last.
            const now = new Date();
            fs.utimesSync(blob, now, now);
            // The server removes the marker once it runs (server/src/main.ts); the process id stays across the exec.
            fs.writeFileSync(marker, '', { mode: 0o600 });
            // The first argument after the blob stands where a script's path would: Node passes
            // it as argv[1], and the connection reads its transport from argv[2] on.
            process.execve(process.execPath, [process.execPath, ...process.execArgv, '--snapshot-blob', blob, program, ...args],
                { ...env, [STARTING_VARIABLE]: marker });
        } catch {
            // The binary is gone, or a newer Node.js reports a refused exec: run the bundle.
            fs.rmSync(marker, { force: true });
        }
        return;
    }
    if (!failedRecently(blob)) {
        buildInBackground(blob, env);
    }
}

/** Starts snapshot-build.js detached and at low priority; this server does not wait for it. */
function buildInBackground(blob, env) {
    try {
        const child = spawn(process.execPath, [BUILDER, SERVER_BUNDLE, blob, JSON.stringify(process.execArgv)], { detached: true, stdio: 'ignore', env });
        child.on('error', () => undefined);
        if (child.pid !== undefined) {
            try {
                os.setPriority(child.pid, 19);
            } catch {
                // Not allowed here: it builds at normal priority.
            }
        }
        child.unref();
    } catch {
        // Could not spawn: the next start tries again.
    }
}
