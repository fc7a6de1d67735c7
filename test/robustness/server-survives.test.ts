import * as assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generateCase, loadOrganisation, loadSeeds, ROOT } from '../../fuzz/playbook-fuzz-cases.js';
import { PlaybookFuzzOracle } from '../../fuzz/playbook-fuzz-oracle.js';
import { FuzzRandom } from '../../fuzz/playbook-fuzz-random.js';
import { snapshot } from './tree-snapshot.js';
import { messageOf, open, serverBuilt, startServer, type ServerSession } from '../helpers/server-session.js';

const CASES = 60;
const SEED = 9;

describe('the language server fed broken files over stdio', function () {
    let folder: string;
    let session: ServerSession;
    let untouched: Record<string, string>;

    before(async () => {
        assert.ok(serverBuilt(), 'dist/server.cjs is missing: run npm run build first.');
        folder = mkdtempSync(path.join(tmpdir(), 'playbook-survives-'));
        cpSync(path.join(ROOT, 'samples', 'org'), path.join(folder, 'org'), { recursive: true });
        untouched = snapshot(folder);
        session = await startServer(folder);
    });

    after(async () => {
        if (session.process.exitCode === null) {
            session.process.kill();
        }
        rmSync(folder, { recursive: true, force: true });
    });

    it('answers every request on every fuzz case, keeps publishing for a good file, and exits cleanly', async () => {
        const good = pathToFileURL(path.join(folder, 'playbooks', 'good.playbook')).toString();
        const goodText = readFileSync(path.join(ROOT, 'samples', 'playbooks', 'data-breach.playbook'), 'utf8');
        await open(session, good, goodText);
        await session.waitForDiagnostics(good, () => true);

        const generator = await PlaybookFuzzOracle.create(loadOrganisation());
        const seeds = loadSeeds();
        const failures: string[] = [];
        let answered = 0;
        for (let index = 0; index < CASES; index++) {
            const fuzzCase = generateCase(SEED, index, seeds, generator.keywords, text => generator.tokenize(text), 20_000);
            const uri = pathToFileURL(path.join(folder, 'fuzz', `case-${index}.playbook`)).toString();
            await open(session, uri, fuzzCase.text);
            const document = TextDocument.create(uri, 'playbook', 1, fuzzCase.text);
            const random = new FuzzRandom(index);
            const at = () => document.positionAt(random.int(fuzzCase.text.length + 1));
            const textDocument = { uri };
            const requests: Array<[string, Promise<unknown>]> = [
                ['completion', session.connection.sendRequest('textDocument/completion', { textDocument, position: at() })],
                ['completion', session.connection.sendRequest('textDocument/completion', { textDocument, position: document.positionAt(fuzzCase.text.length) })],
                ['hover', session.connection.sendRequest('textDocument/hover', { textDocument, position: at() })],
                ['symbols', session.connection.sendRequest('textDocument/documentSymbol', { textDocument })],
                ['formatting', session.connection.sendRequest('textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } })],
            ];
            const results = await Promise.allSettled(requests.map(([, request]) => request));
            results.forEach((result, i) => {
                if (result.status === 'rejected') {
                    failures.push(`case ${index} (${fuzzCase.applied.join(', ')}) ${requests[i]![0]}: ${String(result.reason)}`);
                } else {
                    answered++;
                }
            });
            await session.waitForDiagnostics(uri, () => true);
        }
        assert.deepEqual(failures, []);
        assert.equal(answered, CASES * 5);
        assert.equal(session.process.exitCode, null, session.stderr());

        // The good file still gets fresh diagnostics after all the broken ones.
        const changed = goodText.replace('  owner alice\n', '  owner nobody-after-broken\n');
        assert.notEqual(changed, goodText);
        await session.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri: good, version: 2 },
            contentChanges: [{ text: changed }],
        });
        const diagnostics = await session.waitForDiagnostics(good, d => d.some(x => messageOf(x).includes('"nobody-after-broken"')));
        const line = changed.split('\n').findIndex(l => l.includes('nobody-after-broken'));
        assert.deepEqual(diagnostics.filter(d => messageOf(d).includes('"nobody-after-broken"')).map(d => d.range.start), [{ line, character: 8 }]);

        assert.equal(await session.stop(), 0, session.stderr());
        // Opening, formatting and asking about files wrote nothing: edits go back to the editor.
        assert.deepEqual(snapshot(folder), untouched);
    });
});
