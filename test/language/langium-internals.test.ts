import { strict as assert } from 'node:assert';
import { AstUtils, CstUtils, isCompositeCstNode, isLeafCstNode, isReference, type Reference, type RootCstNode } from 'langium';
import { isAssignment, isDocument, isRole, type Document } from '../../server/src/language/generated/ast.js';
import { EmptyFileSystem, URI } from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    canMoveCstNodes, canRepointReference, clearParserStack, forgetRange, moveLeaf, replaceFullText, repointReference, useEditorText,
} from '../../server/src/language/langium-internals.js';
import { createPlaybookLspServices } from '../../server/src/lsp/playbook-lsp-module.js';
import { buildWorkspace, createServices } from '../helpers/services.js';

/**
 * Each use of Langium's non-public API (server/src/language/langium-internals.ts) with a test
 * that fails when a Langium upgrade changes what it relies on. If one fails: read the new
 * Langium source for the field named in the test, and adapt the fence, not its callers.
 */
describe("the fence around Langium's internals", () => {
    it("LangiumParser keeps half-built nodes on a private 'stack' that an aborted parse leaves behind", () => {
        const { Playbook } = createServices();
        const parser = Playbook.parser.LangiumParser;
        const converter = Playbook.parser.ValueConverter;
        const convert = converter.convert.bind(converter);
        // Abort a parse half-way, as a stack overflow in error recovery does.
        converter.convert = () => {
            throw new RangeError('Maximum call stack size exceeded');
        };
        try {
            const aborted = parser.parse('playbook p "P" { phase a { step one "One" } }');
            assert.equal(aborted.parserErrors[0]?.name, 'TooManyErrors', 'PlaybookParser reports the aborted parse');
        } finally {
            converter.convert = convert;
        }
        assert.equal(clearParserStack(parser), true, "LangiumParser has no 'stack' array any more");
        const next = parser.parse<Document>('playbook p "P" { phase a { step one "One" } }');
        assert.deepEqual(next.parserErrors, []);
        assert.equal(next.value.elements.length, 1);
    });

    it("DefaultReference keeps its target in '_ref' and its candidate in '_nodeDescription': dropping the node reloads it by path", async () => {
        const [org, playbook] = await buildWorkspace({
            'org.playbook': 'person alice\nrole lead "Lead"\n',
            'p.playbook': 'assign lead to alice\n',
        });
        const assignment = playbook!.parseResult.value.elements.find(isAssignment)!;
        const reference: Reference = assignment.role;
        assert.equal(isReference(reference), true);
        assert.equal(canRepointReference(reference), true, "DefaultReference has no '_ref' field any more");
        const before = reference.ref;
        assert.equal(isRole(before) && before.title, 'Lead');
        // Re-parse the target file as the builder does for a string-only edit: new nodes, same paths.
        const { Playbook } = createServices();
        const reparsed = Playbook.parser.LangiumParser.parse<Document>('person alice\nrole lead "Leader"\n');
        assert.ok(isDocument(reparsed.value));
        (reparsed.value as { $document?: unknown }).$document = org;
        org!.parseResult = reparsed;
        assert.equal(repointReference(reference), true, "DefaultReference has no '_nodeDescription' any more");
        const after = reference.ref;
        assert.equal(isRole(after) && after.title, 'Leader', 'the reference loads the new node by its path');
        assert.notEqual(after, before);
        assert.equal(AstUtils.getDocument(after!).uri.toString(), org!.uri.toString());
    });

    it("CST leaves keep their place in '_offset', '_length' and line and column fields, composite nodes their range in '_rangeCache', the root its text in '_text'", () => {
        const { Playbook } = createServices();
        const text = 'role scribe "Scribe"\n';
        const root = Playbook.parser.LangiumParser.parse(text).value.$cstNode!.root as RootCstNode;
        const title = CstUtils.streamCst(root).filter(isLeafCstNode).find(leaf => leaf.tokenType.name === 'STRING')!;
        const role = title.container!;
        assert.equal(canMoveCstNodes(root, title), true, 'a CST field the fence moves is gone');
        assert.deepEqual(role.range.end, { line: 0, character: 20 });
        // "Scribe" moved one line down and two columns in, as if a line and two spaces were typed before it.
        replaceFullText(root, 'role scribe\n  "Scribe"\n');
        moveLeaf(title, { startOffset: 14, image: '"Scribe"', startLine: 2, startColumn: 3, endLine: 2, endColumn: 10 });
        assert.equal(root.fullText, 'role scribe\n  "Scribe"\n');
        assert.equal(title.offset, 14);
        assert.equal(title.text, '"Scribe"');
        assert.deepEqual(title.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 10 } });
        assert.ok(isCompositeCstNode(role));
        forgetRange(role);
        assert.deepEqual(role.range.end, { line: 1, character: 10 }, 'the composite range is computed again from its leaves');
    });

    it("LangiumDocumentFactory.update points a document at the editor's text document by redefining 'textDocument'", async () => {
        const { shared } = createPlaybookLspServices({ ...EmptyFileSystem });
        const { LangiumDocumentFactory, TextDocuments } = shared.workspace;
        const text = 'person alice "Alice"\n';
        const open = (name: string) => {
            const uri = URI.file(`/ws/${name}`);
            const editor = TextDocument.create(uri.toString(), 'playbook', 3, text);
            TextDocuments!.set(editor);
            return { document: LangiumDocumentFactory.fromString(text, uri), editor };
        };
        // What Langium does on a re-build...
        const rebuilt = open('a.playbook');
        await LangiumDocumentFactory.update(rebuilt.document, CancellationToken.None);
        assert.equal(rebuilt.document.textDocument, rebuilt.editor, "Langium's factory no longer sets the editor's text document");
        // ...and what the fence does without one.
        const kept = open('b.playbook');
        const { state, parseResult } = kept.document;
        assert.equal(useEditorText(kept.document, kept.editor), true);
        assert.equal(kept.document.textDocument, kept.editor);
        assert.equal(kept.document.state, state);
        assert.equal(kept.document.parseResult, parseResult);
        assert.equal(useEditorText(kept.document, kept.editor), true, 'the same text document again');
    });
});
