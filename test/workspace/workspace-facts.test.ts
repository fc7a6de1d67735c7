import { strict as assert } from 'node:assert';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { isRole, type Document, type EscalationPath, type Role } from '../../server/src/language/generated/ast.js';
import { EscalationChains } from '../../server/src/language/playbook-escalation-chains.js';
import { createPlaybookServices } from '../../server/src/language/playbook-module.js';

describe('workspace facts follow document state', () => {
    it('drops facts read while a document was not yet linked, once it is (issue 22: unused-definition that never cleared)', async () => {
        const { shared, Playbook } = createPlaybookServices(EmptyFileSystem);
        const workspace = shared.workspace;
        const org = workspace.LangiumDocumentFactory.fromString<Document>('role scribe "Scribe"\n', URI.file('/ws/org.playbook'));
        workspace.LangiumDocuments.addDocument(org);
        await workspace.DocumentBuilder.build([org], { validation: false });
        const scribe = org.parseResult.value.elements.find(isRole) as Role;
        // A playbook opened while the server starts: known, parsed, not linked yet.
        const playbook = workspace.LangiumDocumentFactory.fromString<Document>('playbook p { phase a { step one owner scribe } }\n', URI.file('/ws/p.playbook'));
        workspace.LangiumDocuments.addDocument(playbook);
        assert.ok(playbook.state < DocumentState.Linked);
        const facts = Playbook.workspace.WorkspaceFacts;
        const warnings: unknown[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args);
        try {
            assert.equal(facts.isUsed(scribe), false, 'an unlinked document contributes no uses');
        } finally {
            console.warn = warn;
        }
        assert.deepEqual(warnings, [], 'the facts resolved a reference of the unlinked document');
        await workspace.DocumentBuilder.build([playbook], { validation: false });
        assert.equal(facts.isUsed(scribe), true, 'the facts read before linking were dropped');
    });
});

/** A path for the chain tests that counts how often its `then` is followed. */
function paths(count: number, next: (i: number) => number | undefined): { all: EscalationPath[]; reads: () => number } {
    let reads = 0;
    const all: EscalationPath[] = [];
    for (let i = 0; i < count; i++) {
        const path: Record<string, unknown> = { $type: 'EscalationPath', name: `p${i}` };
        path.next = { get ref() {
            reads++;
            const j = next(i);
            return j === undefined ? undefined : all[j];
        } };
        all.push(path as unknown as EscalationPath);
    }
    return { all, reads: () => reads };
}

describe('escalation chains', () => {
    it('walk 3,000 chained paths in linear work', () => {
        const { all, reads } = paths(3000, i => (i + 1 < 3000 ? i + 1 : undefined));
        const chains = new EscalationChains();
        assert.ok(all.every(path => chains.loopOf(path) === undefined));
        assert.ok(reads() <= 2 * all.length, `${reads()} reads of "then" for ${all.length} paths`);
    });

    it('find the loop each path lies on, starting at that path, and none for a path leading into it', () => {
        // p0 -> p1 -> p2 -> p0, and p3 -> p1
        const { all, reads } = paths(4, i => [1, 2, 0, 1][i]);
        const chains = new EscalationChains();
        const names = (loop: readonly EscalationPath[] | undefined) => loop?.map(p => p.name);
        assert.deepEqual(names(chains.loopOf(all[3]!)), undefined);
        assert.deepEqual(names(chains.loopOf(all[1]!)), ['p1', 'p2', 'p0']);
        assert.deepEqual(names(chains.loopOf(all[0]!)), ['p0', 'p1', 'p2']);
        assert.deepEqual(names(chains.loopOf(all[2]!)), ['p2', 'p0', 'p1']);
        assert.ok(reads() <= 4);
    });
});
