import { CstUtils, GrammarAST, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { SignatureHelpProvider } from 'langium/lsp';
import type { SignatureHelp, SignatureHelpOptions, SignatureHelpParams } from 'vscode-languageserver';
import { outerClauseOf, type ClauseShape } from './playbook-clause-shapes.js';
import { clauseKeywordDoc } from './playbook-grammar-docs.js';

/** Clauses with fewer parts than this are plain enough without a hint (`owner <role>`). */
const MIN_PARTS = 3;

/**
 * Signature help for clauses with several parts, as for a function call's parameters: inside
 * `handoff every 1w on monday at |` it shows `handoff every <duration> [on <weekday>] [at <time>]
 * ["timezone"] [from <date>]` with `[at <time>]` active. The shape comes from the grammar.
 */
export class PlaybookSignatureHelpProvider implements SignatureHelpProvider {
    provideSignatureHelp(document: LangiumDocument, params: SignatureHelpParams): MaybePromise<SignatureHelp | undefined> {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root ? CstUtils.findLeafNodeBeforeOffset(root, offset) : undefined;
        const found = leaf ? clauseAround(leaf) : undefined;
        if (!leaf || !found || found.clause.parts.length < MIN_PARTS) {
            return undefined;
        }
        const { clause, index, source } = found;
        const typedPast = offset > leaf.end;
        const active = typedPast && !expectsMore(clause, index, source) ? Math.min(index + 1, clause.parts.length - 1) : index;
        return signature(clause, active);
    }

    get signatureHelpOptions(): SignatureHelpOptions {
        return { triggerCharacters: [' '], retriggerCharacters: [','] };
    }
}

/**
 * The clause a token stands in and the index of its part. A value of a list (`monday`) comes
 * from a rule of its own (Weekday), so the search climbs to the CST node that the clause calls.
 */
function clauseAround(leaf: CstNode): { clause: ClauseShape; index: number; source: AstNode } | undefined {
    for (let node: CstNode | undefined = leaf; node; node = node.container) {
        const source = node.grammarSource;
        const clause = GrammarAST.isAbstractElement(source) ? outerClauseOf(source) : undefined;
        const index = clause && source ? clause.parts.findIndex(part => part.elements.some(element => contains(element, source))) : -1;
        if (clause && source && index >= 0) {
            return { clause, index, source };
        }
    }
    return undefined;
}

/** True when `source` is a keyword of its part that a value still has to follow (`every` of `every <duration>`). */
function expectsMore(clause: ClauseShape, index: number, source: AstNode): boolean {
    const part = clause.parts[index]!;
    if (!GrammarAST.isKeyword(source)) {
        return false;
    }
    const position = part.elements.findIndex(element => contains(element, source));
    return position < part.elements.length - 1 || (GrammarAST.isGroup(part.elements[position]) && !isLastOf(part.elements[position], source));
}

function isLastOf(group: GrammarAST.AbstractElement | undefined, source: AstNode): boolean {
    return GrammarAST.isGroup(group) && group.elements.at(-1) === source;
}

function contains(element: AstNode, source: AstNode): boolean {
    for (let at: AstNode | undefined = source; at; at = at.$container) {
        if (at === element) {
            return true;
        }
    }
    return false;
}

function signature(clause: ClauseShape, active: number): SignatureHelp {
    const parameters: Array<{ label: [number, number] }> = [];
    let label = '';
    for (const part of clause.parts) {
        const start = label === '' ? 0 : label.length + 1;
        label = label === '' ? part.label : `${label} ${part.label}`;
        parameters.push({ label: [start, start + part.label.length] });
    }
    const head = clause.parts[0]!.elements[0];
    // The keyword's documentation ends with the shape, which the label already shows.
    const meaning = GrammarAST.isKeyword(head) ? clauseKeywordDoc(head)?.split('\n\n') : undefined;
    const doc = meaning && meaning.length > 1 ? meaning[0] : undefined;
    return {
        signatures: [{ label, parameters, ...(doc ? { documentation: { kind: 'markdown', value: doc } } : {}) }],
        activeSignature: 0,
        activeParameter: active,
    };
}
