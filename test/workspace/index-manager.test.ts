import { strict as assert } from 'node:assert';
import { AstUtils, DefaultIndexManager, EmptyFileSystem, URI, type LangiumDocument, type ReferenceDescription } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isPerson, type Document } from '../../server/src/language/generated/ast.js';
import { createPlaybookLspServices } from '../../server/src/lsp/playbook-lsp-module.js';
import { PlaybookIndexManager } from '../../server/src/workspace/playbook-index-manager.js';
import { type PlaybookReferenceDescriptionProvider } from '../../server/src/workspace/playbook-reference-descriptions.js';

const ORG = `person alice "Alice" { phone "+48 600" }
person bob "Bob" { phone "+48 601" }
role scribe "Scribe"
`;
const TEAMS = 'team ops { members alice, bob }\n';
const playbook = (name: string, who: string) => `playbook ${name} "P" {
  phase a { step s "S" owner scribe }
  phase b { step t "T" owner scribe after s }
}
assign scribe to ${who}
`;

/** Opens files as an editor does and counts the descriptions the provider makes, per file. */
async function open(files: Record<string, string>) {
    const { shared, Playbook } = createPlaybookLspServices({ ...EmptyFileSystem });
    const { TextDocuments, LangiumDocumentFactory, LangiumDocuments, DocumentBuilder, IndexManager } = shared.workspace;
    const provider = Playbook.workspace.ReferenceDescriptionProvider as PlaybookReferenceDescriptionProvider;
    const described: string[] = [];
    const describe = provider.describe.bind(provider);
    provider.describe = document => {
        described.push(document.uri.path.split('/').pop()!);
        return describe(document);
    };
    const uri = (name: string) => URI.file(`/ws/${name}`);
    const documents: Array<LangiumDocument<Document>> = [];
    for (const [name, text] of Object.entries(files)) {
        const textDocument = TextDocument.create(uri(name).toString(), 'playbook', 1, text);
        TextDocuments!.set(textDocument);
        documents.push(LangiumDocumentFactory.fromTextDocument(textDocument));
        LangiumDocuments.addDocument(documents.at(-1)!);
    }
    await DocumentBuilder.build(documents, { validation: true });
    const get = (name: string) => LangiumDocuments.getDocument(uri(name)) as LangiumDocument<Document>;
    return {
        index: IndexManager, provider: describe, described, get, uri,
        all: () => LangiumDocuments.all.toArray(),
        async change(name: string, from: string, to: string) {
            const current = TextDocuments!.get(uri(name).toString())!;
            TextDocuments!.set(TextDocument.create(current.uri, 'playbook', current.version + 1, current.getText().replace(from, to)));
            await DocumentBuilder.update([uri(name)], []);
        },
        person: (name: string) => get('org.playbook').parseResult.value.elements.filter(isPerson).find(p => p.name === name)!,
        path: (node: Parameters<typeof Playbook.workspace.AstNodeLocator.getAstNodePath>[0]) => Playbook.workspace.AstNodeLocator.getAstNodePath(node),
    };
}

/** What Langium's own index answers: every description of every document, filtered the same way. */
function expectedReferences(documents: LangiumDocument[], describe: (document: LangiumDocument) => ReferenceDescription[], target: string, path: string): string[] {
    return documents.flatMap(describe).filter(d => d.targetUri.toString() === target && d.targetPath === path).map(show).sort();
}

function show(d: ReferenceDescription): string {
    return `${d.sourceUri.path}#${d.sourcePath} ${d.segment.range.start.line}:${d.segment.range.start.character}`;
}

