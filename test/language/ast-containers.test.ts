import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { AstUtils, CstUtils, EmptyFileSystem, LangiumParser, type AstNode, type ParseResult } from 'langium';
import { singleFile, stressFile } from '../../bench/generate.js';
import { linkContainers } from '../../server/src/language/ast-containers.js';
import { clearParserStack, parseUnlinked } from '../../server/src/language/langium-internals.js';
import { createPlaybookServices } from '../../server/src/language/playbook-module.js';
import { trackedFiles } from '../helpers/repository.js';

const { Playbook } = createPlaybookServices(EmptyFileSystem);
const parser = Playbook.parser.LangiumParser;

/**
 * Langium's own parse, on the same parser: the reference the faster one must equal. Undefined
 * where its error recovery overflows the stack (which PlaybookParser reports instead).
 */
function langiumParse(text: string): ParseResult | undefined {
    try {
        return LangiumParser.prototype.parse.call(parser, text);
    } catch (error) {
        assert.ok(error instanceof RangeError, String(error));
        assert.ok(clearParserStack(parser));
        return undefined;
    }
}

/**
 * Everything a tree says, in document order: each node's type, its place in its container (the
 * container's index in this list, the property, the index in a list), its text and offset, and
 * every plain value; then the errors.
 */
function flat(result: ParseResult): unknown {
    const nodes = AstUtils.streamAst(result.value).toArray();
    const index = new Map<AstNode, number>(nodes.map((node, i) => [node, i]));
    const values = (node: AstNode) => Object.entries(node)
        .filter(([name, value]) => !name.startsWith('$') && (typeof value !== 'object' || value === null))
        .map(([name, value]) => `${name}=${String(value)}`);
    return {
        nodes: nodes.map(node => [
            node.$type, node.$container ? index.get(node.$container) : undefined, node.$containerProperty, node.$containerIndex,
            node.$cstNode?.offset, node.$cstNode?.text, ...values(node),
        ]),
        leaves: result.value.$cstNode ? CstUtils.streamCst(result.value.$cstNode).map(leaf => `${leaf.offset}:${leaf.text}`).toArray().length : 0,
        lexerErrors: result.lexerErrors.map(e => [e.offset, e.message]),
        parserErrors: result.parserErrors.map(e => [e.token.startOffset, e.message]),
    };
}

function sameTree(text: string): void {
    const ours = parser.parse(text);
    const theirs = langiumParse(text);
    if (theirs) {
        assert.deepEqual(flat(ours), flat(theirs), `the tree of ${JSON.stringify(text.slice(0, 200))}`);
    } else {
        assert.equal(ours.parserErrors[0]?.name, 'TooManyErrors', 'where Langium\'s parse overflows the stack, ours reports it');
    }
}

describe('the parse links containers with a walk of its own (ast-containers.ts)', () => {
    it("is in use: Langium's parser still has every part parseUnlinked reads", () => {
        const result = parseUnlinked(parser, 'person alice "Alice"\n');
        assert.ok(result, "LangiumParser lost a part of its parse (see ParseInternals in langium-internals.ts); PlaybookParser fell back to Langium's parse");
        const person = (result.value as unknown as { elements: AstNode[] }).elements[0]!;
        assert.equal(person.$container, undefined, 'parseUnlinked leaves the containers to the caller');
        linkContainers(result.value);
        assert.equal(person.$container, result.value);
        assert.equal(person.$containerProperty, 'elements');
        assert.equal(person.$containerIndex, 0);
    });

    it("gives the tree of Langium's parse on every playbook of the repository and on generated files", () => {
        const files = trackedFiles('*.playbook');
        assert.ok(files.length > 20, `only ${files.length} playbooks found`);
        for (const { text } of files) sameTree(text);
        sameTree(singleFile(5, 2_000).text);
        sameTree(stressFile(6, 1_000));
    });

    it("gives the tree of Langium's parse on broken text: deleted, repeated and moved pieces of the samples (property-based)", () => {
        const texts = trackedFiles('samples/*.playbook', 'samples/**/*.playbook').map(({ text }) => text);
        const broken = fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.nat(), fc.nat(40), fc.constantFrom('delete', 'repeat', 'move')).map(([text, a, b, length, how]) => {
            const at = a % (text.length + 1);
            const piece = text.slice(at, at + length);
            const rest = text.slice(0, at) + text.slice(at + length);
            if (how === 'delete') return rest;
            if (how === 'repeat') return text.slice(0, at) + piece + text.slice(at);
            const to = b % (rest.length + 1);
            return rest.slice(0, to) + piece + rest.slice(to);
        });
        fc.assert(fc.property(broken, text => sameTree(text)), { numRuns: 300 });
    });

    it('parses a named rule as Langium does, and reports an unknown one as Langium does', () => {
        const text = 'person alice "Alice" { email "a@example.org" }';
        assert.deepEqual(flat(parser.parse(text, { rule: 'Person' })), flat(LangiumParser.prototype.parse.call(parser, text, { rule: 'Person' })));
        assert.throws(() => parser.parse(text, { rule: 'NoSuchRule' }), /No rule found with name 'NoSuchRule'/);
    });
});
