import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import type { PlaybookInitializationOptions } from '../../server/src/lsp/playbook-commands.js';

const root = path.resolve(import.meta.dirname, '../..');

/** The `playbook.configFile` setting reaches the server as an initialization option and moves the config. */
describe('language server and the playbook.configFile setting', function () {
    this.timeout(60_000);
    let workspace: string;
    let server: ChildProcess;
    let connection: MessageConnection;

    after(() => {
        connection?.dispose();
        if (server && server.exitCode === null) server.kill();
        rmSync(workspace, { recursive: true, force: true });
    });

    it('reads the configuration from the configured path and reports its problems there', async () => {
        assert.ok(existsSync(path.join(root, 'dist/server.cjs')), 'dist/server.cjs is missing: run "npm run build" first');
        workspace = mkdtempSync(path.join(tmpdir(), 'playbook-config-setting-'));
        mkdirSync(path.join(workspace, 'ci'));
        // The root file would be valid; the configured one has a mistake on line 2, column 3.
        writeFileSync(path.join(workspace, 'playbook.config.yaml'), 'rules: {}\n');
        writeFileSync(path.join(workspace, 'ci', 'rules.yaml'), 'rules:\n  no-such-rule: error\n');
        writeFileSync(path.join(workspace, 'a.playbook'), 'playbook x {}\n');
        server = spawn(process.execPath, [path.join(root, 'bin/playbook-language-server.js'), '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
        connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        const configured = pathToFileURL(path.join(workspace, 'ci', 'rules.yaml')).toString();
        const published = new Promise<PublishDiagnosticsParams>(resolve => {
            connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
                if (params.uri === configured) resolve(params);
            });
        });
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.listen();
        const folder = pathToFileURL(workspace).toString();
        const initializationOptions: PlaybookInitializationOptions = { configFile: 'ci/rules.yaml' };
        await connection.sendRequest('initialize', { processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'w' }], capabilities: {}, initializationOptions });
        await connection.sendNotification('initialized', {});
        const { diagnostics } = await published;
        assert.equal(diagnostics.length, 1);
        assert.equal(diagnostics[0]!.code, 'invalid-config');
        assert.deepEqual(diagnostics[0]!.range.start, { line: 1, character: 2 });
        assert.match(JSON.stringify(diagnostics[0]!.message), /no-such-rule/);
    });
});
