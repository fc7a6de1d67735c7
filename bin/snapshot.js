// Starts the language server from a start-up snapshot of its bundle: a V8 heap with the bundle
// loaded and the parsers built, which Node deserialises instead of running the bundle's set-up
// (`initialize` answered in about 150 ms instead of 245; docs/startup-snapshot.md). A snapshot
// only works with the Node.js binary and flags that built it, so each user's cache holds one
// per Node.js, flags and bundle, built in the background the first time a server starts without
// one; that server, and any start where a snapshot cannot be used, runs the bundle as before.
// Kept to plain JavaScript, like launch.js: it runs before the bundle.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundle the snapshot is built from: the same one the server runs without a snapshot. */
export const SERVER_BUNDLE = fileURLToPath(new URL('../dist/server.cjs', import.meta.url));
const BUILDER = fileURLToPath(new URL('./snapshot-build.js', import.meta.url));

/**
 * Transports a server started from a snapshot can use. `--node-ipc` is left out: its channel is
 * a file descriptor Node opened for this process, which need not survive the exec.
 */
const SNAPSHOT_TRANSPORT = /^--(stdio|socket=.+|pipe=.+)$/;

/** `PLAYBOOK_SNAPSHOT=off` (or 0, false, no) runs the bundle without a snapshot, and builds none. */
export function snapshotsDisabled(env = process.env) {
    return /^(0|off|false|no)$/i.test(env.PLAYBOOK_SNAPSHOT ?? '');
}

/** Where this user's snapshots live: `$XDG_CACHE_HOME` (when absolute, as the XDG specification asks), else the platform's cache folder. */
export function snapshotDir(env = process.env) {
    const base = (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : undefined)
        || (process.platform === 'darwin' ? path.join(os.homedir(), 'Library', 'Caches') : path.join(os.homedir(), '.cache'));
    return path.join(base, 'incident-playbooks', 'snapshots');
}

/**
 * The snapshot's file for this Node.js, its flags and the bundle's content. Node refuses (and
 * exits on) a snapshot another binary or other V8 flags built, so all of them are in the name.
 */
export function snapshotFile(dir, bundle = SERVER_BUNDLE, env = process.env) {
    const hash = createHash('sha256');
    hash.update(JSON.stringify([process.version, process.arch, process.platform, process.execArgv, env.NODE_OPTIONS ?? '']));
    hash.update(fs.readFileSync(bundle));
    return path.join(dir, `server-${hash.digest('hex').slice(0, 32)}.blob`);
}

/**
 * Makes the folder, and accepts it only if it is this user's own and nobody else can write to it:
 * a snapshot is code this process will run.
 */
function ownFolder(dir) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = fs.lstatSync(dir);
    const mine = typeof process.getuid !== 'function' || stat.uid === process.getuid();
    return stat.isDirectory() && mine && (stat.mode & 0o022) === 0;
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
    try {
        const dir = snapshotDir(env);
        if (!ownFolder(dir)) {
            return;
        }
        blob = snapshotFile(dir, SERVER_BUNDLE, env);
    } catch {
        // No home, a read-only cache, a missing bundle (which the caller reports): no snapshot.
        return;
    }
    if (fs.existsSync(blob)) {
        try {
            // Node.js 22 and 24 abort the process when execve(2) fails (later versions throw); the one
            // failure a user can cause, a Node.js binary removed by an upgrade, is checked first.
            fs.accessSync(process.execPath, fs.constants.X_OK);
            // The first argument after the blob stands where a script's path would: Node passes
            // it as argv[1], and the connection reads its transport from argv[2] on.
            process.execve(process.execPath, [process.execPath, ...process.execArgv, '--snapshot-blob', blob, program, ...args], env);
        } catch {
            // The binary is gone, or a newer Node.js reports a refused exec: run the bundle.
        }
        return;
    }
    if (!failedRecently(blob)) {
        buildInBackground(blob, env);
    }
}

/** A day, after which a snapshot that failed to build is tried again (the cause may have passed: a full disk, a loaded machine). */
const RETRY_FAILED_MS = 24 * 60 * 60_000;

/** True when the builder marked this snapshot failed less than a day ago. */
function failedRecently(blob) {
    try {
        return Date.now() - fs.statSync(`${blob}.failed`).mtimeMs < RETRY_FAILED_MS;
    } catch {
        return false;
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
