import type { LangiumDocument, LangiumParser, Reference } from 'langium';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * The fence around Langium's internals: every use of something that is not Langium's public
 * API lives here and nowhere else, each with a test in test/language/langium-internals.test.ts
 * that fails when an upgrade changes it. Each use also checks the shape it relies on at run
 * time and, when the shape is gone, falls back to the slower public path instead of
 * corrupting state.
 */

/** LangiumParser keeps the nodes being built on a private `stack` (langium/lib/parser/langium-parser.js). */
interface ParserInternals {
    stack?: unknown;
}

/** DefaultReferenceImpl keeps its resolved target in `_ref` and its candidate in `_nodeDescription`. */
interface ReferenceInternals {
    _ref?: unknown;
    _nodeDescription?: Reference['$nodeDescription'];
}

/**
 * Empties the parser's stack of half-built nodes, which an aborted parse (a stack overflow in
 * error recovery) leaves behind; the next parse would otherwise throw "Parser stack is not
 * empty". Returns false when the parser has no such stack (nothing was cleared).
 */
export function clearParserStack(parser: LangiumParser): boolean {
    const stack = (parser as unknown as ParserInternals).stack;
    if (!Array.isArray(stack)) {
        return false;
    }
    stack.length = 0;
    return true;
}

/** True when `reference` is Langium's default reference, whose cached target can be dropped. */
export function canRepointReference(reference: Reference): boolean {
    return '_ref' in reference;
}

/**
 * Drops a resolved reference's cached target node and keeps where it points (document and
 * path), so the next `.ref` loads the node again from the re-parsed target document. Only
 * sound when the target document's node paths did not change. Returns false (and changes
 * nothing) when the reference is not Langium's default one or has no candidate.
 */
export function repointReference(reference: Reference): boolean {
    const internals = reference as unknown as ReferenceInternals;
    const description = internals._nodeDescription;
    if (!canRepointReference(reference) || !description) {
        return false;
    }
    internals._ref = undefined;
    internals._nodeDescription = { ...description, node: undefined };
    return true;
}

/**
 * Points a document at the editor's text document, as `DefaultLangiumDocumentFactory.update`
 * does before it re-parses (it redefines the document's `textDocument` property), for a document
 * whose text is already the editor's: nothing is re-parsed and its state stays. Returns false
 * (and changes nothing) when the property cannot be redefined.
 */
export function useEditorText(document: LangiumDocument, textDocument: TextDocument): boolean {
    const property = Object.getOwnPropertyDescriptor(document, 'textDocument');
    if (property && !property.configurable && property.value !== textDocument) {
        return false;
    }
    Object.defineProperty(document, 'textDocument', { value: textDocument });
    return true;
}
