// The cache of start-up snapshots: where it is, what its files are called and when one may be
// run. The launcher (snapshot.js) and the builder (snapshot-build.js) both go through here, so
// that they agree on every name. Plain JavaScript, like launch.js: it runs before the bundle.
//
//   server-<key>.blob             the snapshot, put in place only once it has answered `initialize`
//   server-<key>.blob.ok          its size in bytes, written after it: a blob of another size is not run
//   server-<key>.blob.failed      why it could not be built, or did not start; not retried for a day
//   server-<key>.blob.lock        a builder at work (stale after five minutes)
//   server-<key>.blob.<pid>.tmp   a builder's snapshot being written
//   server-<key>.blob.starting-<pid>  a server being started from it; the server removes it
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A lock, a temporary file or a start older than this belongs to a builder or start that died. */
export const STALE_MS = 5 * 60_000;
/** A day, after which a snapshot that failed is tried again (a full disk, a loaded machine pass). */
export const RETRY_FAILED_MS = 24 * 60 * 60_000;
/** A server started from a snapshot reaches its own code within this, or the snapshot is broken. */
export const START_GRACE_MS = 10_000;
/** The environment variable that tells a server started from a snapshot which start marker is its own. */
export const STARTING_VARIABLE = 'PLAYBOOK_SNAPSHOT_STARTING';

export const files = {
    ok: blob => `${blob}.ok`,
    failed: blob => `${blob}.failed`,
    lock: blob => `${blob}.lock`,
    temporary: (blob, pid) => `${blob}.${pid}.tmp`,
    starting: (blob, pid) => `${blob}.starting-${pid}`,
};

/** Where this user's snapshots live: `$XDG_CACHE_HOME` (when absolute, as the XDG specification asks), else the platform's cache folder. */
export function snapshotDir(env = process.env) {
    const base = (env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : undefined)
        || (process.platform === 'darwin' ? path.join(os.homedir(), 'Library', 'Caches') : path.join(os.homedir(), '.cache'));
    return path.join(base, 'incident-playbooks', 'snapshots');
}

/**
 * The snapshot's file for this Node.js binary, its flags and the bundle's content. A snapshot
 * holds the heap of the binary that built it (Node aborts on one from another build, even of the
 * same version: a musl and a glibc Node.js sharing a home), so the binary's identity is in the name,
 * and the flags too, to be safe.
 */
export function snapshotFile(dir, bundle, env = process.env) {
    const binary = fs.statSync(process.execPath);
    const hash = createHash('sha256');
    hash.update(JSON.stringify([process.version, process.arch, process.platform, process.execPath, binary.size, binary.mtimeMs, binary.ino,
        process.execArgv, env.NODE_OPTIONS ?? '']));
    hash.update(fs.readFileSync(bundle));
    return path.join(dir, `server-${hash.digest('hex').slice(0, 32)}.blob`);
}

/** Owned by this user (or root, for the folders above a home), and writable by nobody else. */
function trusted(stat, allowRoot) {
    const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
    const owner = uid === undefined || stat.uid === uid || (allowRoot && stat.uid === 0);
    // A sticky folder (/tmp) lets others add entries but not replace this user's own.
    const guarded = (stat.mode & 0o022) === 0 || (stat.isDirectory() && (stat.mode & 0o1000) !== 0);
    return owner && guarded;
}

/**
 * Makes the folder and returns its real path, if it and every folder above it is this user's or
 * root's and nobody else can replace what is in it: a snapshot is code this process will run.
 * Undefined otherwise.
 */
export function trustedFolder(dir) {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    const real = fs.realpathSync(dir);
    if ((fs.statSync(real).mode & 0o077) !== 0) {
        return undefined;
    }
    for (let folder = real; ; folder = path.dirname(folder)) {
        if (!trusted(fs.statSync(folder), true)) {
            return undefined;
        }
        if (path.dirname(folder) === folder) {
            return real;
        }
    }
}

/** True when the blob is a file of this user's, writable by nobody else, of the size its builder recorded. */
export function runnable(blob) {
    try {
        const stat = fs.lstatSync(blob);
        return stat.isFile() && trusted(stat, false) && String(stat.size) === fs.readFileSync(files.ok(blob), 'utf8').trim();
    } catch {
        return false;
    }
}

/** True when the blob was marked failed less than a day ago. */
export function failedRecently(blob) {
    try {
        return Date.now() - fs.statSync(files.failed(blob)).mtimeMs < RETRY_FAILED_MS;
    } catch {
        return false;
    }
}

/** Marks the blob failed, with the reason, and removes it: no server is started from it for a day. */
export function markFailed(blob, reason) {
    fs.writeFileSync(files.failed(blob), `${new Date().toISOString()} ${reason}\n`, { mode: 0o600 });
    fs.rmSync(files.ok(blob), { force: true });
    fs.rmSync(blob, { force: true });
}
