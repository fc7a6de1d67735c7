import {
    GrammarAST, GrammarUtils, isCompositeCstNode, isLeafCstNode,
    isReference, type AstNode, type LexerResult, type CompositeCstNode, type CstNode, type LangiumCoreServices, type LeafCstNode, type ParseResult, type Reference,
} from 'langium';
import type { IToken } from 'chevrotain';
import { canMoveCstNodes, canRetextReference, forgetRange, moveLeaf, replaceFullText, retextReference } from './langium-internals.js';
import { reviseTree } from './playbook-tree-revision.js';
import { cstNodesOf } from './cst-walk.js';

/** Tokens whose text may change without changing the tree: strings, names and comments. */
const FREE_TEXT_TOKENS = new Set(['STRING', 'ID', 'SL_COMMENT', 'ML_COMMENT']);

/** A value the edit changes, and where it goes: a property (an item of a list) or a reference's text. */
interface ValueChange {
    node: AstNode;
    feature: string;
    /** The position in the feature's list; undefined for a single value. */
    index: number | undefined;
    value: unknown;
    /** Set when the value is the text of this reference (a use of a name), not a plain value. */
    reference?: Reference;
}

/**
 * Applies an edit that changes only strings, names, comments and spacing (a title typed, a step
 * renamed, a role's use retyped, a comment written, a line indented) to the tree `parsed` was
 * parsed into, in place, instead of parsing the whole text again: the new text lexes into the
 * same tokens in the same order, so the parser would build the same tree, with the values and
 * every position moved. Each leaf is moved to its new token, each changed string's or name's
 * value converted and assigned as the parser assigns it (a use of a name gets the new text and
 * is linked again), and the root is given the new text. Lexing is a fraction of a parse.
 *
 * Returns false, changing nothing, when the edit is anything else (a keyword, a number, a token
 * added or removed, a name becoming a keyword), when the old or the new text has errors, or when
 * a changed text is not a value or a use assigned to a property; the caller then parses the
 * text. Links and scopes are not kept: the document builder re-links the patched tree as it
 * would a re-parsed one.
 */
export function applyTokenStableEdit(services: LangiumCoreServices, parsed: ParseResult, newText: string): boolean {
    const root = parsed.value.$cstNode?.root;
    if (!root || parsed.lexerErrors.length > 0 || parsed.parserErrors.length > 0 || root.fullText === newText) {
        return false;
    }
    const lexed = lexEdit(services, parsed, newText);
    // Read once: the tree is either moved to the new text now or replaced by a parse of it.
    lexedEdits.delete(parsed.value);
    if (lexed.errors.length > 0) {
        return false;
    }
    const tokens = inTextOrder(lexed.tokens, lexed.hidden ?? []);
    const { leaves, composites } = cstNodesOf(root);
    // Comments are inserted where the parser met them: in text order, but checked rather than assumed.
    if (leaves.some((leaf, i) => i > 0 && leaf.offset < leaves[i - 1]!.offset)) {
        leaves.sort((a, b) => a.offset - b.offset);
    }
    if (leaves.length === 0 || !canMoveCstNodes(root, leaves[0]!)) {
        return false;
    }
    const changes = valueChanges(services, root.fullText, leaves, tokens);
    if (!changes) {
        return false;
    }
    leaves.forEach((leaf, i) => moveLeaf(leaf, tokens[i]!));
    composites.forEach(forgetRange);
    replaceFullText(root, newText);
    for (const { node, feature, index, value, reference } of changes) {
        const target = node as unknown as Record<string, unknown>;
        if (reference) {
            retextReference(reference, String(value));
        } else if (index === undefined) {
            target[feature] = value;
        } else {
            (target[feature] as unknown[])[index] = value;
        }
    }
    reviseTree(parsed.value);
    return true;
}

/** The latest new text lexed for an edit of each tree (see lexEdit). */
const lexedEdits = new WeakMap<AstNode, { text: string; lexed: LexerResult }>();

/**
 * `newText` lexed as an edit of the tree `parsed` holds, once: the document builder's check of
 * a shared file's edit (which names changed) and the edit in place both read it, one after the
 * other in the same build. The edit in place drops it; a build cancelled between them leaves it
 * to the next edit of the tree, or to the tree's end.
 */
export function lexEdit(services: LangiumCoreServices, parsed: ParseResult, newText: string): LexerResult {
    const kept = lexedEdits.get(parsed.value);
    if (kept?.text === newText) {
        return kept.lexed;
    }
    const lexed = services.parser.Lexer.tokenize(newText);
    lexedEdits.set(parsed.value, { text: newText, lexed });
    return lexed;
}

/**
 * The leaves of a tree parsed from `oldText` whose text the new text's tokens change, each with
 * its new text, when the two go token for token (as many, of the same kinds) and only tokens of
 * the `free` kinds change their text; undefined otherwise.
 */
