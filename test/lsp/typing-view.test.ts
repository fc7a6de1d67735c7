import { strict as assert } from 'node:assert';
import { URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList, Hover, LocationLink, SignatureHelp } from 'vscode-languageserver';
import { completionFromView, hoverFromView, typingView } from '../../server/src/lsp/playbook-typing-view.js';
import type { PlaybookLspServices } from '../../server/src/lsp/playbook-lsp-module.js';
import { createLspServices, ORGANISATION, openWorkspace } from './lsp-services.js';

const PLAYBOOK = `playbook p "P" {
  owner commander
  severity sev1 "Worst" { respond within 15m }
  phase a {
    step one "One" owner tech-lead within 10m
    decide d "Q?" { yes goto one no goto two }
    step two "Two" owner commander after one
  }
  phase b "Second" {
    step three "Three" owner scribe within 1h after two
    step four "Four" owner commander
  }
  channel war-room chat "#inc" owner commander
  phase c {
    step loose "Loose" owner tech-lead
  }
}
`;

const URI_TEXT = 'file:///workspace/p.playbook';

/** A workspace of the organisation and one playbook, built (linked and validated). */
async function built(text: string): Promise<{ services: PlaybookLspServices; document: LangiumDocument }> {
    const services = createLspServices();
    const documents = await openWorkspace(services, { 'org.playbook': ORGANISATION, 'p.playbook': text }, { validation: true });
    return { services, document: documents['p.playbook']! };
}

/** The offset just after the n-th (1-based) occurrence of `marker` in `text`. */
function after(text: string, marker: string, occurrence = 1): number {
    let at = -1;
    for (let i = 0; i < occurrence; i++) {
        at = text.indexOf(marker, at + 1);
        assert.ok(at >= 0, `the text has no ${occurrence}. "${marker}"`);
    }
    return at + marker.length;
}

function edit(text: string, at: number, remove: number, insert: string): string {
    return text.slice(0, at) + insert + text.slice(at + remove);
}

