import {
    CstUtils, GrammarAST, GrammarUtils, isCompositeCstNode, isLeafCstNode,
    type AstNode, type CompositeCstNode, type LangiumCoreServices, type LeafCstNode, type ParseResult,
} from 'langium';
import type { IToken } from 'chevrotain';
import { canMoveCstNodes, forgetRange, moveLeaf, replaceFullText } from './langium-internals.js';
import { reviseTree } from './playbook-tree-revision.js';

/** Tokens whose text may change without changing the tree: strings and comments. */
const FREE_TEXT_TOKENS = new Set(['STRING', 'SL_COMMENT', 'ML_COMMENT']);

/** A string leaf whose value changes, and where the value goes. */
interface ValueChange {
    node: AstNode;
    feature: string;
    /** The position in the feature's list; undefined for a single value. */
    index: number | undefined;
    value: unknown;
}

/**
 * Applies an edit that changes only strings, comments and spacing (a title typed, a comment
 * written, a line indented) to the tree `parsed` was parsed into, in place, instead of parsing
 * the whole text again: the new text lexes into the same tokens in the same order, so the
 * parser would build the same tree, with the strings' values and every position moved. Each
 * leaf is moved to its new token, each changed string's value converted and assigned as the
 * parser assigns it, and the root is given the new text. Lexing costs a fifth of a parse.
 *
 * Returns false, changing nothing, when the edit is anything else (a name, a keyword, a token
 * added or removed), when the old or the new text has errors, or when a changed string is not
 * a plain assigned value; the caller then parses the text. Links and scopes are not kept: the
 * document builder re-links the patched tree as it would a re-parsed one.
 */
export function applyTokenStableEdit(services: LangiumCoreServices, parsed: ParseResult, newText: string): boolean {
    const root = parsed.value.$cstNode?.root;
    if (!root || parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0 || root.fullText === newText) {
        return false;
    }
    const lexed = services.parser.Lexer.tokenize(newText);
    if (lexed.errors.length > 0) {
        return false;
    }
    const tokens = inTextOrder(lexed.tokens, lexed.hidden ?? []);
    const leaves: LeafCstNode[] = [];
    const composites: CompositeCstNode[] = [];
    for (const node of CstUtils.streamCst(root)) {
        if (isLeafCstNode(node)) leaves.push(node);
        else if (isCompositeCstNode(node)) composites.push(node);
    }
    // Comments are inserted where the parser met them: in text order, but checked rather than assumed.
    if (leaves.some((leaf, i) => i > 0 && leaf.offset < leaves[i - 1]!.offset)) {
        leaves.sort((a, b) => a.offset - b.offset);
    }
    if (leaves.length !== tokens.length || leaves.length === 0 || !canMoveCstNodes(root, leaves[0]!)) {
        return false;
    }
    const changes = valueChanges(services, leaves, tokens);
    if (!changes) {
        return false;
    }
    leaves.forEach((leaf, i) => moveLeaf(leaf, tokens[i]!));
    composites.forEach(forgetRange);
    replaceFullText(root, newText);
    for (const { node, feature, index, value } of changes) {
        const target = node as unknown as Record<string, unknown>;
        if (index === undefined) {
            target[feature] = value;
        } else {
            (target[feature] as unknown[])[index] = value;
        }
    }
    reviseTree(parsed.value);
    return true;
}

/** The tokens and the hidden tokens (comments), each already in text order, merged. */
function inTextOrder(tokens: readonly IToken[], hidden: readonly IToken[]): IToken[] {
    const merged: IToken[] = [];
    let h = 0;
    for (const token of tokens) {
        while (h < hidden.length && hidden[h]!.startOffset < token.startOffset) merged.push(hidden[h++]!);
        merged.push(token);
    }
    while (h < hidden.length) merged.push(hidden[h++]!);
    return merged;
}

/**
 * The values the changed strings take, or undefined when a token differs in kind, a name or a
 * keyword differs, or a changed string is not a value assigned to a property.
 */
function valueChanges(services: LangiumCoreServices, leaves: readonly LeafCstNode[], tokens: readonly IToken[]): ValueChange[] | undefined {
    const changes: ValueChange[] = [];
    for (let i = 0; i < leaves.length; i++) {
        const leaf = leaves[i]!;
        const token = tokens[i]!;
        if (leaf.tokenType.name !== token.tokenType.name) {
            return undefined;
        }
        if (leaf.text === token.image) {
            continue;
        }
        if (!FREE_TEXT_TOKENS.has(token.tokenType.name)) {
            return undefined;
        }
        if (leaf.hidden) {
            continue;
        }
        const change = valueChange(services, leaf, token.image);
        if (!change) {
            return undefined;
        }
        changes.push(change);
    }
    return changes;
}

/** Where a string leaf's new value goes, when the leaf is a plain `feature=STRING` or `feature+=STRING`. */
function valueChange(services: LangiumCoreServices, leaf: LeafCstNode, image: string): ValueChange | undefined {
    const source = leaf.grammarSource;
    const assignment = source?.$container;
    if (!GrammarAST.isRuleCall(source) || !GrammarAST.isAssignment(assignment) || assignment.terminal !== source || assignment.operator === '?=') {
        return undefined;
    }
    const node = leaf.astNode;
    const value = services.parser.ValueConverter.convert(image, leaf);
    if (assignment.operator === '=') {
        return (node as unknown as Record<string, unknown>)[assignment.feature] === undefined ? undefined : { node, feature: assignment.feature, index: undefined, value };
    }
    const list = (node as unknown as Record<string, unknown>)[assignment.feature];
    const index = node.$cstNode ? GrammarUtils.findNodesForProperty(node.$cstNode, assignment.feature).indexOf(leaf) : -1;
    return Array.isArray(list) && index >= 0 && index < list.length ? { node, feature: assignment.feature, index, value } : undefined;
}
