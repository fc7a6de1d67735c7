import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { createPlaybookServices } from '../../server/src/language/playbook-module.js';
import { cliWorkspaceRoots, isWithin } from '../../server/src/language/playbook-workspace-roots.js';
import { describeDiagnostics } from '../helpers/services.js';
import { playbook, tempFolder } from '../cli/run-cli.js';
import { messageOf, open, serverBuilt, startServer } from '../helpers/server-session.js';
import { snapshot } from './tree-snapshot.js';

const OUTSIDE = 'The imported file "../outside/secret.playbook" is outside the workspace. Move it into the workspace or copy what you need.';

/** Builds files (path -> text) under /ws with the workspace roots given. */
async function build(files: Record<string, string>, roots?: string[]) {
    const { shared, Playbook } = createPlaybookServices(EmptyFileSystem);
    if (roots) {
        Playbook.workspace.WorkspaceRoots.set(roots.map(r => URI.file(r)));
    }
    const documents = Object.entries(files).map(([name, text]) => {
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(name));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    await shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

describe('imports stay inside the workspace', function () {

    it('reports an import that leaves the workspace, even through "..", on the import', async () => {
        const [a] = await build({
            '/ws/a.playbook': 'import "../outside/secret.playbook"\nimport "sub/../../outside/secret.playbook"\nimport "org.playbook"\n',
            '/ws/org.playbook': 'person alice { phone "+1" }\n',
            '/outside/secret.playbook': 'person mallory { phone "+1" }\n',
        }, ['/ws']);
        assert.deepEqual(describeDiagnostics(a!), [
            `1:8 import-outside-workspace ${OUTSIDE}`,
            `2:8 import-outside-workspace ${OUTSIDE.replace('../outside/secret.playbook', 'sub/../../outside/secret.playbook')}`,
        ]);
    });

    it('reports an import path holding half a surrogate pair as not found (turning it into a URI used to throw)', async () => {
        const [a] = await build({ '/ws/a.playbook': 'import "org\uD800.playbook"\n' }, ['/ws']);
        assert.deepEqual(describeDiagnostics(a!), ['1:8 unresolved-import Cannot find the imported file "org\uD800.playbook". Check the path: it is relative to this file.']);
    });

    it('reads a root segment by segment: /ws2 is not inside /ws', () => {
        assert.equal(isWithin(URI.file('/ws'), URI.file('/ws2/a.playbook')), false);
        assert.equal(isWithin(URI.file('/ws/'), URI.file('/ws/a/b.playbook')), true);
        assert.equal(isWithin(URI.file('/ws'), URI.file('/ws')), true);
        assert.equal(isWithin(URI.file('/c:/Work'), URI.file('/C:/work/a.playbook')), true);
        assert.equal(isWithin(URI.file('/ws'), URI.parse('untitled:/ws/a.playbook')), false);
    });

    it('knows no outside when no workspace is known (a loose file in an editor)', async () => {
        const [a] = await build({ '/ws/a.playbook': 'import "../outside/secret.playbook"\n' });
        assert.deepEqual(describeDiagnostics(a!).map(d => d.split(' ')[1]), ['unresolved-import']);
    });

    it('takes the CLI workspace from playbook.config.yaml, else the working directory, plus the config folder of any file named outside it', () => {
        const configs = new Set(['/repo/playbook.config.yaml']);
        const find = (dir: string) => {
            for (let d = dir; ; d = path.posix.dirname(d)) {
                if (configs.has(`${d === '/' ? '' : d}/playbook.config.yaml`)) {
                    return `${d === '/' ? '' : d}/playbook.config.yaml`;
                }
                if (d === '/') {
                    return undefined;
                }
            }
        };
        const paths = (roots: URI[]) => roots.map(r => r.path);
        assert.deepEqual(paths(cliWorkspaceRoots(['/repo/a/b.playbook'], '/repo/a', find)), ['/repo']);
        assert.deepEqual(paths(cliWorkspaceRoots(['/tmp/x/b.playbook'], '/tmp/x', find)), ['/tmp/x']);
        assert.deepEqual(paths(cliWorkspaceRoots(['/repo/s/b.playbook', '/elsewhere/c.playbook'], '/tmp', find)), ['/tmp', '/repo', '/elsewhere']);
    });

    it('playbook check reports the import, does not read the file, and leaves every file untouched', () => {
        const dir = tempFolder({
            'ws/playbook.config.yaml': 'rules: {}\n',
            'ws/plays/a.playbook': 'import "../../outside/secret.playbook"\nrole r\nassign r to mallory\n',
            'outside/secret.playbook': 'person mallory { phone "+1" }\n',
        });
        try {
            const before = snapshot(dir);
            const result = playbook(['check', '--format', 'compact', 'plays'], { cwd: path.join(dir, 'ws') });
            assert.equal(result.status, 1, result.stderr);
            const lines = result.stdout.trim().split('\n').filter(l => l.includes('a.playbook'));
            assert.ok(lines.some(l => l.includes('1:8') && l.includes('is outside the workspace') && l.includes('import-outside-workspace')), result.stdout);
            assert.ok(lines.some(l => l.includes('No person, team or rotation named "mallory"')), 'the outside file was not read: ' + result.stdout);
            const sarif = playbook(['check', '--format', 'sarif', 'plays'], { cwd: path.join(dir, 'ws') });
            assert.equal(sarif.status, 1);
            assert.deepEqual(snapshot(dir), before);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('the language server reports an import outside its workspace folders', async () => {
        assert.ok(serverBuilt(), 'dist/server.cjs is missing: run npm run build first.');
        const dir = tempFolder({ 'outside/secret.playbook': 'person mallory { phone "+1" }\n' });
        mkdirSync(path.join(dir, 'ws'));
        writeFileSync(path.join(dir, 'ws', 'org.playbook'), 'person alice { phone "+1" }\n');
        const session = await startServer(path.join(dir, 'ws'));
        try {
            const uri = pathToFileURL(path.join(dir, 'ws', 'a.playbook')).toString();
            await open(session, uri, 'import "../outside/secret.playbook"\nimport "org.playbook"\n');
            const diagnostics = await session.waitForDiagnostics(uri, d => d.length > 0);
            assert.deepEqual(diagnostics.map(d => [d.range.start, d.code, messageOf(d)]), [[{ line: 0, character: 7 }, 'import-outside-workspace', OUTSIDE]]);
        } finally {
            assert.equal(await session.stop(), 0);
            rmSync(dir, { recursive: true, force: true });
        }
    });
});