describe('the reference index describes references when first asked (playbook-index-manager.ts)', () => {
    it('is the index of the language server and of the core services', async () => {
        const ws = await open({ 'org.playbook': ORG });
        assert.ok(ws.index instanceof PlaybookIndexManager);
        assert.ok(ws.index instanceof DefaultIndexManager);
    });

    it('makes no description while building, and every document\'s once, at the first search', async () => {
        const ws = await open({ 'org.playbook': ORG, 'teams.playbook': TEAMS, 'a.playbook': playbook('pa', 'alice'), 'b.playbook': playbook('pb', 'bob') });
        assert.deepEqual(ws.described, [], 'the build made descriptions');
        const alice = ws.person('alice');
        const found = ws.index.findAllReferences(alice, ws.path(alice)).map(show).toArray().sort();
        assert.deepEqual([...ws.described].sort(), ['a.playbook', 'b.playbook', 'org.playbook', 'teams.playbook']);
        assert.deepEqual(found, expectedReferences(ws.all(), ws.provider, ws.uri('org.playbook').toString(), ws.path(alice)));
        assert.equal(found.length, 2, found.join('\n'));
        ws.index.findAllReferences(alice, ws.path(alice)).toArray();
        assert.equal(ws.described.length, 4, 'a second search described again');
    });

    it('describes again only what an edit linked again, and finds the edited text', async () => {
        const ws = await open({ 'org.playbook': ORG, 'a.playbook': playbook('pa', 'alice'), 'b.playbook': playbook('pb', 'bob') });
        ws.index.findAllReferences(ws.person('bob'), ws.path(ws.person('bob'))).toArray();
        ws.described.length = 0;
        await ws.change('a.playbook', 'to alice', 'to bob');
        const bob = ws.person('bob');
        const found = ws.index.findAllReferences(bob, ws.path(bob)).map(show).toArray().sort();
        // The edited file, and b.playbook, which names the person the edit's name changed to (the builder relinks it).
        assert.deepEqual([...ws.described].sort(), ['a.playbook', 'b.playbook']);
        assert.deepEqual(found, expectedReferences(ws.all(), ws.provider, ws.uri('org.playbook').toString(), ws.path(bob)));
        assert.ok(found.some(line => line.startsWith('/ws/a.playbook')), found.join('\n'));
    });

    it("tells which documents refer to changed files as Langium's index does, without describing them", async () => {
        const ws = await open({ 'org.playbook': ORG, 'teams.playbook': TEAMS, 'a.playbook': playbook('pa', 'alice'), 'solo.playbook': 'person carol "Carol"\n' });
        const changes = [['org.playbook'], ['teams.playbook'], ['a.playbook'], ['solo.playbook'], ['org.playbook', 'solo.playbook'], []];
        for (const document of ws.all()) {
            for (const names of changes) {
                const changed = new Set(names.map(name => ws.uri(name).toString()));
                const expected = ws.provider(document).some(d => !d.local && changed.has(d.targetUri.toString()));
                assert.equal(ws.index.isAffected(document, changed), expected, `${document.uri.path} after a change of ${names.join(', ')}`);
            }
        }
        assert.ok(ws.index.isAffected(ws.get('a.playbook'), new Set([ws.uri('org.playbook').toString()])));
        assert.ok(!ws.index.isAffected(ws.get('org.playbook'), new Set([ws.uri('org.playbook').toString()])), 'a reference into its own file is local');
        assert.deepEqual(ws.described.filter(name => !ws.all().some(d => d.uri.path.endsWith(name))), []);
        ws.described.length = 0;
        ws.index.isAffected(ws.get('a.playbook'), new Set());
        assert.deepEqual(ws.described, [], 'isAffected described a document');
    });

    it('an edit of the organisation file that removes a person relinks the playbooks that named them', async () => {
        const ws = await open({ 'org.playbook': ORG, 'a.playbook': playbook('pa', 'alice'), 'b.playbook': playbook('pb', 'bob') });
        await ws.change('org.playbook', 'person alice "Alice" { phone "+48 600" }', '');
        const unresolved = (name: string) => ws.get(name).references.filter(reference => reference.error !== undefined).map(reference => reference.$refText);
        assert.deepEqual(unresolved('a.playbook'), ['alice']);
        assert.deepEqual(unresolved('b.playbook'), []);
        const bob = ws.person('bob');
        assert.equal(AstUtils.getDocument(bob).uri.path, '/ws/org.playbook');
        assert.equal(ws.index.findAllReferences(bob, ws.path(bob)).count(), 1);
    });
});