export function changedLeaves(oldText: string, leaves: readonly LeafCstNode[], tokens: readonly IToken[], free: ReadonlySet<string>): Map<LeafCstNode, string> | undefined {
    if (leaves.length !== tokens.length) {
        return undefined;
    }
    const changed = new Map<LeafCstNode, string>();
    for (let i = 0; i < leaves.length; i++) {
        const leaf = leaves[i]!;
        const { image, tokenType } = tokens[i]!;
        if (leaf.tokenType.name !== tokenType.name) {
            return undefined;
        }
        // Compared in place: a substring per leaf would allocate a string for every token of the file.
        if (leaf.length === image.length && oldText.startsWith(image, leaf.offset)) {
            continue;
        }
        if (!free.has(tokenType.name)) {
            return undefined;
        }
        changed.set(leaf, image);
    }
    return changed;
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
 * The values the changed tokens give, or undefined when a token differs in kind, a keyword or a
 * number differs, or a changed string or name is not a value or reference assigned to a property.
 */
function valueChanges(services: LangiumCoreServices, oldText: string, leaves: readonly LeafCstNode[], tokens: readonly IToken[]): ValueChange[] | undefined {
    const images = changedLeaves(oldText, leaves, tokens, FREE_TEXT_TOKENS);
    if (!images) {
        return undefined;
    }
    const sites = new Set<CstNode>();
    for (const leaf of images.keys()) {
        if (!leaf.hidden) {
            const site = assignedSite(leaf);
            if (!site) {
                return undefined;
            }
            sites.add(site);
        }
    }
    const changes: ValueChange[] = [];
    const imageOf = (leaf: LeafCstNode) => images.get(leaf) ?? leaf.text;
    for (const site of sites) {
        const change = valueChange(services, site, imageOf);
        if (!change) {
            return undefined;
        }
        changes.push(change);
    }
    return changes;
}

/**
 * Whether a rule is a data type rule, kept per rule: Langium's answer walks the rule's
 * definition and the rules it calls each time, and a rename asks it for every changed name in
 * every file the rename edits.
 */
const dataTypeRules = new WeakMap<GrammarAST.ParserRule, boolean>();
function isDataTypeRule(rule: GrammarAST.ParserRule): boolean {
    let answer = dataTypeRules.get(rule);
    if (answer === undefined) {
        answer = GrammarUtils.isDataTypeRule(rule);
        dataTypeRules.set(rule, answer);
    }
    return answer;
}

/**
 * The CST node whose value the leaf's text is assigned from: the leaf itself for a terminal
 * (`title=STRING`), or the outermost call of a data type rule it is part of (`name=Name`,
 * `owner=[Role:Name]`). Undefined when the text does not go into a property as it is.
 */
function assignedSite(leaf: LeafCstNode): CstNode | undefined {
    let site: CstNode = leaf;
    for (;;) {
        const source = site.grammarSource;
        const parent: AstNode | undefined = source?.$container;
        // A use of a name: the node built for the cross-reference holds the name's whole text.
        if (GrammarAST.isCrossReference(source) || (GrammarAST.isRuleCall(source) && GrammarAST.isAssignment(parent))) {
            return site;
        }
        // Inside a data type rule (a name is `Name`, which is `PlainName`, which is an ID or a
        // keyword): its whole text is the value; go up to the node that is assigned.
        const container = site.container;
        const callee = container?.grammarSource;
        const inDataType = GrammarAST.isRuleCall(callee) && GrammarAST.isParserRule(callee.rule.ref) && isDataTypeRule(callee.rule.ref);
        if (!container || !GrammarAST.isRuleCall(source) || !(inDataType || GrammarAST.isCrossReference(callee))) {
            return undefined;
        }
        site = container;
    }
}

/** Where the new value of an assigned site goes, and the value, as the parser computes and assigns it. */
function valueChange(services: LangiumCoreServices, site: CstNode, imageOf: (leaf: LeafCstNode) => string): ValueChange | undefined {
    const source = site.grammarSource;
    const crossReference = GrammarAST.isCrossReference(source) ? source : undefined;
    const assignment: AstNode | undefined = source?.$container;
    if (!GrammarAST.isAssignment(assignment) || assignment.operator === '?=' || (crossReference && crossReference.isMulti)) {
        return undefined;
    }
    const node = site.astNode;
    const converter = services.parser.ValueConverter;
    const value = isLeafCstNode(site) ? converter.convert(imageOf(site), site) : converter.convert(dataTypeText(services, site as CompositeCstNode, imageOf), site);
    const property = (node as unknown as Record<string, unknown>)[assignment.feature];
    let index: number | undefined;
    let current = property;
    if (assignment.operator === '+=') {
        index = node.$cstNode ? GrammarUtils.findNodesForProperty(node.$cstNode, assignment.feature).indexOf(site) : -1;
        if (!Array.isArray(property) || index < 0 || index >= property.length) {
            return undefined;
        }
        current = property[index];
    }
    if (crossReference) {
        return isReference(current) && current.$refNode === site && canRetextReference(current)
            ? { node, feature: assignment.feature, index, value, reference: current }
            : undefined;
    }
    return current === undefined || isReference(current) ? undefined : { node, feature: assignment.feature, index, value };
}

/** The text of a data type rule's call, built from its leaves and inner calls as the parser builds it. */
function dataTypeText(services: LangiumCoreServices, node: CompositeCstNode, imageOf: (leaf: LeafCstNode) => string): string {
    const converter = services.parser.ValueConverter;
    let text = '';
    for (const child of node.content) {
        if (child.hidden) {
            continue;
        }
        if (isLeafCstNode(child)) {
            text += GrammarAST.isKeyword(child.grammarSource) ? imageOf(child) : String(converter.convert(imageOf(child), child));
        } else if (isCompositeCstNode(child)) {
            text += String(converter.convert(dataTypeText(services, child, imageOf), child));
        }
    }
    return text;
}