describe('typing view: requests answered from the last linked tree plus the edited item', () => {
    /**
     * The request answered in a view over the old document's tree, and on a document built from the
     * new text: the same answer, in the new text's positions.
     */
    async function both<R>(oldText: string, newText: string, offset: number, ask: (services: PlaybookLspServices, document: LangiumDocument, position: { line: number; character: number }) => Promise<R | undefined>, place: (result: R, view: NonNullable<ReturnType<typeof typingView>>) => R): Promise<{ inView: R | undefined; built: R | undefined }> {
        const old = await built(oldText);
        const text = TextDocument.create(URI_TEXT, 'playbook', 2, newText);
        const position = text.positionAt(offset);
        const view = typingView(old.services, old.document, text, position);
        assert.ok(view, 'no view at the cursor');
        const answer = await ask(old.services, view.document, view.toView(position));
        const fresh = await built(newText);
        return { inView: answer && place(answer, view), built: await ask(fresh.services, fresh.document, position) };
    }

    const complete = (services: PlaybookLspServices, document: LangiumDocument, position: { line: number; character: number }) =>
        services.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: URI_TEXT }, position }) as Promise<CompletionList | undefined>;
    const hover = (services: PlaybookLspServices, document: LangiumDocument, position: { line: number; character: number }) =>
        services.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: URI_TEXT }, position }) as Promise<Hover | undefined>;

    it('starts from a playbook that parses', async () => {
        const { document } = await built(PLAYBOOK);
        assert.deepEqual(document.parseResult.parserErrors.map(e => e.message), []);
    });

    it('completes an owner after a keystroke on an earlier line as on the built document', async () => {
        const newText = edit(PLAYBOOK, after(PLAYBOOK, '"One'), 0, 'x');
        const cursor = after(newText, 'step four "Four" owner c');
        const { inView, built: expected } = await both(PLAYBOOK, newText, cursor, complete, completionFromView);
        assert.ok(expected && expected.items.some(i => i.label === 'commander'), 'the built document offers commander');
        assert.deepEqual(inView, expected);
    });

    it('completes the name being typed at the cursor as on the built document', async () => {
        const oldText = PLAYBOOK.replace('step four "Four" owner commander', 'step four "Four" owner c');
        const newText = oldText.replace('step four "Four" owner c', 'step four "Four" owner co');
        const { inView, built: expected } = await both(oldText, newText, after(newText, 'step four "Four" owner co'), complete, completionFromView);
        assert.ok(expected && expected.items.length > 0);
        assert.deepEqual(inView, expected);
    });

    it('completes a clause typed into an item of a phase, and a step never waits for itself', async () => {
        const oldText = PLAYBOOK.replace('step four "Four" owner commander', 'step four "Four" owner commander after');
        const newText = oldText.replace('"Four" owner commander after', '"Four" owner commander after ');
        const { inView, built: expected } = await both(oldText, newText, after(newText, '"Four" owner commander after '), complete, completionFromView);
        const labels = inView?.items.map(i => i.label) ?? [];
        assert.ok(labels.includes('three') && !labels.includes('four'), `offered: ${labels.join(', ')}`);
        assert.deepEqual(inView, expected);
    });

    it('completes in a step of a later phase', async () => {
        const newText = edit(PLAYBOOK, after(PLAYBOOK, 'step loose "Loose" owner tech-lead'), 0, ' after t');
        const { inView, built: expected } = await both(PLAYBOOK, newText, after(newText, ' after t'), complete, completionFromView);
        assert.ok(expected && expected.items.some(i => i.label === 'two'));
        assert.deepEqual(inView, expected);
    });

    it('hovers a reference after a keystroke elsewhere as on the built document, range in the new text', async () => {
        const newText = edit(PLAYBOOK, after(PLAYBOOK, '"P'), 0, 'xyz\n');
        const cursor = after(newText, 'step three "Three" owner sc');
        const { inView, built: expected } = await both(PLAYBOOK, newText, cursor, hover, hoverFromView);
        assert.ok(expected, 'the built document has a hover');
        assert.deepEqual(inView, expected);
    });

    const definition = (services: PlaybookLspServices, document: LangiumDocument, position: { line: number; character: number }) =>
        Promise.resolve(services.lsp.DefinitionProvider!.getDefinition(document, { textDocument: { uri: URI_TEXT }, position }) as LocationLink[] | undefined);

    it('goes to a step defined before the edit as on the built document', async () => {
        const newText = edit(PLAYBOOK, after(PLAYBOOK, 'within 10m'), 0, '\n    // a note');
        const { inView, built: expected } = await both(PLAYBOOK, newText, after(newText, 'within 1h after tw'), definition, links => links);
        assert.equal(expected?.[0]?.targetSelectionRange.start.line, newText.slice(0, newText.indexOf('step two')).split('\n').length - 1);
        assert.deepEqual(inView, expected);
    });

    it('goes to a step defined after the edit, whose lines moved, as on the built document', async () => {
        const oldText = PLAYBOOK.replace('step one "One" owner tech-lead within 10m', 'step one "One" owner tech-lead within 10m after four');
        const newText = edit(oldText, after(oldText, 'no goto two }'), 0, '\n    // a note');
        const { inView, built: expected } = await both(oldText, newText, after(newText, 'within 10m after fo'), definition, links => links);
        assert.equal(expected?.[0]?.targetSelectionRange.start.line, newText.slice(0, newText.indexOf('step four')).split('\n').length - 1);
        assert.deepEqual(inView, expected);
    });

    it('goes to a name of the organisation file (from a phase, from the playbook), and to the edited step itself, as on the built document', async () => {
        const newText = edit(PLAYBOOK, after(PLAYBOOK, 'decide d "Q'), 0, 'z');
        for (const cursor of ['step two "Two" owner comm', 'chat "#inc" owner comm']) {
            const toOrganisation = await both(PLAYBOOK, newText, after(newText, cursor), definition, links => links);
            assert.ok(toOrganisation.built?.[0]?.targetUri.endsWith('org.playbook'), JSON.stringify(toOrganisation.built));
            assert.deepEqual(toOrganisation.inView, toOrganisation.built);
        }
        const inItem = PLAYBOOK.replace('step loose "Loose" owner tech-lead', 'step loose "Loose" owner tech-lead after loose');
        const typed = edit(inItem, after(inItem, '"Loose'), 0, 'r');
        const toItself = await both(inItem, typed, after(typed, 'tech-lead after loo'), definition, links => links);
        assert.equal(toItself.built?.length, 1);
        assert.deepEqual(toItself.inView, toItself.built);
    });

    it('gives signature help in the edited clause as on the built document', async () => {
        const oldText = PLAYBOOK.replace('  severity sev1', '  escalation lp { level 1 notify commander }\n  severity sev1');
        const newText = oldText.replace('level 1 notify commander }', 'level 1 notify commander, scribe }');
        const signature = (services: PlaybookLspServices, document: LangiumDocument, position: { line: number; character: number }) =>
            Promise.resolve(services.lsp.SignatureHelp!.provideSignatureHelp(document, { textDocument: { uri: URI_TEXT }, position }) as SignatureHelp | undefined);
        const { inView, built: expected } = await both(oldText, newText, after(newText, 'notify commander, sc'), signature, help => help);
        assert.ok(expected?.signatures[0]?.label.startsWith('level <number>'), `the built document's help: ${JSON.stringify(expected)}`);
        assert.deepEqual(inView, expected);
    });

    it('has no view outside the items of a playbook (its header): such a request waits for the build', async () => {
        const old = await built(PLAYBOOK);
        const newText = PLAYBOOK.replace('owner commander\n  severity', 'owner co\n  severity');
        const text = TextDocument.create(URI_TEXT, 'playbook', 2, newText);
        assert.equal(typingView(old.services, old.document, text, text.positionAt(after(newText, 'owner co'))), undefined);
        assert.equal(old.document.uri.toString(), URI.parse(URI_TEXT).toString());
    });
});
