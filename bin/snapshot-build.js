// Builds one start-up snapshot of the language server (see snapshot.js), in the background:
//   node snapshot-build.js <bundle> <blob> <execArgv as JSON>
// It builds into a temporary file, starts a server from it and asks it to `initialize` over
// stdio, and only then renames it into place, so that a server is never started from a snapshot
// that is partly written or does not answer. A snapshot that cannot be built leaves
// `<blob>.failed` with the reason, and no server builds that one again for a day.
import { spawn, spawnSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import path from 'node:path';

const [bundle, blob, flags] = process.argv.slice(2);
const execArgv = JSON.parse(flags ?? '[]');
const KEEP = 4;
const STALE_LOCK_MS = 5 * 60_000;
const lock = `${blob}.lock`;
const temporary = `${blob}.${process.pid}.tmp`;

/** Takes the lock, unless another builder holds a recent one. */
function takeLock() {
    try {
        fs.writeFileSync(lock, String(process.pid), { flag: 'wx', mode: 0o600 });
        return true;
    } catch (error) {
        if (error.code !== 'EEXIST' || Date.now() - fs.statSync(lock).mtimeMs < STALE_LOCK_MS) {
            return false;
        }
        fs.writeFileSync(lock, String(process.pid), { mode: 0o600 });
        return true;
    }
}

/** Resolves when a server started from `file` answers `initialize`; rejects with what went wrong. */
function answersInitialize(file) {
    return new Promise((resolve, reject) => {
        const server = spawn(process.execPath, [...execArgv, '--snapshot-blob', file, 'playbook-language-server', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        const timer = setTimeout(() => finish(new Error('the server started from the snapshot did not answer initialize within 60 s')), 60_000);
        const send = message => {
            const body = JSON.stringify({ jsonrpc: '2.0', ...message });
            server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
        };
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

/** Deletes all but the newest snapshots (and their markers) in the folder. */
function prune(dir) {
    const entries = fs.readdirSync(dir)
        .filter(name => /^server-[0-9a-f]+\.blob(\.failed)?$/.test(name))
        .map(name => ({ name, mtime: fs.statSync(path.join(dir, name)).mtimeMs }))
        .sort((a, b) => b.mtime - a.mtime);
    for (const entry of entries.slice(KEEP)) {
        fs.rmSync(path.join(dir, entry.name), { force: true });
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
    fs.renameSync(temporary, blob);
    // A failure a day old that this build retried no longer applies.
    fs.rmSync(`${blob}.failed`, { force: true });
    prune(path.dirname(blob));
}

if (bundle && blob && takeLock()) {
    try {
        await build();
    } catch (error) {
        fs.writeFileSync(`${blob}.failed`, `${new Date().toISOString()} ${error.message}\n`, { mode: 0o600 });
    } finally {
        fs.rmSync(temporary, { force: true });
        fs.rmSync(lock, { force: true });
    }
}
