import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { serverBuilt, startServer, type ServerSession } from '../helpers/server-session.js';

/**
 * The real server over stdio: it reads playbook.config.yaml at the workspace root, reports the
 * file's mistakes on the file itself, applies the severities, and re-validates when the client
 * reports that the file changed.
 */
describe('language server and playbook.config.yaml', function () {
    let workspace: string;
    let session: ServerSession;
    const until = (uri: string, test: (diagnostics: Diagnostic[]) => boolean) => session.waitForDiagnostics(uri, test);

    before(async () => {
        assert.ok(serverBuilt(), 'dist/server.cjs is missing: run "npm run build" first');
        workspace = mkdtempSync(path.join(tmpdir(), 'playbook-config-lsp-'));
        writeFileSync(path.join(workspace, 'playbook.config.yaml'), 'rules:\n  channel-owner: warning\n  no-bakup: error\n');
        writeFileSync(path.join(workspace, 'a.playbook'), 'person p "P" { phone "+48221234567" }\nchannel c chat "#c"\nplaybook x {\n  notify responders via c on start owner p\n}\n');
        session = await startServer(workspace, { workspaceCapabilities: { didChangeWatchedFiles: { dynamicRegistration: true } } });
    });

    after(async () => {
        await session?.stop();
        rmSync(workspace, { recursive: true, force: true });
    });

    const configUri = () => pathToFileURL(path.join(workspace, 'playbook.config.yaml')).toString();
    const playbookUri = () => pathToFileURL(path.join(workspace, 'a.playbook')).toString();

    it('reports a mistake in the config on the config file, with its line and column', async () => {
        const [problem] = await until(configUri(), d => d.length > 0);
        assert.deepEqual([problem!.range, problem!.message, problem!.code], [
            { start: { line: 2, character: 2 }, end: { line: 2, character: 10 } },
            'Unknown rule "no-bakup". Did you mean "no-backup"?',
            'invalid-config',
        ]);
    });

    it('applies the configured severity', async () => {
        const found = await until(playbookUri(), d => d.some(x => x.code === 'channel-owner' && x.severity === 2));
        assert.equal(found.filter(x => x.code === 'channel-owner').length, 1);
    });

    it('re-validates when the config changes, and clears its problems', async () => {
        writeFileSync(path.join(workspace, 'playbook.config.yaml'), 'rules:\n  channel-owner: off\n');
        await session.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri(), type: 2 }] });
        assert.deepEqual(await until(configUri(), d => d.length === 0), []);
        const after = await until(playbookUri(), d => !d.some(x => x.code === 'channel-owner'));
        // Other rules about the unowned channel (unreachable-audience) are not what the config changed.
        assert.deepEqual(after.map(x => x.code).filter(code => code === 'channel-owner' || code === 'invalid-config'), []);
    });
});

describe('language server document builder', () => {
    it('re-validates every document on an update, so that rules reading other files stay current', async () => {
        const { createPlaybookLspServices } = await import('../../server/src/lsp/playbook-lsp-module.js');
        const { EmptyFileSystem, URI } = await import('langium');
        const { shared, Playbook } = createPlaybookLspServices(EmptyFileSystem);
        const document = shared.workspace.LangiumDocumentFactory.fromString('person q { phone "+48221234567" }\nchannel c chat "#c"\nplaybook p {\n  notify responders via c on start owner q\n}', URI.file('/w/a.playbook'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        assert.deepEqual(document.diagnostics?.map(d => d.code), ['channel-owner']);
        Playbook.validation.PlaybookConfigProvider.set({ rules: { 'channel-owner': 'off' }, ignore: [], criticalRoles: [] });
        await shared.workspace.DocumentBuilder.update([], []);
        assert.deepEqual(document.diagnostics?.map(d => d.code), []);
    });
});
