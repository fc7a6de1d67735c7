// Builds one start-up snapshot of the language server (see snapshot.js), in the background:
//   node snapshot-build.js <bundle> <blob> <execArgv as JSON>
// It builds into a temporary file, starts a server from it and asks it to `initialize` over
// stdio, writes it to disk for good, and only then renames it into place and records its size,
// so that a server is never started from a snapshot that is partly written or does not answer.
// A snapshot that cannot be built is marked failed with the reason (snapshot-store.js), and no
// server builds that one again for a day.
import { spawn, spawnSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';
import { files, markFailed, RETRY_FAILED_MS, STALE_MS } from './snapshot-store.js';

const [bundle, blob, flags] = process.argv.slice(2);
const execArgv = JSON.parse(flags ?? '[]');
const KEEP = 4;
const lock = files.lock(blob);
const temporary = files.temporary(blob, process.pid);

/** Takes the lock, unless another builder holds a recent one. */
function takeLock() {
    try {
        fs.writeFileSync(lock, String(process.pid), { flag: 'wx', mode: 0o600 });
        return true;
    } catch (error) {
        if (error.code !== 'EEXIST' || Date.now() - modified(lock) < STALE_MS) {
            return false;
        }
        fs.writeFileSync(lock, String(process.pid), { mode: 0o600 });
        return true;
    }
}

/** A file's modification time; now, for a file another process just removed. */
function modified(file) {
    try {
        return fs.statSync(file).mtimeMs;
    } catch {
        return Date.now();
    }
}

/** Resolves when a server started from `file` answers `initialize`; rejects with what went wrong. */
function answersInitialize(file) {
    return new Promise((resolve, reject) => {
        const server = spawn(process.execPath, [...execArgv, '--snapshot-blob', file, 'playbook-language-server', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        let finished = false;
        const finish = error => {
            if (finished) {
                return;
            }
            finished = true;
            clearTimeout(timer);
            server.kill();
            if (error) {
                reject(error);
            } else {
                resolve();
            }
        };
        const timer = setTimeout(() => finish(new Error('the server started from the snapshot did not answer initialize within 60 s')), 60_000);
        const send = message => {
            const body = JSON.stringify({ jsonrpc: '2.0', ...message });
            server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        };
        server.stdout.on('data', chunk => {
            stdout += chunk;
            if (/"id":1\b/.test(stdout) && stdout.includes('"capabilities"')) {
                // It answered: that is all this asks of it (finish ends it).
                finish();
            }
        });
        server.stderr.on('data', chunk => { stderr += chunk; });
        server.on('error', finish);
        server.on('exit', code => finish(new Error(`the server started from the snapshot exited with code ${code}: ${stderr.trim().slice(-2000)}`)));
        server.stdin.on('error', () => undefined);
        send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    });
}

/** Writes a file's data (or a folder's entries) to the disk, so that a crash cannot leave it half there. */
function flush(file) {
    const descriptor = fs.openSync(file, 'r');
    try {
        fs.fsyncSync(descriptor);
    } finally {
        fs.closeSync(descriptor);
    }
}

/**
 * Keeps the four snapshots used last (the launcher touches a snapshot each time it runs one) and
 * any used in the last five minutes; removes their records with them, and what dead builders and
 * starts left behind: locks and temporary files after five minutes, start markers and failures
 * after a day.
 */
function prune(dir) {
    const names = fs.readdirSync(dir).filter(name => name.startsWith('server-'));
    const ages = new Map(names.map(name => [name, Date.now() - modified(path.join(dir, name))]));
    const age = name => ages.get(name);
    const blobs = names.filter(name => name.endsWith('.blob')).sort((a, b) => age(a) - age(b));
    const removed = [
        ...blobs.slice(KEEP).filter(name => age(name) > STALE_MS).flatMap(name => [name, path.basename(files.ok(name))]),
        ...names.filter(name => /\.(lock|tmp)$/.test(name) && age(name) > STALE_MS),
        ...names.filter(name => /\.(failed|starting-\d+)$/.test(name) && age(name) > RETRY_FAILED_MS),
    ];
    for (const name of removed) {
        fs.rmSync(path.join(dir, name), { force: true });
    }
}

async function build() {
    const result = spawnSync(process.execPath, [...execArgv, '--snapshot-blob', temporary, '--build-snapshot', bundle], {
        stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000, encoding: 'utf8',
    });
    if (result.status !== 0 || !fs.existsSync(temporary)) {
        const reason = result.error ? result.error.message : `exit code ${result.status}`;
        throw new Error(`node --build-snapshot failed (${reason}): ${(result.stderr ?? '').trim().slice(-2000)}`);
    }
    await answersInitialize(temporary);
    flush(temporary);
    const { size } = fs.statSync(temporary);
    fs.renameSync(temporary, blob);
    // The size last: until it is there, the launcher does not run the snapshot.
    fs.writeFileSync(files.ok(blob), `${size}\n`, { mode: 0o600 });
    flush(files.ok(blob));
    try {
        flush(path.dirname(blob));
    } catch {
        // A folder cannot be opened for fsync on every system; the files themselves are on disk.
    }
    // A failure a day old that this build retried no longer applies.
    fs.rmSync(files.failed(blob), { force: true });
}

if (bundle && blob && takeLock()) {
    try {
        await build();
    } catch (error) {
        try {
            markFailed(blob, error.message);
        } catch {
            // The folder went away (a cache cleaned up while this built): nothing to mark.
        }
    } finally {
        fs.rmSync(temporary, { force: true });
        fs.rmSync(lock, { force: true });
    }
    try {
        prune(path.dirname(blob));
    } catch {
        // Pruning is housekeeping: the next build tries again.
    }
}
