import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { parse } from 'yaml';
import { serverOutputReader } from '../helpers/message-reader.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MANIFEST = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; engines: { node: string } };

/** What the tarball must hold, and nothing else: the launchers, the three bundles, the config schema, and what npm always adds. */
const SHIPPED = [
    'LICENSE', 'README.md',
    'bin/launch.js', 'bin/playbook-language-server.js', 'bin/playbook.js', 'bin/snapshot-build.js', 'bin/snapshot-store.js', 'bin/snapshot.js',
    'dist/cli-format.cjs', 'dist/cli.cjs', 'dist/server.cjs',
    'package.json', 'schemas/playbook.config.schema.json',
];

/** The environment of an installed program: this Node (24) first on PATH, as a user's current Node would be. */
function userEnv(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`, NO_COLOR: '1' };
    // npm run exports its own settings; none of them may leak into the install under test.
    for (const key of Object.keys(env)) {
        if (/^npm_/i.test(key)) {
            delete env[key];
        }
    }
    return env;
}

function run(command: string, args: readonly string[], cwd = ROOT, env = userEnv()) {
    return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 300_000 });
}

describe('the npm package (npm pack, installed with no network)', function () {
    // npm itself starts slowly on a busy machine; this only bounds a hang.
    this.timeout(600_000);
    let work: string;
    let prefix: string;
    let installed: (program: string) => string;
    let packed: string[];

    before(function () {
        for (const bundle of ['cli.cjs', 'cli-format.cjs', 'server.cjs']) {
            assert.ok(existsSync(path.join(ROOT, 'dist', bundle)), `dist/${bundle} is missing: run "npm run bundle" first`);
        }
        work = mkdtempSync(path.join(tmpdir(), 'playbook-pack-'));
        // The bundles are built already (the suite's build); --ignore-scripts keeps prepack from
        // rebuilding dist/ under tests that are reading it.
        const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work]);
        assert.equal(pack.status, 0, pack.stderr);
        const [info] = JSON.parse(pack.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
        packed = info!.files.map(f => f.path).sort();
        prefix = path.join(work, 'prefix');
        // No registry is reachable and the cache is empty: the package must need nothing from the network.
        const install = run('npm', [
            'install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund',
            '--cache', path.join(work, 'empty-cache'), '--registry', 'http://127.0.0.1:9/', path.join(work, info!.filename),
        ], work);
        assert.equal(install.status, 0, install.stderr);
        installed = program => path.join(prefix, 'bin', program);
    });

    it('ships the launchers and the bundles only', () => {
        assert.deepEqual(packed, SHIPPED);
    });

    it('needs no run-time dependency: the bundles hold everything', () => {
        const manifest = JSON.parse(readFileSync(path.join(prefix, 'lib/node_modules', MANIFEST.name, 'package.json'), 'utf8')) as { dependencies?: object };
        assert.deepEqual(manifest.dependencies ?? {}, {});
    });

    it('prints the version and the help of both programs', () => {
        for (const program of ['playbook', 'playbook-language-server']) {
            const version = run(installed(program), ['--version'], work);
            assert.equal(version.status, 0, version.stderr);
            assert.equal(version.stdout, `${MANIFEST.version}\n`);
            const help = run(installed(program), ['--help'], work);
            assert.equal(help.status, 0, help.stderr);
            assert.match(help.stdout, new RegExp(`^Usage: ${program} `));
        }
        assert.match(run(installed('playbook-language-server'), ['--help'], work).stdout, /^ {2}PLAYBOOK_SNAPSHOT=off +Start without the start-up snapshot/m);
    });

    it('refuses to start the server without a transport, in one line instead of a stack of minified code', () => {
        const bare = run(installed('playbook-language-server'), [], work);
        assert.equal(bare.status, 2);
        assert.equal(bare.stderr.trim().split('\n').length, 1);
        assert.match(bare.stderr, /--stdio/);
    });

    it('checks the samples: clean, and the invalid ones fail with exit 1', () => {
        const clean = run(installed('playbook'), ['check', 'samples']);
        assert.equal(clean.status, 0, clean.stdout + clean.stderr);
        assert.match(clean.stdout, /^0 errors, 0 warnings in \d+ files$/m);
        const invalid = run(installed('playbook'), ['check', '--format', 'json', 'samples/invalid']);
        assert.equal(invalid.status, 1, invalid.stderr);
        assert.ok((JSON.parse(invalid.stdout) as { totals: { errors: number } }).totals.errors > 0);
    });

    it('answers the LSP initialize handshake over stdio, and exits cleanly on shutdown', async () => {
        const child = spawn(installed('playbook-language-server'), ['--stdio'], { cwd: work, env: userEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
        const exited = new Promise<number | null>(resolve => child.once('exit', code => resolve(code)));
        const connection = createMessageConnection(serverOutputReader(child.stdout), new StreamMessageWriter(child.stdin));
        connection.onRequest(() => null);
        connection.onNotification(() => undefined);
        connection.listen();
        try {
            const folder = pathToFileURL(path.join(ROOT, 'samples')).href;
            const result = await connection.sendRequest('initialize', {
                processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'samples' }], capabilities: {},
            }) as { capabilities: Record<string, unknown>; serverInfo?: { name: string } };
            assert.ok(result.capabilities.completionProvider, 'completion is offered');
            assert.ok(result.capabilities.documentFormattingProvider, 'formatting is offered');
            await connection.sendNotification('initialized', {});
            await connection.sendRequest('shutdown');
            await connection.sendNotification('exit');
            assert.equal(await exited, 0);
        } finally {
            // A failed assertion must not leave the server holding mocha's process open through its pipes.
            connection.dispose();
            if (child.exitCode === null) child.kill();
        }
    });

    it('says which Node.js it needs when started on an older one', () => {
        // Node 20 is what many CI images still have: the launcher must say so before loading the bundle.
        const launcher = pathToFileURL(path.join(prefix, 'lib/node_modules', MANIFEST.name, 'bin/playbook.js')).href;
        const script = `Object.defineProperty(process, 'versions', { value: { ...process.versions, node: '20.19.0' } }); await import(${JSON.stringify(launcher)});`;
        const old = run(process.execPath, ['--input-type=module', '--eval', script], work);
        assert.equal(old.status, 2);
        assert.equal(old.stdout, '');
        assert.match(old.stderr, new RegExp(`^playbook needs Node\\.js ${MANIFEST.engines.node.replace(/^>=/, '').replace(/\./g, '\\.')} or later, and this is Node\\.js 20\\.19\\.0\\.`));
    });

    it('runs the pre-commit hooks as pre-commit runs them: the entry, then the staged file names', () => {
        const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; files: string }>;
        assert.deepEqual(hooks.map(h => h.id), ['playbook-check', 'playbook-fmt']);
        // pre-commit runs in a Git repository: its root is the workspace (there is no config).
        const repo = path.join(work, 'repo with spaces');
        mkdirSync(path.join(repo, '.git'), { recursive: true });
        cpSync(path.join(ROOT, 'samples/org'), path.join(repo, 'org'), { recursive: true });
        cpSync(path.join(ROOT, 'samples/playbooks/data-breach.playbook'), path.join(repo, 'playbooks/data breach.playbook'));
        const messy = 'person  zoe   "Zoe" {\n phone "+1 555 0199"\n}\n';
        writeFileSync(path.join(repo, 'org/zoe.playbook'), messy);
        const hook = (id: string, files: string[]) => {
            const found = hooks.find(h => h.id === id)!;
            assert.equal(found.language, 'node');
            files.forEach(f => assert.match(f, new RegExp(found.files)));
            const [program, ...args] = found.entry.split(' ');
            return run(installed(program!), [...args, ...files], repo);
        };
        const checked = hook('playbook-check', ['playbooks/data breach.playbook']);
        assert.equal(checked.status, 0, checked.stdout + checked.stderr);
        const formatted = hook('playbook-fmt', ['org/zoe.playbook', 'playbooks/data breach.playbook']);
        assert.equal(formatted.status, 0, formatted.stderr);
        assert.equal(readFileSync(path.join(repo, 'org/zoe.playbook'), 'utf8'), 'person zoe "Zoe" {\n  phone "+1 555 0199"\n}\n');
    });
});
