import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { Buffer } from 'node:buffer';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { open, serverBuilt, startServer, type ServerSession } from '../helpers/server-session.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILDER = path.join(ROOT, 'bin', 'snapshot-build.js');

/** The command line a process runs now (after an exec, the new one). */
function commandLine(session: ServerSession): string[] {
    return readFileSync(`/proc/${session.process.pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
}

function startedFromSnapshot(session: ServerSession): boolean {
    return commandLine(session).includes('--snapshot-blob');
}

/** The snapshots in a cache folder, and what else is there (builders' locks and temporary files). */
function cacheContents(cache: string): { blobs: string[]; others: string[] } {
    const dir = path.join(cache, 'incident-playbooks', 'snapshots');
    const names = existsSync(dir) ? readdirSync(dir) : [];
    return {
        blobs: names.filter(name => /^server-[0-9a-f]{32}\.blob$/.test(name)),
        others: names.filter(name => !name.endsWith('.blob') && !name.endsWith('.blob.ok')),
    };
}

/** Polls every 250 ms, for at most 3 minutes, until `done` holds; true when it did. */
async function eventually(done: () => boolean): Promise<boolean> {
    for (let waited = 0; waited < 180_000; waited += 250) {
        if (done()) {
            return true;
        }
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    return done();
}

/** Waits until the folder holds `count` snapshots and no builder is at work. */
async function snapshotsBuilt(cache: string, count: number): Promise<string[]> {
    const built = await eventually(() => {
        const { blobs, others } = cacheContents(cache);
        assert.deepEqual(others.filter(name => name.endsWith('.failed')), [], 'a snapshot failed to build');
        return blobs.length >= count && others.length === 0;
    });
    if (!built) {
        throw new Error(`no ${count} snapshot(s) in ${cache} after 3 minutes: ${JSON.stringify(cacheContents(cache))}`);
    }
    return cacheContents(cache).blobs;
}

/** What a server answers on a sample: its diagnostics, outline, a hover and a completion. */
async function answers(session: ServerSession, folder: string): Promise<unknown> {
    const file = path.join(folder, 'playbooks', 'data-breach.playbook');
    const uri = pathToFileURL(file).toString();
    const text = readFileSync(file, 'utf8');
    await open(session, uri, text);
    const diagnostics = await session.waitForDiagnostics(uri, () => true);
    const symbols = await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Array<{ selectionRange: { start: unknown } }>;
    const at = symbols[0]!.selectionRange.start;
    const hover = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: at });
    const lines = text.split('\n').length;
    const completion = await session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: lines - 1, character: 0 } });
    return { diagnostics, symbols, hover, completion };
}

describe('the language server\'s start-up snapshot (bin/snapshot.js)', function () {
    let cache: string;
    let folder: string;
    const env = () => ({ PLAYBOOK_SNAPSHOT: 'on', XDG_CACHE_HOME: cache });

    before(function () {
        if (process.platform !== 'linux') {
            this.skip();
        }
        assert.ok(serverBuilt(), 'dist/server.cjs is missing: run npm run build first.');
        cache = mkdtempSync(path.join(tmpdir(), 'snapshot-cache-'));
        folder = mkdtempSync(path.join(tmpdir(), 'snapshot-samples-'));
        cpSync(path.join(ROOT, 'samples'), folder, { recursive: true });
    });

    /** The snapshot for this Node.js, built by a first start unless an earlier test already did. */
    async function snapshotReady(): Promise<void> {
        if (cacheContents(cache).blobs.length === 0) {
            const first = await startServer(folder, { env: env() });
            await first.stop();
        }
        await snapshotsBuilt(cache, 1);
    }

    /** The snapshot a server with the tests' own Node.js flags starts from (after snapshotReady). */
    async function ownSnapshot(): Promise<string> {
        await snapshotReady();
        const probe = await startServer(folder, { env: env() });
        const argv = commandLine(probe);
        await probe.stop();
        assert.ok(argv.includes('--snapshot-blob'), `no snapshot was used: ${argv.join(' ')}`);
        return argv[argv.indexOf('--snapshot-blob') + 1]!;
    }

    after(() => {
        rmSync(cache, { recursive: true, force: true });
        rmSync(folder, { recursive: true, force: true });
    });

    it('is built in the background by the first start, used by the next, and answers as the bundle does', async () => {
        // The builder inherits the first server's environment; the snapshot must not keep it.
        const first = await startServer(folder, { env: { ...env(), TZ: 'Pacific/Kiritimati', LANG: 'pl_PL.UTF-8', LC_ALL: 'pl_PL.UTF-8' } });
        assert.equal(startedFromSnapshot(first), false, 'the first start has no snapshot to use');
        await first.stop();
        const [blob] = await snapshotsBuilt(cache, 1);
        const here = { TZ: 'America/St_Johns', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
        const bundled = await startServer(folder, { env: { ...env(), ...here, PLAYBOOK_SNAPSHOT: 'off' } });
        const fromBundle = await answers(bundled, folder);
        await bundled.stop();
        const dir = path.join(cache, 'incident-playbooks', 'snapshots');
        assert.equal(statSync(dir).mode & 0o777, 0o700, 'the cache folder is the user\'s alone');

        const second = await startServer(folder, { env: { ...env(), ...here } });
        try {
            const argv = commandLine(second);
            assert.ok(startedFromSnapshot(second), `started without the snapshot: ${argv.join(' ')}`);
            assert.equal(argv[argv.indexOf('--snapshot-blob') + 1], path.join(dir, blob!));
            assert.deepEqual(argv.slice(-2), ['playbook-language-server', '--stdio']);
            assert.deepEqual(await answers(second, folder), fromBundle);
        } finally {
            await second.stop();
        }
    });

    it('still ends the server when the editor process named by --clientProcessId is gone', async () => {
        await snapshotReady();
        const editor = spawn(process.execPath, ['-e', 'setTimeout(() => undefined, 120_000)'], { stdio: 'ignore' });
        const server = await startServer(folder, { env: env(), args: [`--clientProcessId=${editor.pid}`] });
        assert.ok(startedFromSnapshot(server));
        const exited = new Promise<number | null>(resolve => server.process.on('exit', code => resolve(code)));
        editor.kill();
        // vscode-languageserver exits 1 when its client vanished without `shutdown`; so does the
        // snapshot's watch, which checks every 3 s.
        const timeout = new Promise<string>(resolve => setTimeout(() => resolve('still running after 30 s'), 30_000).unref());
        const outcome = await Promise.race([exited, timeout]);
        if (outcome === 'still running after 30 s') {
            await server.stop();
        }
        assert.equal(outcome, 1);
    });

    it('is not used, nor built, when PLAYBOOK_SNAPSHOT is off', async () => {
        await snapshotReady();
        const off = await startServer(folder, { env: { ...env(), PLAYBOOK_SNAPSHOT: 'off' } });
        assert.equal(startedFromSnapshot(off), false);
        await off.stop();
        const empty = mkdtempSync(path.join(tmpdir(), 'snapshot-off-'));
        try {
            const none = await startServer(folder, { env: { PLAYBOOK_SNAPSHOT: 'off', XDG_CACHE_HOME: empty } });
            await none.stop();
            await new Promise(resolve => setTimeout(resolve, 2_000));
            assert.deepEqual(readdirSync(empty), [], 'a server told not to use snapshots wrote to the cache');
        } finally {
            rmSync(empty, { recursive: true, force: true });
        }
    });

    it('is not used from a folder others can write to, or below one', async () => {
        await snapshotReady();
        const dir = path.join(cache, 'incident-playbooks', 'snapshots');
        for (const [folderOthersWrite, mode] of [[dir, 0o777], [cache, 0o777], [cache, 0o775]] as const) {
            const before = statSync(folderOthersWrite).mode & 0o7777;
            chmodSync(folderOthersWrite, mode);
            try {
                const shared = await startServer(folder, { env: env() });
                assert.equal(startedFromSnapshot(shared), false, `run from a snapshot anyone could have replaced (${folderOthersWrite} ${mode.toString(8)})`);
                await shared.stop();
            } finally {
                chmodSync(folderOthersWrite, before);
            }
        }
        const trusted = await startServer(folder, { env: env() });
        assert.ok(startedFromSnapshot(trusted), 'not run once the folders were the user\'s alone again');
        await trusted.stop();
    });

    it('is one per set of Node.js flags: other flags run the bundle and build their own', async () => {
        await snapshotReady();
        const flagged = await startServer(folder, { env: { ...env(), NODE_OPTIONS: '--max-old-space-size=3000' } });
        assert.equal(startedFromSnapshot(flagged), false, 'a snapshot built without the flag was used with it');
        await flagged.stop();
        await snapshotsBuilt(cache, 2);
        const again = await startServer(folder, { env: { ...env(), NODE_OPTIONS: '--max-old-space-size=3000' } });
        assert.ok(startedFromSnapshot(again));
        await again.stop();
    });

    it('is not built again for a day after it failed, and then is', async () => {
        const blob = await ownSnapshot();
        rmSync(blob);
        writeFileSync(`${blob}.failed`, 'a failure the test made\n');
        const recent = await startServer(folder, { env: env() });
        assert.equal(startedFromSnapshot(recent), false);
        await recent.stop();
        await new Promise(resolve => setTimeout(resolve, 2_000));
        assert.equal(existsSync(blob), false, 'rebuilt although it failed moments ago');
        assert.deepEqual(cacheContents(cache).others, [path.basename(`${blob}.failed`)], 'a builder started');
        const dayAndMore = (Date.now() - 25 * 60 * 60_000) / 1000;
        utimesSync(`${blob}.failed`, dayAndMore, dayAndMore);
        const later = await startServer(folder, { env: env() });
        await later.stop();
        assert.ok(await eventually(() => existsSync(blob)), 'not rebuilt a day after it failed');
        await snapshotsBuilt(cache, 1);
        assert.equal(existsSync(`${blob}.failed`), false, 'the old failure was kept beside the snapshot that replaced it');
    });

    it('is not run when its size is not the one its builder recorded, and is built again', async () => {
        const blob = await ownSnapshot();
        truncateSync(blob, 1024);
        const damaged = await startServer(folder, { env: env() });
        assert.equal(startedFromSnapshot(damaged), false, 'a truncated snapshot was run');
        await damaged.stop();
        await snapshotsBuilt(cache, 1);
        await eventually(() => statSync(blob).size !== 1024);
        const again = await startServer(folder, { env: env() });
        assert.ok(startedFromSnapshot(again), 'the rebuilt snapshot was not run');
        await again.stop();
    });

    it('that crashes while Node.js loads it costs one start: the next ones run the bundle', async () => {
        const blob = await ownSnapshot();
        // Same size, so the size check passes; Node.js aborts on reading it.
        writeFileSync(blob, Buffer.alloc(statSync(blob).size));
        const crashed = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'playbook-language-server.js'), '--stdio'], {
            cwd: folder, env: { ...process.env, ...env() }, input: '', encoding: 'utf8', timeout: 60_000,
        });
        assert.notEqual(crashed.status, 0, 'a snapshot of zeros started');
        // Another start within the grace period could be one still on its way, so the mark waits for it.
        await new Promise(resolve => setTimeout(resolve, 10_500));
        const next = await startServer(folder, { env: env() });
        assert.equal(startedFromSnapshot(next), false, 'the broken snapshot was run again');
        await next.stop();
        assert.equal(existsSync(blob), false, 'the broken snapshot was kept');
        assert.match(readFileSync(`${blob}.failed`, 'utf8'), /never reached its own code/);
        rmSync(`${blob}.failed`);
    });

    it('keeps the four snapshots used last, and clears what dead builders and starts left', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'snapshot-prune-'));
        try {
            const name = (i: number) => `server-${String(i).padStart(32, '0')}.blob`;
            const daysAgo = (file: string, days: number) => {
                const when = (Date.now() - days * 24 * 60 * 60_000) / 1000;
                utimesSync(path.join(dir, file), when, when);
            };
            for (let i = 1; i <= 6; i++) {
                writeFileSync(path.join(dir, name(i)), 'x');
                writeFileSync(path.join(dir, `${name(i)}.ok`), '1\n');
                daysAgo(name(i), 10 - i);
            }
            for (const [file, days] of [[`${name(1)}.lock`, 1], [`${name(1)}.77.tmp`, 1], [`${name(2)}.failed`, 2], [`${name(3)}.starting-5`, 2],
                [`${name(4)}.failed`, 0.5], [`${name(4)}.88.tmp`, 0]] as const) {
                writeFileSync(path.join(dir, file), '');
                daysAgo(file, days);
            }
            const bundle = path.join(dir, 'throws.cjs');
            writeFileSync(bundle, 'throw new Error("broken bundle");\n');
            const result = spawnSync(process.execPath, [BUILDER, bundle, path.join(dir, name(7)), '[]'], { encoding: 'utf8', timeout: 120_000 });
            assert.equal(result.status, 0, result.stderr);
            assert.deepEqual(readdirSync(dir).sort(), [
                ...[3, 4, 5, 6].flatMap(i => [name(i), `${name(i)}.ok`]), `${name(4)}.88.tmp`, `${name(4)}.failed`, `${name(7)}.failed`, 'throws.cjs',
            ].sort());
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('is marked failed, with the reason, when it cannot be built or does not answer initialize', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'snapshot-failed-'));
        try {
            const throwing = path.join(dir, 'throws.cjs');
            writeFileSync(throwing, 'throw new Error("broken bundle");\n');
            const silent = path.join(dir, 'silent.cjs');
            writeFileSync(silent, 'require("node:v8").startupSnapshot.setDeserializeMainFunction(() => process.exit(3));\n');
            for (const [bundle, reason] of [[throwing, /--build-snapshot failed .*broken bundle/s], [silent, /exited with code 3/]] as const) {
                const blob = path.join(dir, `server-${path.basename(bundle, '.cjs')}.blob`);
                const result = spawnSync(process.execPath, [BUILDER, bundle, blob, '[]'], { encoding: 'utf8', timeout: 120_000 });
                assert.equal(result.status, 0, result.stderr);
                assert.equal(existsSync(blob), false, 'a snapshot that failed was put in place');
                assert.match(readFileSync(`${blob}.failed`, 'utf8'), reason);
            }
            assert.deepEqual(readdirSync(dir).sort(), ['server-silent.blob.failed', 'server-throws.blob.failed', 'silent.cjs', 'throws.cjs'],
                'the builder left a lock or a temporary file');
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
