import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createMessageConnection, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
    CompletionList, Hover, LocationLink, MarkupContent, PublishDiagnosticsParams, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { serverOutputReader } from '../helpers/message-reader.js';

const root = path.resolve(import.meta.dirname, '../..');
const SERVER = path.join(root, 'bin/playbook-language-server.js');

/** A playbook of our own, so that the diagnostic asserted on is one we put there. */
const DRILL = `import "../org/people.playbook"
import "../org/roles.playbook"
import "../org/teams.playbook"

playbook drill-night "Night drill" {
  owner commander
  phase only {
    step wake   "Wake the commander" owner commander within 5m
    step report "Report" owner nobody-at-all
  }
}
`;

/**
 * The real server over stdio, driven as an editor drives it: initialize with a workspace
 * folder (a temporary copy of the samples), open a file, wait for its diagnostics, ask for
 * completion, hover, definition, rename and formatting, then shut down and exit.
 */
describe('language server protocol over stdio', function () {
    let workspace: string;
    let server: ChildProcess;
    let connection: MessageConnection;
    let stderr = '';
    const diagnostics = new Map<string, PublishDiagnosticsParams[]>();
    const waiters: Array<() => void> = [];

    before(async () => {
        assert.ok(existsSync(path.join(root, 'dist/server.cjs')), 'dist/server.cjs is missing: run "npm run build" first');
        workspace = mkdtempSync(path.join(tmpdir(), 'playbook-lsp-'));
        cpSync(path.join(root, 'samples/org'), path.join(workspace, 'org'), { recursive: true });
        cpSync(path.join(root, 'samples/playbooks'), path.join(workspace, 'playbooks'), { recursive: true });
        // The Node running mocha (24), not whatever `node` is first on PATH.
        server = spawn(process.execPath, [SERVER, '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
        server.stderr!.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
        connection = createMessageConnection(serverOutputReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            diagnostics.set(params.uri, [...diagnostics.get(params.uri) ?? [], params]);
            waiters.splice(0).forEach(wake => wake());
        });
        // Requests the server may send to the client; an editor answers them.
        connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.listen();
        const folder = pathToFileURL(workspace).toString();
        const result = await connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: folder,
            workspaceFolders: [{ uri: folder, name: 'samples' }],
            capabilities: { textDocument: { completion: { completionItem: { snippetSupport: true } }, rename: { prepareSupport: true } } },
        }) as { capabilities: Record<string, unknown> };
        for (const capability of ['completionProvider', 'hoverProvider', 'definitionProvider', 'renameProvider', 'documentFormattingProvider', 'codeLensProvider', 'inlayHintProvider', 'semanticTokensProvider']) {
            assert.ok(result.capabilities[capability], `the server does not announce ${capability}`);
        }
        await connection.sendNotification('initialized', {});
    });

    after(() => {
        connection?.dispose();
        if (server && server.exitCode === null) {
            server.kill();
        }
        rmSync(workspace, { recursive: true, force: true });
    });

    const drillUri = () => pathToFileURL(path.join(workspace, 'playbooks/drill-night.playbook')).toString();
    const position = (text: string, marker: string, delta = 0) => {
        const offset = DRILL.indexOf(text) + text.indexOf(marker) + delta;
        return TextDocument.create('x', 'playbook', 0, DRILL).positionAt(offset);
    };

    async function diagnosticsMatching(uri: string, predicate: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
        for (;;) {
            const found = diagnostics.get(uri)?.find(predicate);
            if (found) {
                return found;
            }
            if (server.exitCode !== null) {
                assert.fail(`the server exited with ${server.exitCode}: ${stderr}`);
            }
            await new Promise<void>(resolve => waiters.push(resolve));
        }
    }

    it('publishes diagnostics for an opened file', async () => {
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: drillUri(), languageId: 'playbook', version: 1, text: DRILL } });
        const mentionsNobody = (d: { message: unknown }) => typeof d.message === 'string' && d.message.includes('nobody-at-all');
        const published = await diagnosticsMatching(drillUri(), p => p.diagnostics.some(mentionsNobody));
        const unresolved = published.diagnostics.find(mentionsNobody)!;
        assert.equal(unresolved.message, 'No role named "nobody-at-all" is defined here or in the organisation files. Check the spelling, or define it.');
        assert.deepEqual(unresolved.range, { start: { line: 8, character: 31 }, end: { line: 8, character: 44 } });
    });

    it('completes roles after a step owner, with the organisation from other files', async () => {
        const list = await connection.sendRequest('textDocument/completion', {
            textDocument: { uri: drillUri() }, position: position('owner commander within', 'commander'),
        }) as CompletionList;
        const labels = list.items.map(i => i.label);
        for (const role of ['commander', 'deputy', 'tech-lead', 'comms', 'scribe', 'problem-manager']) {
            assert.ok(labels.includes(role), `${role} is not offered: ${labels.join(', ')}`);
        }
        for (const other of ['alice', 'security', 'sre-primary', 'owner']) {
            assert.ok(!labels.includes(other), `${other} is offered after a step owner`);
        }
    });

    it('hovers a role with its holders', async () => {
        const hover = await connection.sendRequest('textDocument/hover', {
            textDocument: { uri: drillUri() }, position: position('owner commander\n', 'commander', 2),
        }) as Hover;
        const value = (hover.contents as MarkupContent).value;
        assert.match(value, /^\*\*Role\*\* `commander`: Incident commander/);
        assert.match(value, /Held by: `alice` \(Alice Nowak\)\n\nBackups: `piotr` \(Piotr Wiśniewski\)/);
    });

    it('goes to the definition in the organisation file', async () => {
        const links = await connection.sendRequest('textDocument/definition', {
            textDocument: { uri: drillUri() }, position: position('owner commander\n', 'commander', 1),
        }) as LocationLink[];
        assert.equal(links.length, 1);
        assert.equal(links[0]!.targetUri, pathToFileURL(path.join(workspace, 'org/roles.playbook')).toString());
        assert.deepEqual(links[0]!.targetSelectionRange.start, { line: 2, character: 5 });
    });

    it('renames a role in every file that uses it', async () => {
        const edit = await connection.sendRequest('textDocument/rename', {
            textDocument: { uri: drillUri() }, position: position('owner commander\n', 'commander', 1), newName: 'incident-commander',
        }) as WorkspaceEdit;
        const files = Object.keys(edit.changes ?? {}).map(uri => path.relative(workspace, fileURLToPath(uri))).sort();
        // Every file of the workspace that mentions the role, and only those; the opened file is not on disk.
        const mentioning = ['org', 'playbooks']
            .flatMap(folder => readdirSync(path.join(workspace, folder)).map(file => path.join(folder, file)))
            .filter(file => file.endsWith('.playbook'))
            .filter(file => /(?<![\p{L}\w-])commander(?![\p{L}\w-])/u.test(readFileSync(path.join(workspace, file), 'utf8')))
            .concat('playbooks/drill-night.playbook')
            .sort();
        assert.ok(files.includes('org/roles.playbook') && files.includes('playbooks/drill-night.playbook'), files.join(', '));
        assert.deepEqual(files, mentioning);
        assert.ok(Object.values(edit.changes ?? {}).flat().every(e => e.newText === 'incident-commander'));
    });

    it('formats the opened file into the canonical layout', async () => {
        const edits = await connection.sendRequest('textDocument/formatting', {
            textDocument: { uri: drillUri() }, options: { tabSize: 2, insertSpaces: true },
        }) as TextEdit[];
        const formatted = TextDocument.applyEdits(TextDocument.create(drillUri(), 'playbook', 1, DRILL), edits);
        assert.equal(formatted, DRILL.replace('step wake   "Wake', 'step wake "Wake'));
    });

    it('shuts down and exits with code 0', async () => {
        const exited = new Promise<number | null>(resolve => server.on('exit', code => resolve(code)));
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
        assert.equal(await exited, 0);
    });
});
