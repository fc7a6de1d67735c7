import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT } from '../../fuzz/playbook-fuzz-cases.js';
import { messageOf, open, serverBuilt, startServer, type ServerSession } from '../helpers/server-session.js';

const FILES = 50;

/** A small valid playbook; the marker line is where typing happens. */
function playbook(i: number): string {
    return `playbook load-${i} "Load ${i}" {\n  owner commander\n  phase one "One" {\n    step first "First" owner commander within 10m\n  }\n}\n`;
}

/** What is typed into file `i`, one character per change: it ends in a name defined nowhere. */
function typed(i: number): string {
    return `    step typed "Typed" owner ghost-${i}-final\n`;
}

const RequestCancelled = -32800;
const ServerCancelled = -32802;

describe('the language server under load', function () {
    let folder: string;
    let session: ServerSession;

    before(async () => {
        assert.ok(serverBuilt(), 'dist/server.cjs is missing: run npm run build first.');
        folder = mkdtempSync(path.join(tmpdir(), 'playbook-load-'));
        cpSync(path.join(ROOT, 'samples', 'org'), path.join(folder, 'org'), { recursive: true });
        session = await startServer(folder);
    });

    after(async () => {
        if (session.process.exitCode === null) {
            await session.stop();
        }
        rmSync(folder, { recursive: true, force: true });
    });

    it('publishes, for each of 50 files typed into at once, last diagnostics that belong to the final text', async () => {
        const uris = Array.from({ length: FILES }, (_, i) => pathToFileURL(path.join(folder, 'load', `file-${i}.playbook`)).toString());
        const documents = uris.map((uri, i) => TextDocument.create(uri, 'playbook', 1, playbook(i)));
        await Promise.all(uris.map((uri, i) => open(session, uri, playbook(i))));
        // Typing, round-robin over the files, one keystroke per didChange, without waiting for answers.
        const longest = Math.max(...uris.map((_, i) => typed(i).length));
        for (let k = 0; k < longest; k++) {
            for (let i = 0; i < FILES; i++) {
                const character = typed(i)[k];
                if (character === undefined) {
                    continue;
                }
                const document = documents[i]!;
                const offset = document.getText().indexOf('  }\n}') ;
                const position = document.positionAt(offset);
                const change = { range: { start: position, end: position }, text: character };
                documents[i] = TextDocument.update(document, [change], document.version + 1);
                void session.connection.sendNotification('textDocument/didChange', { textDocument: { uri: uris[i], version: documents[i]!.version }, contentChanges: [change] });
            }
        }
        const final = (i: number) => `"ghost-${i}-final"`;
        await Promise.all(uris.map((uri, i) => session.waitForDiagnostics(uri, d => d.some(x => messageOf(x).includes(final(i))))));
        // A last edit elsewhere: once its diagnostics are back, anything stale would have arrived before.
        const sentinel = pathToFileURL(path.join(folder, 'load', 'sentinel.playbook')).toString();
        await open(session, sentinel, 'playbook sentinel { owner sentinel-ghost }\n');
        await session.waitForDiagnostics(sentinel, d => d.some(x => messageOf(x).includes('"sentinel-ghost"')));

        uris.forEach((uri, i) => {
            assert.equal(documents[i]!.getText(), playbook(i).replace('  }\n}', typed(i) + '  }\n}'));
            const history = session.published.get(uri)!;
            const firstFinal = history.findIndex(d => d.some(x => messageOf(x).includes(final(i))));
            const later = history.slice(firstFinal);
            assert.ok(later.every(d => d.some(x => messageOf(x).includes(final(i)))), `file ${i}: stale diagnostics after the final ones`);
            const last = history.at(-1)!;
            const line = typed(i).length > 0 ? 4 : -1;
            assert.deepEqual(last.filter(d => messageOf(d).includes('ghost')).map(d => [d.range.start.line, messageOf(d).includes(final(i))]), [[line, true]]);
        });
        assert.equal(session.process.exitCode, null, session.stderr());
    });

    it('honours cancelled requests: each answers with RequestCancelled or a result, and the server goes on', async () => {
        const uri = pathToFileURL(path.join(folder, 'cancel.playbook')).toString();
        const text = Array.from({ length: 1000 }, (_, i) => playbook(i)).join('\n');
        const document = TextDocument.create(uri, 'playbook', 1, text);
        // The requests follow the opening at once: they wait for the build, so their cancellations arrive while they are pending.
        await open(session, uri, text);
        const outcomes = await Promise.all(Array.from({ length: 40 }, async (_, i) => {
            const source = new CancellationTokenSource();
            const position = document.positionAt(Math.floor((i / 40) * document.getText().length));
            const method = ['textDocument/completion', 'textDocument/hover', 'textDocument/documentSymbol', 'textDocument/formatting'][i % 4]!;
            const params = { textDocument: { uri }, position, options: { tabSize: 2, insertSpaces: true } };
            const request = session.connection.sendRequest(method, params, source.token);
            source.cancel();
            try {
                await request;
                return 'result';
            } catch (error) {
                return error instanceof ResponseError && (error.code === RequestCancelled || error.code === ServerCancelled) ? 'cancelled' : `error ${String(error)}`;
            }
        }));
        assert.deepEqual(outcomes.filter(o => o !== 'result' && o !== 'cancelled'), []);
        assert.ok(outcomes.includes('cancelled'), `no request was cancelled: ${outcomes.join(', ')}`);
        const symbols = await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as unknown[];
        assert.equal(symbols.length, 1000);
        assert.equal(session.process.exitCode, null, session.stderr());
    });
});
