import type { IRecognitionException, IToken } from 'chevrotain';
import type {
    AstNode, CompositeCstNode, CstNode, LangiumDocument, LangiumParser, LeafCstNode, Lexer, LexerResult, ParseResult, ParserOptions,
    Reference, RootCstNode,
} from 'langium';
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

/**
 * What LangiumParser.parse uses (langium/lib/parser/langium-parser.js): the CST builder, the
 * lexer, Chevrotain's wrapper, the rules by name and the entry rule, the unordered groups'
 * state, the lexer result the rules read hidden tokens from, and `doParse`, which runs a rule
 * and checks the stack.
 */
interface ParseInternals {
    nodeBuilder?: { buildRootNode?: unknown; addHiddenNodes?: unknown };
    lexer?: Lexer;
    wrapper?: { input: IToken[]; errors: IRecognitionException[] };
    allRules?: unknown;
    mainRule?: unknown;
    unorderedGroups?: unknown;
    lexerResult?: LexerResult;
    doParse?: unknown;
}

interface NodeBuilder {
    buildRootNode(input: string): unknown;
    addHiddenNodes(tokens: IToken[]): void;
}

/**
 * Parses `input` as LangiumParser.parse does, in the same steps, except the last: the nodes are
 * not yet linked to their containers (the caller links them, see ast-containers.ts). Undefined,
 * with nothing done, when the parser lacks one of the parts it uses.
 */
export function parseUnlinked<T extends AstNode>(parser: LangiumParser, input: string, options: ParserOptions = {}): ParseResult<T> | undefined {
    const internals = parser as unknown as ParseInternals;
    const { nodeBuilder, lexer, wrapper, allRules, mainRule, unorderedGroups, doParse } = internals;
    if (typeof nodeBuilder?.buildRootNode !== 'function' || typeof nodeBuilder.addHiddenNodes !== 'function'
        || typeof lexer?.tokenize !== 'function' || !wrapper || !(allRules instanceof Map) || mainRule === undefined
        || !(unorderedGroups instanceof Map) || typeof doParse !== 'function') {
        return undefined;
    }
    const rule: unknown = options.rule ? allRules.get(options.rule) : mainRule;
    if (rule === undefined) {
        return undefined;
    }
    const builder = nodeBuilder as NodeBuilder;
    builder.buildRootNode(input);
    const lexed = lexer.tokenize(input);
    internals.lexerResult = lexed;
    wrapper.input = lexed.tokens;
    const value = (doParse as (rule: unknown) => T).call(parser, rule);
    builder.addHiddenNodes(lexed.hidden);
    unorderedGroups.clear();
    internals.lexerResult = undefined;
    return { value, lexerErrors: lexed.errors, lexerReport: lexed.report, parserErrors: wrapper.errors };
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
    // The name segment by name: a description may have it as a getter (playbook-node-descriptions.ts).
    internals._nodeDescription = { ...description, nameSegment: description.nameSegment, node: undefined };
    return true;
}

/** LeafCstNodeImpl keeps its place in `_offset`, `_length` and four line and column fields. */
interface LeafInternals {
    _offset: number;
    _length: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

const LEAF_FIELDS = ['_offset', '_length', '_startLine', '_startColumn', '_endLine', '_endColumn'] as const;

/** Where a token stands, as Chevrotain reports it (1-based lines and columns, inclusive end column). */
export interface TokenPlace {
    startOffset: number;
    image: string;
    startLine?: number;
    startColumn?: number;
    endLine?: number;
    endColumn?: number;
}

/**
 * True when the concrete syntax tree under `root` keeps positions where the functions below
 * change them: leaves in the fields above, composite nodes' ranges in `_rangeCache`, the root's
 * text in `_text` (langium/lib/parser/cst-node-builder.js).
 */
export function canMoveCstNodes(root: CstNode, leaf: CstNode): boolean {
    return '_text' in root && '_rangeCache' in root && LEAF_FIELDS.every(field => field in leaf);
}

/** Moves a leaf to where `token` stands, as the parser would have built it from that token. */
export function moveLeaf(leaf: LeafCstNode, token: TokenPlace): void {
    const internals = leaf as unknown as LeafInternals;
    internals._offset = token.startOffset | 0;
    internals._length = token.image.length | 0;
    internals._startLine = ((token.startLine ?? 1) - 1) | 0;
    internals._startColumn = ((token.startColumn ?? 1) - 1) | 0;
    internals._endLine = ((token.endLine ?? 1) - 1) | 0;
    internals._endColumn = (token.endColumn ?? 0) | 0;
}

/** Drops a composite node's cached range, computed again from its (moved) leaves when read. */
export function forgetRange(node: CompositeCstNode): void {
    (node as unknown as { _rangeCache: unknown })._rangeCache = undefined;
}

/** Replaces the text a root node was parsed from (what `fullText` and every node's `text` read). */
export function replaceFullText(root: RootCstNode, text: string): void {
    (root as unknown as { _text: string })._text = text;
}

/**
 * Gives a reference the text of a renamed use, as if it had been parsed so, and drops what it
 * was resolved to: only Langium's default (single) reference, whose `$refText` is a plain field
 * next to `_ref` and `_nodeDescription`. The builder links it again.
 */
export function retextReference(reference: Reference, text: string): void {
    const internals = reference as unknown as ReferenceInternals & { $refText: string };
    internals.$refText = text;
    internals._ref = undefined;
    internals._nodeDescription = undefined;
}

/** True when `reference` can be given a new text by retextReference. */
export function canRetextReference(reference: Reference): boolean {
    return canRepointReference(reference) && '$refText' in reference;
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
