import { strict as assert } from 'node:assert';
import { AstUtils, DocumentState, EmptyFileSystem, URI, type AstNode, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Assignment, Playbook } from '../../server/src/language/generated/ast.js';
import { createPlaybookLspServices } from '../../server/src/lsp/playbook-lsp-module.js';

const ORG = `person alice "Alice" { phone "+48 600" }
person bob "Bob" { phone "+48 601" }
role scribe "Scribe"
`;
const PLAYBOOK = `playbook p "P" {
  severity sev1 { escalation path }
  escalation path { level 1 notify alice }
  notify executives via room every 1h during sev1 owner alice
  channel room chat "#r" owner alice backup line
  channel line phone "+1" owner alice
  phase a { step s "S" owner scribe }
}
`;

/** Opens files as an editor does and returns a function that edits one and rebuilds. */
async function openEditor(files: Record<string, string>) {
    const { shared } = createPlaybookLspServices({ ...EmptyFileSystem });
    const textDocuments = shared.workspace.TextDocuments!;
    const documents: Record<string, LangiumDocument> = {};
    for (const [name, text] of Object.entries(files)) {
        const textDocument = TextDocument.create(URI.file(`/ws/${name}`).toString(), 'playbook', 1, text);
        textDocuments.set(textDocument);
        documents[name] = shared.workspace.LangiumDocumentFactory.fromTextDocument(textDocument);
        shared.workspace.LangiumDocuments.addDocument(documents[name]);
    }
    await shared.workspace.DocumentBuilder.build(Object.values(documents), { validation: true });
    const get = (name: string) => shared.workspace.LangiumDocuments.getDocument(URI.file(`/ws/${name}`))!;
    let linked: string[] = [];
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => {
        linked.push(document.uri.path.split('/').pop()!);
    });
    /** Edits a file and rebuilds; returns the files that were (re)linked. */
    const edit = async (name: string, from: string, to: string) => {
        const current = textDocuments.get(URI.file(`/ws/${name}`).toString())!;
        textDocuments.set(TextDocument.create(current.uri, 'playbook', current.version + 1, current.getText().replace(from, to)));
        linked = [];
        await shared.workspace.DocumentBuilder.update([URI.parse(current.uri)], []);
        return linked.sort();
    };
    const codes = (name: string) => (get(name).diagnostics ?? []).map(d => `${String(d.code)}:${d.range.start.line + 1}`).sort();
    return { get, edit, codes };
}

describe('incremental re-validation in the language server', () => {
    it('points references at the new node when only a string of the organisation file changes, keeping diagnostics', async () => {
        const editor = await openEditor({ 'org.playbook': ORG, 'p.playbook': PLAYBOOK });
        const before = editor.codes('p.playbook');
        const playbook = () => editor.get('p.playbook').parseResult.value as unknown as { elements: Playbook[] };
        const ownerOfRoom = () => (playbook().elements[0]!.elements[3] as { owner?: { ref?: { title?: string } } }).owner?.ref;
        assert.equal(ownerOfRoom()?.title, 'Alice');
        assert.deepEqual(await editor.edit('org.playbook', '"Alice"', '"Alice Nowak"'), ['org.playbook']);
        assert.equal(ownerOfRoom()?.title, 'Alice Nowak');
        assert.ok(editor.get('p.playbook').references.length > 0);
        assert.deepEqual(editor.codes('p.playbook'), before);
    });

    it('re-validates the playbooks when an organisation-wide assignment appears', async () => {
        const editor = await openEditor({ 'org.playbook': ORG, 'p.playbook': PLAYBOOK });
        assert.ok(editor.codes('p.playbook').includes('unassigned-role:7'), editor.codes('p.playbook').join());
        // A new name or line is a change of shape: the playbook that refers to the file is relinked.
        assert.deepEqual(await editor.edit('org.playbook', 'role scribe "Scribe"', 'role scribe "Scribe"\nassign scribe to bob backup alice'), ['org.playbook', 'p.playbook']);
        assert.ok(!editor.codes('p.playbook').includes('unassigned-role:7'), editor.codes('p.playbook').join());
        const org = editor.get('org.playbook').parseResult.value as unknown as { elements: Assignment[] };
        assert.equal(org.elements[3]?.holders[0]?.ref?.name, 'bob');
    });

    it('re-validates the organisation file when a playbook stops using one of its definitions', async () => {
        const editor = await openEditor({ 'org.playbook': ORG, 'p.playbook': PLAYBOOK.replace('notify alice }', 'notify alice, bob }') });
        assert.ok(!editor.codes('org.playbook').includes('unused-definition:2'), editor.codes('org.playbook').join());
        await editor.edit('p.playbook', 'notify alice, bob }', 'notify alice }');
        assert.ok(editor.codes('org.playbook').includes('unused-definition:2'), editor.codes('org.playbook').join());
    });

    it('relinks only the playbooks that name a renamed organisation definition; the others keep their links, pointed at the new nodes', async () => {
        const usesBob = PLAYBOOK.replace('playbook p "P"', 'playbook q "Q"').replace('notify alice }', 'notify alice, bob }');
        const editor = await openEditor({ 'org.playbook': ORG, 'p.playbook': PLAYBOOK, 'q.playbook': usesBob });
        const before = editor.codes('p.playbook');
        const ownerOfRoom = () => ((editor.get('p.playbook').parseResult.value as unknown as { elements: Playbook[] }).elements[0]!.elements[3] as { owner?: { ref?: unknown } }).owner?.ref;
        assert.deepEqual(await editor.edit('org.playbook', 'person bob "Bob"', 'person robert "Bob"'), ['org.playbook', 'q.playbook']);
        // The organisation file's tree after the edit (moved in place or parsed again) holds the target.
        assert.equal(AstUtils.findRootNode(ownerOfRoom() as AstNode), editor.get('org.playbook').parseResult.value, 'the reference points into the organisation file as it now is');
        assert.equal((ownerOfRoom() as { name?: string } | undefined)?.name, 'alice');
        assert.deepEqual(editor.codes('p.playbook'), before);
        assert.ok(editor.get('q.playbook').diagnostics?.some(d => /bob/.test(typeof d.message === 'string' ? d.message : '')), 'q names bob, which is gone');
        // Renaming the use too, as a rename does: q is linked again and bob's finding goes.
        await editor.edit('q.playbook', 'notify alice, bob }', 'notify alice, robert }');
        assert.deepEqual(editor.codes('q.playbook'), editor.codes('p.playbook'));
    });

    it('re-validates the file whose top-level name a rename duplicates, and only the files a name change concerns', async () => {
        const editor = await openEditor({ 'org.playbook': ORG, 'p.playbook': PLAYBOOK, 'other.playbook': 'playbook x "X" {\n  owner scribe\n}\n', 'third.playbook': 'playbook t "T" {\n  owner scribe\n}\n' });
        assert.ok(!editor.codes('other.playbook').includes('duplicate-name:1'), editor.codes('other.playbook').join());
        assert.deepEqual(await editor.edit('p.playbook', 'playbook p "P"', 'playbook x "P"'), ['p.playbook']);
        assert.ok(editor.codes('other.playbook').includes('duplicate-name:1'), editor.codes('other.playbook').join());
        assert.ok(editor.codes('p.playbook').includes('duplicate-name:1'), editor.codes('p.playbook').join());
        await editor.edit('p.playbook', 'playbook x "P"', 'playbook p "P"');
        assert.ok(!editor.codes('other.playbook').includes('duplicate-name:1'), editor.codes('other.playbook').join());
    });
});
