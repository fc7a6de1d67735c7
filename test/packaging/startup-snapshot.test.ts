import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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
    return { blobs: names.filter(name => /^server-[0-9a-f]{32}\.blob$/.test(name)), others: names.filter(name => !name.endsWith('.blob')) };
}

/** Waits (polling, at most 3 minutes) until the folder holds `count` snapshots and no builder is at work. */
async function snapshotsBuilt(cache: string, count: number): Promise<string[]> {
    for (let waited = 0; waited < 180_000; waited += 250) {
        const { blobs, others } = cacheContents(cache);
        assert.deepEqual(others.filter(name => name.endsWith('.failed')), [], 'a snapshot failed to build');
        if (blobs.length >= count && others.length === 0) {
            return blobs;
        }
        await new Promise(resolve => setTimeout(resolve, 250));
    }
    throw new Error(`no ${count} snapshot(s) in ${cache} after 3 minutes: ${JSON.stringify(cacheContents(cache))}`);
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

    after(() => {
        rmSync(cache, { recursive: true, force: true });
        rmSync(folder, { recursive: true, force: true });
    });

    it('is built in the background by the first start, used by the next, and answers as the bundle does', async () => {
        const first = await startServer(folder, { env: env() });
        assert.equal(startedFromSnapshot(first), false, 'the first start has no snapshot to use');
        const fromBundle = await answers(first, folder);
        await first.stop();
        const [blob] = await snapshotsBuilt(cache, 1);
        const dir = path.join(cache, 'incident-playbooks', 'snapshots');
        assert.equal(statSync(dir).mode & 0o777, 0o700, 'the cache folder is the user\'s alone');

        const second = await startServer(folder, { env: env() });
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

    it('is not used when PLAYBOOK_SNAPSHOT is off, or from a folder others can write to', async () => {
        await snapshotReady();
        const off = await startServer(folder, { env: { ...env(), PLAYBOOK_SNAPSHOT: 'off' } });
        assert.equal(startedFromSnapshot(off), false);
        await off.stop();
        const dir = path.join(cache, 'incident-playbooks', 'snapshots');
        chmodSync(dir, 0o777);
        try {
            const shared = await startServer(folder, { env: env() });
            assert.equal(startedFromSnapshot(shared), false, 'a snapshot anyone could have replaced was run');
            await shared.stop();
        } finally {
            chmodSync(dir, 0o700);
        }
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
        await snapshotReady();
        // The snapshot for the tests' own Node.js flags: the one a server starts from.
        const probe = await startServer(folder, { env: env() });
        const argv = commandLine(probe);
        await probe.stop();
        const blob = argv[argv.indexOf('--snapshot-blob') + 1]!;
        assert.ok(existsSync(blob), `no snapshot was used: ${argv.join(' ')}`);
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
        for (let waited = 0; !existsSync(blob) && waited < 180_000; waited += 250) {
            await new Promise(resolve => setTimeout(resolve, 250));
        }
        assert.ok(existsSync(blob), 'not rebuilt a day after it failed');
        await snapshotsBuilt(cache, 1);
        assert.equal(existsSync(`${blob}.failed`), false, 'the old failure was kept beside the snapshot that replaced it');
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
