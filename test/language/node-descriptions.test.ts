import { strict as assert } from 'node:assert';
import { DefaultAstNodeDescriptionProvider, type AstNode } from 'langium';
import { isAssignment as isRoleAssignment, isPlaybook, type Document } from '../../server/src/language/generated/ast.js';
import { repointReference } from '../../server/src/language/langium-internals.js';
import { contentsOf } from '../../server/src/workspace/playbook-document-walk.js';
import { buildWorkspace, createServices } from '../helpers/services.js';

/**
 * server/src/language/playbook-node-descriptions.ts: the language's descriptions of named nodes
 * (a class, not Langium's object literal with a getter) read the same as Langium's.
 */
describe('descriptions of named nodes (server/src/language/playbook-node-descriptions.ts)', () => {
    const fields = (description: object & { nameSegment?: unknown; selectionSegment?: unknown }) => {
        const { node, name, type, documentUri, path } = description as { node?: AstNode; name: string; type: string; documentUri: unknown; path: string };
        return { node, name, type, documentUri: String(documentUri), path, nameSegment: description.nameSegment, selectionSegment: description.selectionSegment };
    };

    it("has every field of Langium's description, with the same values", async () => {
        const [document] = await buildWorkspace({
            'p.playbook': 'person alice\nrole lead "Lead"\nplaybook p "P" {\n  phase triage "Triage" {\n    step one "One"\n    step two "Two"\n  }\n}\n',
        });
        const { Playbook } = createServices();
        const ours = Playbook.workspace.AstNodeDescriptionProvider;
        const langiums = new DefaultAstNodeDescriptionProvider(Playbook);
        assert.notEqual(ours.constructor, DefaultAstNodeDescriptionProvider, 'the language replaces the provider');
        const root = document!.parseResult.value as Document;
        const named = [...root.elements, ...root.elements.filter(isPlaybook).flatMap(contentsOf)]
            .filter(node => Playbook.references.NameProvider.getName(node) !== undefined);
        assert.ok(named.length >= 5);
        for (const node of named) {
            const name = Playbook.references.NameProvider.getName(node);
            assert.deepEqual(fields(ours.createDescription(node, name, document)), fields(langiums.createDescription(node, name, document)));
        }
        assert.throws(() => ours.createDescription(root, undefined, document), /has no name/);
    });

    it('keeps its name segment when a reference is pointed at a re-parsed node', async () => {
        const [, playbook] = await buildWorkspace({
            'org.playbook': 'person alice\nrole lead "Lead"\n',
            'p.playbook': 'assign lead to alice\n',
        });
        const reference = playbook!.parseResult.value.elements.find(isRoleAssignment)!.role;
        const segment = reference.$nodeDescription?.nameSegment;
        assert.ok(segment);
        assert.equal(repointReference(reference), true);
        assert.deepEqual(reference.$nodeDescription?.nameSegment, segment);
        assert.equal(reference.$nodeDescription?.node, undefined);
    });
});
