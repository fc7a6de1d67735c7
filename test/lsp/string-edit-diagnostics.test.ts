import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { open, serverBuilt, startServer, type ServerSession } from '../helpers/server-session.js';
import { ORGANISATION } from './lsp-services.js';

const PLAYBOOK = `playbook p "P" {
  owner commander
  phase a {
    // the first step
    step one "One" owner commander within 10m
    step two "Two" owner commander after one
  }
}
`;

/**
 * Edits of strings, comments and spacing are applied to the document's tree in place, without a
 * parse (server/src/language/playbook-token-stable-edit.ts); over stdio, the diagnostics that
 * follow must be those of the new text, at its positions.
 */
describe('diagnostics after an edit of strings, comments and spacing only (stdio)', function () {
    this.timeout(300_000);
    let folder: string;
    let session: ServerSession;
    let uri: string;
    let version = 1;

    before(async () => {
        assert.ok(serverBuilt(), 'dist/server.cjs is missing: run npm run build first.');
        folder = mkdtempSync(path.join(tmpdir(), 'playbook-string-edit-'));
        writeFileSync(path.join(folder, 'org.playbook'), ORGANISATION);
        writeFileSync(path.join(folder, 'p.playbook'), PLAYBOOK);
        session = await startServer(folder);
        uri = pathToFileURL(path.join(folder, 'p.playbook')).toString();
        await open(session, uri, PLAYBOOK);
        await session.waitForDiagnostics(uri, () => true);
    });

    after(async () => {
        await session.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    async function edit(text: string): Promise<Diagnostic[]> {
        const published = session.published.get(uri)?.length ?? 0;
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
        return session.waitForDiagnostics(uri, () => (session.published.get(uri)?.length ?? 0) > published);
    }

    const placeholders = (diagnostics: Diagnostic[]) => diagnostics.filter(d => d.code === 'placeholder-text').map(d => d.range);

    it('reports a placeholder typed into a title, where it now stands', async () => {
        assert.deepEqual(placeholders(session.published.get(uri)!.at(-1)!), []);
        // Two lines added above and a title retyped, in one change.
        const text = `\n\n${PLAYBOOK.replace('"Two"', '"Two TBD"')}`;
        const line = text.split('\n').findIndex(l => l.includes('step two'));
        const character = text.split('\n')[line]!.indexOf('TBD');
        assert.deepEqual(placeholders(await edit(text)), [{ start: { line, character }, end: { line, character: character + 3 } }]);
    });

    it('reads a suppression written into an existing comment, and the finding comes back when the title is mended and broken again', async () => {
        const suppressed = `\n\n${PLAYBOOK.replace('"Two"', '"Two TBD"').replace('"One"', '"One TBD"').replace('// the first step', '// playbook-disable-next-line placeholder-text -- named on the day')}`;
        const diagnostics = await edit(suppressed);
        const line = suppressed.split('\n').findIndex(l => l.includes('step two'));
        assert.deepEqual(placeholders(diagnostics).map(range => range.start.line), [line], 'only the unsuppressed placeholder in step two');
        assert.deepEqual(placeholders(await edit(PLAYBOOK)), []);
    });
});
