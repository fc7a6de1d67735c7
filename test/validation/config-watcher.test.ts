import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

const root = path.resolve(import.meta.dirname, '../..');
const SERVER = path.join(root, 'bin/playbook-language-server.js');

/**
 * The real server over stdio: it reads playbook.config.yaml at the workspace root, reports the
 * file's mistakes on the file itself, applies the severities, and re-validates when the client
 * reports that the file changed.
 */
describe('language server and playbook.config.yaml', function () {
    this.timeout(60_000);
    let workspace: string;
    let server: ChildProcess;
    let connection: MessageConnection;
    const latest = new Map<string, Diagnostic[]>();
    let waiters: Array<() => void> = [];

    /** Resolves once the latest diagnostics published for `uri` satisfy `test`. */
    function until(uri: string, test: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
        return new Promise(resolve => {
            const check = () => {
                const current = latest.get(uri);
                if (current && test(current)) {
                    resolve(current);
                    return true;
                }
                return false;
            };
            if (!check()) {
                const wait = () => { if (!check()) waiters.push(wait); };
                waiters.push(wait);
            }
        });
    }

    before(async () => {
        assert.ok(existsSync(path.join(root, 'dist/server.cjs')), 'dist/server.cjs is missing: run "npm run build" first');
        workspace = mkdtempSync(path.join(tmpdir(), 'playbook-config-lsp-'));
        writeFileSync(path.join(workspace, 'playbook.config.yaml'), 'rules:\n  channel-owner: warning\n  no-bakup: error\n');
        writeFileSync(path.join(workspace, 'a.playbook'), 'person p "P" { phone "1" }\nchannel c chat "#c"\nplaybook x {\n  notify responders via c on start owner p\n}\n');
        server = spawn(process.execPath, [SERVER, '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
        connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            latest.set(params.uri, params.diagnostics);
            const pending = waiters;
            waiters = [];
            pending.forEach(wake => wake());
        });
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.listen();
        const folder = pathToFileURL(workspace).toString();
        await connection.sendRequest('initialize', {
            processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'w' }],
            capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
        });
        await connection.sendNotification('initialized', {});
    });

    after(() => {
        connection?.dispose();
        if (server && server.exitCode === null) {
            server.kill();
        }
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
        await connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri(), type: 2 }] });
        assert.deepEqual(await until(configUri(), d => d.length === 0), []);
        const after = await until(playbookUri(), d => !d.some(x => x.code === 'channel-owner'));
        assert.deepEqual(after.map(x => x.code), []);
    });
});

describe('language server document builder', () => {
    it('re-validates every document on an update, so that rules reading other files stay current', async () => {
        const { createPlaybookLspServices } = await import('../../server/src/lsp/playbook-lsp-module.js');
        const { EmptyFileSystem, URI } = await import('langium');
        const { shared, Playbook } = createPlaybookLspServices(EmptyFileSystem);
        const document = shared.workspace.LangiumDocumentFactory.fromString('channel c chat "#c"\nplaybook p {\n  notify responders via c on start\n}', URI.file('/w/a.playbook'));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        assert.deepEqual(document.diagnostics?.map(d => d.code), ['channel-owner']);
        Playbook.validation.PlaybookConfigProvider.set({ rules: { 'channel-owner': 'off' }, ignore: [], criticalRoles: [] });
        await shared.workspace.DocumentBuilder.update([], []);
        assert.deepEqual(document.diagnostics?.map(d => d.code), []);
    });
});
