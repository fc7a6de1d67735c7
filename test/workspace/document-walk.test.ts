import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { AstUtils, CstUtils, EmptyFileSystem, isLeafCstNode, URI, type AstNode } from 'langium';
import { createPlaybookServices } from '../../server/src/language/playbook-module.js';
import { contentsOf, walkOf } from '../../server/src/workspace/playbook-document-walk.js';

/** Every sample, valid and invalid (parse errors leave partial trees). */
function samples(dir = path.resolve(import.meta.dirname, '../../samples')): string[] {
    return readdirSync(dir).flatMap(name => {
        const file = path.join(dir, name);
        return statSync(file).isDirectory() ? samples(file) : file.endsWith('.playbook') ? [file] : [];
    });
}

// The walk stands in for Langium's streams in the validator, the scope computation, the
// reference index and the rules: it must visit the same nodes in the same order, or findings
// would move or change.
describe('the document walk reads what Langium streams read, in the same order', () => {
    const { shared } = createPlaybookServices(EmptyFileSystem);
    const parsed = samples().map(file => ({ file, root: shared.workspace.LangiumDocumentFactory.fromString(readFileSync(file, 'utf8'), URI.file(file)).parseResult.value }));

    it('visits every node as AstUtils.streamAst does', () => {
        assert.ok(parsed.length > 10);
        for (const { file, root } of parsed) {
            assert.deepEqual(walkOf(root).nodes, AstUtils.streamAst(root).toArray(), file);
        }
    });

    it('gathers every reference as AstUtils.streamReferences does, node by node', () => {
        for (const { file, root } of parsed) {
            const expected = AstUtils.streamAst(root).flatMap(node => AstUtils.streamReferences(node)).toArray();
            const sites = walkOf(root).references;
            assert.deepEqual(sites.map(s => [s.container, s.property, s.index, s.reference]), expected.map(r => [r.container, r.property, r.index, r.reference]), file);
        }
    });

    it('gives each top-level element its contents as AstUtils.streamAllContents does, and any other node too', () => {
        for (const { file, root } of parsed) {
            const elements = AstUtils.streamContents(root).toArray();
            const nested: AstNode[] = elements.flatMap(e => AstUtils.streamContents(e).toArray()).slice(0, 5);
            for (const node of [...elements, ...nested]) {
                assert.deepEqual(contentsOf(node), AstUtils.streamAllContents(node).toArray(), `${file}: ${node.$type}`);
            }
        }
    });

    it('finds the comments and strings among the leaves, left to right', () => {
        for (const { file, root } of parsed) {
            const leaves = CstUtils.streamCst(root.$cstNode!).filter(isLeafCstNode).toArray();
            assert.deepEqual(walkOf(root).comments, leaves.filter(l => l.hidden && l.text.startsWith('//')), file);
            assert.deepEqual(walkOf(root).strings, leaves.filter(l => !l.hidden && l.tokenType.name === 'STRING'), file);
        }
    });
});
