import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { openInNewFolder, type FolderSession, type ServerSession } from '../helpers/server-session.js';
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
 * Edits of strings, names, comments and spacing are applied to the document's tree in place, without a
 * parse (server/src/language/playbook-token-stable-edit.ts); over stdio, the diagnostics that
 * follow must be those of the new text, at its positions.
 */
describe('diagnostics after an edit of strings, names, comments and spacing only (stdio)', function () {
    this.timeout(300_000);
    let opened: FolderSession;
    let session: ServerSession;
    let uri: string;
    let version = 1;

    before(async () => {
        opened = await openInNewFolder('playbook-string-edit-', { 'org.playbook': ORGANISATION, 'p.playbook': PLAYBOOK }, 'p.playbook');
        ({ session, uri } = opened);
    });

    after(async () => opened.close());

    /**
     * Sends the new text and returns the diagnostics published for it. Code actions are answered
     * once the document is validated, after its diagnostics are sent: the last ones published
     * then are the new text's, whatever the server published for the open before.
     */
    async function edit(text: string): Promise<Diagnostic[]> {
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
        const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        await session.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: whole, context: { diagnostics: [] } });
        return session.published.get(uri)!.at(-1)!;
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

    it('links a renamed step and its uses again: a use left behind is reported where it stands, and renaming it too clears it', async () => {
        const renamed = PLAYBOOK.replace('step one', 'step uno');
        const line = renamed.split('\n').findIndex(l => l.includes('after one'));
        const character = renamed.split('\n')[line]!.indexOf('after one') + 'after '.length;
        const dangling = (await edit(renamed)).filter(d => d.severity === 1);
        assert.deepEqual(dangling.map(d => d.range), [{ start: { line, character }, end: { line, character: character + 3 } }], JSON.stringify(dangling));
        assert.deepEqual((await edit(renamed.replace('after one', 'after uno'))).filter(d => d.severity === 1), []);
    });
});
