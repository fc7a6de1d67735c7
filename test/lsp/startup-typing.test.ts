import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { PlaybookModelRequest } from '../../protocol/src/playbook-requests.js';
import { messageOf, open, serverBuilt, startServer, type ServerSession } from '../helpers/server-session.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'] as const;

/** What is typed at the end of the data-breach playbook, one character per change. */
const TYPED = '\n  phase typed "Typed" {\n    step typed-step "Typed" owner scribe within 10m\n  }\n';

/** A finding as `file:line:col-line:col severity code message` (1-based), the same for the server and the CLI. */
type Finding = string;

function fromDiagnostic(file: string, d: Diagnostic): Finding {
    const r = d.range;
    return `${file}:${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1} ${SEVERITY[d.severity ?? 1]} ${String(d.code)} ${messageOf(d)}`;
}

/** The copy of the samples (organisation and playbooks) the test works in. */
function copySamples(): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'playbook-startup-'));
    cpSync(path.join(ROOT, 'samples', 'org'), path.join(folder, 'org'), { recursive: true });
    cpSync(path.join(ROOT, 'samples', 'playbooks'), path.join(folder, 'playbooks'), { recursive: true, filter: source => !source.endsWith('.yaml') });
    // Marks the workspace root for the CLI (outside a repository it would otherwise take each
    // file's folder, and the playbooks' imports of ../org would leave it); the server reads it too.
    writeFileSync(path.join(folder, 'playbook.config.yaml'), '# The workspace of the start-up test\n');
    return folder;
}

function playbookFiles(folder: string): string[] {
    return ['org', 'playbooks'].flatMap(dir => readdirSync(path.join(folder, dir)).filter(f => f.endsWith('.playbook')).map(f => `${dir}/${f}`));
}

/** Every file's latest published diagnostics, once every pending edit has been built (the model request waits for them). */
async function settled(session: ServerSession, folder: string, files: string[]): Promise<Finding[]> {
    const uris = files.map(file => pathToFileURL(path.join(folder, file)).toString());
    await Promise.all(uris.map(uri => session.waitForDiagnostics(uri, () => true)));
    await session.connection.sendRequest(PlaybookModelRequest.method, { uri: uris[0] });
    return files.flatMap((file, i) => (session.published.get(uris[i]!)?.at(-1) ?? []).map(d => fromDiagnostic(file, d))).sort();
}

/** What the Langium linker logs when a reference is resolved before its document is linked. */
const EARLY_RESOLUTION = /Attempted reference resolution before document reached/;

describe('start-up with restored editors and fast typing (stdio)', function () {
    this.timeout(300_000);
    const folders: string[] = [];
    const sessions: ServerSession[] = [];

    before(() => assert.ok(serverBuilt(), 'dist/server.cjs is missing: run npm run build first.'));

    after(async () => {
        for (const session of sessions) {
            if (session.process.exitCode === null) {
                await session.stop();
            }
        }
        folders.forEach(folder => rmSync(folder, { recursive: true, force: true }));
    });

    async function start(folder: string): Promise<{ session: ServerSession; logs: string[] }> {
        const session = await startServer(folder);
        sessions.push(session);
        const logs: string[] = [];
        session.connection.onNotification('window/logMessage', (params: { message: string }) => {
            logs.push(params.message);
        });
        return { session, logs };
    }

    it('publishes what a fresh server and the CLI report, and logs no early reference resolution', async () => {
        const folder = copySamples();
        folders.push(folder);
        const files = playbookFiles(folder);
        const { session, logs } = await start(folder);
        // The editor restores every file at once and asks for lenses, hints and hovers on each,
        // while the server is still reading the workspace.
        const documents = new Map<string, TextDocument>();
        for (const file of files) {
            const uri = pathToFileURL(path.join(folder, file)).toString();
            const text = readFileSync(path.join(folder, file), 'utf8');
            documents.set(file, TextDocument.create(uri, 'playbook', 1, text));
            await open(session, uri, text);
            const end = documents.get(file)!.positionAt(text.length);
            void session.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } });
            void session.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end } });
            void session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } });
        }
        // Then types fast at the end of one playbook, with a slip and its correction, never waiting.
        const file = 'playbooks/data-breach.playbook';
        let document = documents.get(file)!;
        const insertAt = document.getText().lastIndexOf('}');
        const keystrokes = [...TYPED.slice(0, 40), '\b', '\b', ...TYPED.slice(38)];
        let offset = insertAt;
        for (const key of keystrokes) {
            const at = document.positionAt(offset);
            const change = key === '\b'
                ? { range: { start: document.positionAt(offset - 1), end: at }, text: '' }
                : { range: { start: at, end: at }, text: key };
            offset += key === '\b' ? -1 : 1;
            document = TextDocument.update(document, [change], document.version + 1);
            void session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: document.uri, version: document.version }, contentChanges: [change] });
            void session.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri: document.uri }, range: { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) } });
        }
        const original = readFileSync(path.join(folder, file), 'utf8');
        assert.equal(document.getText(), original.slice(0, insertAt) + TYPED + original.slice(insertAt));
        const edited = await settled(session, folder, files);

        // The same files, final text on disk: a fresh server, and the CLI.
        writeFileSync(path.join(folder, file), document.getText());
        const fresh = await settled((await start(folder)).session, folder, files);
        // Exit 1 when there are errors: the report is on stdout either way.
        const cli = JSON.parse(spawnSync(process.execPath, [path.join(ROOT, 'bin', 'playbook.js'), 'check', '--format', 'json', '.'], { cwd: folder, encoding: 'utf8' }).stdout) as {
            findings: Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; severity: string; code: string; message: string }>;
        };
        const byCli = cli.findings.map(f => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.code} ${f.message}`).sort();

        assert.deepEqual(edited, fresh, 'the edited server against a fresh one');
        assert.deepEqual(edited, byCli, 'the edited server against the CLI');
        assert.deepEqual(logs.filter(line => EARLY_RESOLUTION.test(line)), [], 'reference resolution before linking');
        assert.equal(session.process.exitCode, null, session.stderr());
    });
});
