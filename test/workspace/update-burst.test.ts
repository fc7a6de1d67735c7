import { strict as assert } from 'node:assert';
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Playbook } from '../../server/src/language/generated/ast.js';
import { createPlaybookLspServices } from '../../server/src/lsp/playbook-lsp-module.js';
import type { PlaybookDocumentBuilder } from '../../server/src/workspace/playbook-document-builder.js';

const ORG = `person alice "Alice" { phone "+48 600" }
person bob "Bob" { phone "+48 601" }
role scribe "Scribe"
`;
/** A playbook whose escalation notifies `who`; `name` keeps top-level names apart. */
const playbook = (name: string, who: string) => `playbook ${name} "P" {
  severity sev1 { escalation path }
  escalation path { level 1 notify ${who} }
  notify executives via room every 1h during sev1 owner alice
  channel room chat "#r" owner alice backup line
  channel line phone "+1" owner alice
  phase a { step s "S" owner scribe }
}
`;

type Counts = Record<string, number>;

/**
 * Opens files as an editor does, with the server's lock: changes go through
 * `WorkspaceLock.write`, as Langium's document update handler sends them, each cancelling the
 * write before it. Counts what each build phase did per file.
 */
async function openServer(files: Record<string, string>) {
    const { shared } = createPlaybookLspServices({ ...EmptyFileSystem });
    const { TextDocuments, LangiumDocumentFactory, LangiumDocuments, WorkspaceLock } = shared.workspace;
    const builder = shared.workspace.DocumentBuilder as PlaybookDocumentBuilder;
    const uri = (name: string) => URI.file(`/ws/${name}`);
    const documents: LangiumDocument[] = [];
    for (const [name, text] of Object.entries(files)) {
        const textDocument = TextDocument.create(uri(name).toString(), 'playbook', 1, text);
        TextDocuments!.set(textDocument);
        documents.push(LangiumDocumentFactory.fromTextDocument(textDocument));
        LangiumDocuments.addDocument(documents.at(-1)!);
    }
    await builder.build(documents, { validation: true });
    const counts = { parsed: {} as Counts, linked: {} as Counts, validated: {} as Counts };
    const count = (into: Counts) => (document: LangiumDocument) => {
        const name = document.uri.path.split('/').pop()!;
        into[name] = (into[name] ?? 0) + 1;
    };
    builder.onDocumentPhase(DocumentState.Parsed, count(counts.parsed));
    builder.onDocumentPhase(DocumentState.Linked, count(counts.linked));
    builder.onDocumentPhase(DocumentState.Validated, count(counts.validated));
    const get = (name: string) => LangiumDocuments.getDocument(uri(name))!;
    const unchanged: string[] = [];
    builder.onUnchanged(documents => unchanged.push(...documents.map(document => document.uri.path.split('/').pop()!)));
    return {
        unchanged,
        builder, counts, get,
        /** Gives a file new text and sends its update through the lock, not waiting for it. */
        change(name: string, from: string, to: string): Promise<void> {
            const current = TextDocuments!.get(uri(name).toString())!;
            TextDocuments!.set(TextDocument.create(current.uri, 'playbook', current.version + 1, current.getText().replace(from, to)));
            return WorkspaceLock.write(token => builder.update([uri(name)], [], token));
        },
        revalidateAll: () => WorkspaceLock.write(token => builder.revalidateAll(token)),
        diagnostics: (name: string) => (get(name).diagnostics ?? []).map(d => `${String(d.code)}:${d.range.start.line + 1}:${d.range.start.character}:${d.message}`).sort(),
    };
}

/** The diagnostics of a fresh build of the same texts, to compare an incremental result with. */
async function freshDiagnostics(files: Record<string, string>): Promise<Record<string, string[]>> {
    const server = await openServer(files);
    return Object.fromEntries(Object.keys(files).map(name => [name, server.diagnostics(name)]));
}

