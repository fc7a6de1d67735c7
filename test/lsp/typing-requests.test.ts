import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList, Hover, LocationLink } from 'vscode-languageserver-protocol';
import { open, openInNewFolder, type FolderSession, type ServerSession } from '../helpers/server-session.js';
import { ORGANISATION } from './lsp-services.js';

const PLAYBOOK = `playbook p "P" {
  owner commander
  phase a {
    step one "One" owner tech-lead within 10m
    step two "Two" owner commander after one
  }
  phase b "Second" {
    step three "Three" owner scribe within 1h after two
    step four "Four" owner c
  }
}
`;

describe('requests made while typing (stdio): answered from the last linked state, as on the built document', function () {
    this.timeout(300_000);
    let opened: FolderSession;
    let folder: string;
    let session: ServerSession;
    let uri: string;
    let text = PLAYBOOK;
    let version = 1;

    before(async () => {
        opened = await openInNewFolder('playbook-typing-', { 'org.playbook': ORGANISATION, 'p.playbook': PLAYBOOK }, 'p.playbook');
        ({ session, uri, folder } = opened);
    });

    after(async () => opened.close());

    const positionAfter = (marker: string) => TextDocument.create(uri, 'playbook', 1, text).positionAt(text.indexOf(marker) + marker.length);

    /** Sends the new text and, without waiting, the request; then the same request once the edit is built. */
    async function typedThenBuilt<R>(newText: string, method: string, marker: string): Promise<{ typed: R; built: R }> {
        text = newText;
        const published = session.published.get(uri)?.length ?? 0;
        await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ text }] });
        const params = { textDocument: { uri }, position: positionAfter(marker) };
        const typed = await session.connection.sendRequest<R>(method, params);
        await session.waitForDiagnostics(uri, () => (session.published.get(uri)?.length ?? 0) > published);
        return { typed, built: await session.connection.sendRequest<R>(method, params) };
    }

    it('completes the name being typed with what the built document offers', async () => {
        const { typed, built } = await typedThenBuilt<CompletionList>(text.replace('"Four" owner c', '"Four" owner co'), 'textDocument/completion', '"Four" owner co');
        assert.ok(built.items.some(item => item.label === 'commander'), 'the built document offers commander');
        assert.deepEqual(typed, built);
    });

    it('completes after a keystroke on an earlier line, with edits placed in the new text', async () => {
        const { typed, built } = await typedThenBuilt<CompletionList>(text.replace('"One"', '"One!"'), 'textDocument/completion', 'after t');
        assert.deepEqual(typed, built);
        const { typed: again, built: expected } = await typedThenBuilt<CompletionList>(text.replace('"Four" owner co', '"Four" owner co after t'), 'textDocument/completion', '"Four" owner co after t');
        const labels = again.items.map(item => item.label);
        assert.ok(labels.includes('three') && !labels.includes('four'), `offered: ${labels.join(', ')}`);
        assert.deepEqual(again, expected);
    });

    it('hovers right after an edit as on the built document', async () => {
        const { typed, built } = await typedThenBuilt<Hover>(`// a comment typed at the top\n${text}`, 'textDocument/hover', 'step three "Three" owner sc');
        assert.ok(built?.contents, 'the built document has a hover');
        assert.deepEqual(typed, built);
    });

    it('goes to a definition right after an edit as on the built document, in the edited text, not the old tree', async () => {
        // Two lines typed above the step: in the old tree the position of `one` in `after one`
        // falls elsewhere. The build of a keystroke waits a moment (playbook-typing-pause.ts);
        // a definition asked in that moment is answered in the typing view, placed in the new text.
        const { typed, built } = await typedThenBuilt<LocationLink[]>(text.replace('  phase a {', '  // typed\n  // again\n  phase a {'), 'textDocument/definition', 'owner commander after o');
        assert.equal(built.length, 1);
        assert.equal(built[0]!.targetSelectionRange.start.line, text.split('\n').findIndex(line => line.includes('step one ')));
        assert.deepEqual(typed, built);
    });

    it('answers a request about a file opened a moment ago once it is built (nothing to answer from before)', async () => {
        const other = pathToFileURL(path.join(folder, 'new.playbook')).toString();
        const newText = 'playbook n "N" {\n  step s "S" owner co\n}\n';
        await open(session, other, newText);
        const list = await session.connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri: other }, position: { line: 1, character: 20 } });
        assert.ok(list.items.some(item => item.label === 'commander'), `offered: ${list.items.map(i => i.label).join(', ')}`);
    });
});
