import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { PlaybookModelRequest } from '../../protocol/src/playbook-requests.js';
import { serverOutputReader } from '../helpers/message-reader.js';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * The runner's model request against the real, bundled server over stdio, as the VS Code client
 * sends it: the model right after opening, and again right after an edit (live updates).
 */
describe('playbook/runnerModel over stdio', function () {
    let workspace: string;
    let server: ChildProcess;
    let connection: MessageConnection;

    before(async () => {
        assert.ok(existsSync(path.join(root, 'dist/server.cjs')), 'dist/server.cjs is missing: run "npm run build" first');
        workspace = mkdtempSync(path.join(tmpdir(), 'playbook-runner-lsp-'));
        cpSync(path.join(root, 'samples/org'), path.join(workspace, 'org'), { recursive: true });
        cpSync(path.join(root, 'samples/playbooks'), path.join(workspace, 'playbooks'), { recursive: true });
        server = spawn(process.execPath, [path.join(root, 'bin/playbook-language-server.js'), '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'inherit'] });
        connection = createMessageConnection(serverOutputReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.listen();
        const folder = pathToFileURL(workspace).toString();
        await connection.sendRequest('initialize', { processId: process.pid, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'ws' }], capabilities: {} });
        await connection.sendNotification('initialized', {});
    });

    after(() => {
        connection?.dispose();
        if (server && server.exitCode === null) server.kill();
        if (workspace) rmSync(workspace, { recursive: true, force: true });
    });

    it('answers with the resolved model, and with the edited one right after an edit', async () => {
        const file = path.join(workspace, 'playbooks/data-breach.playbook');
        const uri = pathToFileURL(file).toString();
        const text = readFileSync(file, 'utf8');
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'playbook', version: 1, text } });
        const first = await connection.sendRequest(PlaybookModelRequest, { uri, playbook: 'data-breach' });
        assert.ok('model' in first, JSON.stringify(first));
        assert.deepEqual(first.model.roles.find(r => r.name === 'tech-lead')?.holders, [{ kind: 'rotation', name: 'sre-primary' }]);
        assert.ok(first.model.phases.some(p => p.items.some(i => i.name === 'record')));

        const edited = text.replace(/\s*step record "Open the incident record and timeline" owner scribe/, '');
        assert.notEqual(edited, text);
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: edited }] });
        const second = await connection.sendRequest(PlaybookModelRequest, { uri, playbook: 'data-breach' });
        assert.ok('model' in second, JSON.stringify(second));
        assert.ok(!second.model.phases.some(p => p.items.some(i => i.name === 'record')), 'the model still has the removed step');
    });
});