describe('a burst of document changes', () => {
    it('re-builds nothing for a document opened with the text it was built from, and points it at the editor\'s text', async () => {
        const server = await openServer({ 'org.playbook': ORG, 'p1.playbook': playbook('p1', 'bob') });
        const before = server.diagnostics('org.playbook');
        await server.change('org.playbook', '', '');
        assert.deepEqual(server.counts, { parsed: {}, linked: {}, validated: {} });
        assert.deepEqual(server.unchanged, ['org.playbook']);
        assert.equal(server.get('org.playbook').textDocument.version, 2);
        assert.deepEqual(server.diagnostics('org.playbook'), before);
    });

    it('builds a change undone while its update waits from the text it ends with; one undone before its update runs re-builds nothing', async () => {
        const files = { 'org.playbook': ORG, 'p1.playbook': playbook('p1', 'bob') };
        const server = await openServer(files);
        const fresh = (await freshDiagnostics(files))['p1.playbook'];
        // The first update is waiting (it lets requests in) when the undo arrives.
        const first = server.change('p1.playbook', 'notify bob', 'notify nobody');
        await new Promise(resolve => setTimeout(resolve, 0));
        await Promise.all([first, server.change('p1.playbook', 'notify nobody', 'notify bob')]);
        assert.deepEqual(server.unchanged, []);
        assert.equal(server.counts.parsed['p1.playbook'], 1);
        assert.deepEqual(server.diagnostics('p1.playbook'), fresh);
        // Both texts given before either update runs: the text is the one built, nothing to do.
        await Promise.all([server.change('p1.playbook', 'notify bob', 'notify nobody'), server.change('p1.playbook', 'notify nobody', 'notify bob')]);
        assert.deepEqual(server.unchanged, ['p1.playbook', 'p1.playbook']);
        assert.equal(server.counts.parsed['p1.playbook'], 1);
        assert.deepEqual(server.diagnostics('p1.playbook'), fresh);
    });

    it('builds a rename applied as one change per file once: each changed file parsed once, the others neither relinked nor re-validated', async () => {
        const files = { 'org.playbook': ORG, 'p1.playbook': playbook('p1', 'bob'), 'p2.playbook': playbook('p2', 'bob'), 'p3.playbook': playbook('p3', 'alice') };
        const server = await openServer(files);
        // As an editor applies the rename's workspace edit: one change per file, sent at once.
        await Promise.all([
            server.change('org.playbook', 'person bob', 'person robert'),
            server.change('p1.playbook', 'notify bob', 'notify robert'),
            server.change('p2.playbook', 'notify bob', 'notify robert'),
        ]);
        assert.deepEqual(server.counts.parsed, { 'org.playbook': 1, 'p1.playbook': 1, 'p2.playbook': 1 });
        assert.deepEqual(server.counts.linked, { 'org.playbook': 1, 'p1.playbook': 1, 'p2.playbook': 1 });
        assert.deepEqual(server.counts.validated, { 'org.playbook': 1, 'p1.playbook': 1, 'p2.playbook': 1 });
        const renamed = { ...files, 'org.playbook': ORG.replace('person bob', 'person robert'), 'p1.playbook': playbook('p1', 'robert'), 'p2.playbook': playbook('p2', 'robert') };
        const fresh = await freshDiagnostics(renamed);
        for (const name of Object.keys(files)) {
            assert.deepEqual(server.diagnostics(name), fresh[name], name);
        }
        // p3 was not relinked: its references into the organisation file point at the re-parsed nodes.
        const owner = (server.get('p3.playbook').parseResult.value as unknown as { elements: Playbook[] }).elements[0]!.elements[3] as { owner?: { ref?: { $container?: unknown } } };
        assert.equal(owner.owner?.ref?.$container, server.get('org.playbook').parseResult.value);
    });

    it('waits one typing pause for a burst of changes, not one per change', async () => {
        const names = ['p1', 'p2', 'p3', 'p4', 'p5'];
        const files = { 'org.playbook': ORG, ...Object.fromEntries(names.map(name => [`${name}.playbook`, playbook(name, 'bob')])) };
        const server = await openServer(files);
        // The pause is the builder's own (private): counted where it is asked for.
        const pause = (server.builder as unknown as { typingPause: { before(uris: readonly URI[]): number } }).typingPause;
        const before = pause.before.bind(pause);
        let pauses = 0;
        pause.before = uris => {
            pauses++;
            return before(uris);
        };
        // One change per file, sent at once, as an editor applies a workspace edit: each update
        // but the last is cancelled by the next before it runs, and stops without pausing.
        await Promise.all(names.map(name => server.change(`${name}.playbook`, '"#r"', '"#room"')));
        assert.equal(pauses, 1);
        assert.deepEqual(server.counts.parsed, Object.fromEntries(names.map(name => [`${name}.playbook`, 1])));
    });

    it('builds the changes of an update that a re-validation cancelled', async () => {
        const server = await openServer({ 'org.playbook': ORG, 'p1.playbook': playbook('p1', 'bob') });
        const update = server.change('p1.playbook', 'notify bob', 'notify nobody');
        await Promise.all([update, server.revalidateAll()]);
        assert.ok(server.diagnostics('p1.playbook').some(d => d.includes('nobody')), server.diagnostics('p1.playbook').join('\n'));
        assert.equal(server.counts.parsed['p1.playbook'], 1);
    });

    it('relinks, after a rename whose build was cancelled before the references were repointed, only the files that name what was renamed', async () => {
        const files = { 'org.playbook': ORG, 'p1.playbook': playbook('p1', 'bob'), 'p3.playbook': playbook('p3', 'alice'), 'p4.playbook': playbook('p4', 'alice') };
        const server = await openServer(files);
        // The organisation file is renamed alone (its users not yet); a second change arrives
        // as soon as the file is re-parsed, before the build reaches its indexing.
        let next: Promise<void> | undefined;
        const cancel = server.builder.onDocumentPhase(DocumentState.Parsed, document => {
            if (document.uri.path.endsWith('/org.playbook') && !next) {
                next = server.change('p3.playbook', '"#r"', '"#room"');
            }
        });
        await server.change('org.playbook', 'person bob', 'person robert');
        cancel.dispose();
        assert.ok(next, 'the organisation file was re-parsed');
        await next;
        assert.equal(server.counts.linked['p4.playbook'], undefined, 'p4 names nothing renamed: not relinked');
        assert.equal(server.counts.validated['p4.playbook'], undefined);
        const fresh = await freshDiagnostics({ ...files, 'org.playbook': ORG.replace('person bob', 'person robert'), 'p3.playbook': playbook('p3', 'alice').replace('"#r"', '"#room"') });
        for (const name of Object.keys(files)) {
            assert.deepEqual(server.diagnostics(name), fresh[name], name);
        }
        assert.ok(server.diagnostics('p1.playbook').some(d => d.includes('bob')), 'p1 names bob, which is gone');
        const owner = (server.get('p4.playbook').parseResult.value as unknown as { elements: Playbook[] }).elements[0]!.elements[3] as { owner?: { ref?: { $container?: unknown } } };
        assert.equal(owner.owner?.ref?.$container, server.get('org.playbook').parseResult.value);
    });
});
