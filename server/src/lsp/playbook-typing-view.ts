import { CstUtils, DocumentState, type AstNode, type CstNode, type LangiumCoreServices, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, Hover, Position, Range } from 'vscode-languageserver-types';
import { isPhase, isPlaybook } from '../language/generated/ast.js';

/**
 * What a request made while typing reads, when the document's last build is older than its text:
 * the item under the cursor (a step, a role, a phase's clause…) parsed again from the new text and
 * grafted into the last linked tree, in place of the old item. Everything around it (the
 * playbook's names, the organisation, the clauses nearby) is the last linked state, so scoping,
 * lazy linking and ranking work as on a built document; only the edited item is new. This is the
 * partial re-link: a few lines parsed instead of the whole file, and no waiting for the build.
 */
export interface TypingView {
    /** A document over the fragment's text; its tree hangs in the last linked tree. */
    document: LangiumDocument;
    /** The position in the fragment of a position in the new text. */
    toView(position: Position): Position;
    /** The range in the new text of a range in the fragment. */
    fromView(range: Range): Range;
    /**
     * Where a node the view's answer points at stands in the new text: a node of the fragment, or
     * of the last linked tree (mapped across the edit; a node inside the edited characters maps
     * to where they start); a node of another document is where it is.
     */
    fromTree(node: CstNode): Range;
}

/**
 * The view of each fragment, by the fragment's concrete syntax tree (its nodes' containers lead to
 * the last linked tree, see graft, but their CST root is the fragment's), for providers that
 * place what they point at.
 */
const viewsByRoot = new WeakMap<CstNode, TypingView>();

/** The view whose fragment holds `node`, or undefined for a node of a document of the workspace. */
export function typingViewOf(node: CstNode): TypingView | undefined {
    return viewsByRoot.get(node.root);
}

/** Fragment nodes and the nodes of the last linked tree they stand in for. */
const standsFor = new WeakMap<AstNode, AstNode>();

/** The node of the last linked tree that a grafted fragment node replaces, or the node itself. */
export function originalOf(node: AstNode): AstNode {
    return standsFor.get(node) ?? node;
}

/**
 * The view of `text` at `position` over `base`, a linked document whose tree was parsed from an
 * older text. Undefined when the cursor is not inside an item of a playbook (the header of a
 * playbook, the organisation's top level): then the request has to wait for the build.
 */
export function typingView(services: LangiumCoreServices, base: LangiumDocument, text: TextDocument, position: Position): TypingView | undefined {
    const root = base.parseResult.value.$cstNode;
    if (!root || base.state < DocumentState.Linked) {
        return undefined;
    }
    const oldText = root.root.fullText;
    const newText = text.getText();
    const change = changedRegion(oldText, newText);
    const cursor = text.offsetAt(position);
    const item = itemAround(base.parseResult.value, change.toOld(cursor));
    if (!item?.$cstNode) {
        return undefined;
    }
    const start = change.toNew(item.$cstNode.offset);
    const lineEnd = newText.indexOf('\n', cursor);
    const end = Math.max(change.toNew(item.$cstNode.end), lineEnd < 0 ? newText.length : lineEnd);
    const inPhase = isPhase(item.$container);
    const header = inPhase ? 'playbook x {\nphase x {\n' : 'playbook x {\n';
    const fragmentText = `${header}${newText.substring(start, end)}\n${inPhase ? '}\n}' : '}'}\n`;
    const parseResult = services.parser.LangiumParser.parse(fragmentText);
    const fragment = TextDocument.create(text.uri, text.languageId, -1, fragmentText);
    const document: LangiumDocument = {
        uri: base.uri, state: DocumentState.Linked, parseResult, references: [], textDocument: fragment,
        localSymbols: base.localSymbols, diagnostics: [],
    };
    (parseResult.value as { $document?: LangiumDocument }).$document = document;
    graft(parseResult.value, item, inPhase);
    const shift = start - header.length;
    const fromView = (r: Range): Range => ({ start: text.positionAt(fragment.offsetAt(r.start) + shift), end: text.positionAt(fragment.offsetAt(r.end) + shift) });
    const view: TypingView = {
        document,
        toView: p => fragment.positionAt(text.offsetAt(p) - shift),
        fromView,
        fromTree: node => node.root === parseResult.value.$cstNode
            ? fromView(node.range)
            : node.root === root ? { start: text.positionAt(change.toNew(node.offset)), end: text.positionAt(change.toNew(node.end)) } : node.range,
    };
    if (parseResult.value.$cstNode) viewsByRoot.set(parseResult.value.$cstNode, view);
    return view;
}

/** A completion list answered in a view, with its edits placed in the new text. */
export function completionFromView(list: CompletionList, view: TypingView): CompletionList {
    return { ...list, items: list.items.map(item => completionItemFromView(item, view)) };
}

/** A hover answered in a view, with its range placed in the new text. */
export function hoverFromView(hover: Hover, view: TypingView): Hover {
    return hover.range ? { ...hover, range: view.fromView(hover.range) } : hover;
}

function completionItemFromView(item: CompletionItem, view: TypingView): CompletionItem {
    const edit = item.textEdit;
    const textEdit = edit && ('range' in edit
        ? { ...edit, range: view.fromView(edit.range) }
        : { ...edit, insert: view.fromView(edit.insert), replace: view.fromView(edit.replace) });
    return {
        ...item,
        ...(textEdit ? { textEdit } : {}),
        ...(item.additionalTextEdits ? { additionalTextEdits: item.additionalTextEdits.map(e => ({ ...e, range: view.fromView(e.range) })) } : {}),
    };
}

/** Where two texts differ (one region: what an edit replaced), and offsets mapped across it. */
function changedRegion(oldText: string, newText: string): { toOld(offset: number): number; toNew(offset: number): number } {
    const shorter = Math.min(oldText.length, newText.length);
    // Whole chunks first (string comparison is a memory comparison), then character by character.
    const CHUNK = 4096;
    let prefix = 0;
    while (prefix + CHUNK <= shorter && oldText.substring(prefix, prefix + CHUNK) === newText.substring(prefix, prefix + CHUNK)) prefix += CHUNK;
    while (prefix < shorter && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
    const most = shorter - prefix;
    let suffix = 0;
    while (suffix + CHUNK <= most && oldText.substring(oldText.length - suffix - CHUNK, oldText.length - suffix) === newText.substring(newText.length - suffix - CHUNK, newText.length - suffix)) suffix += CHUNK;
    while (suffix < most && oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)) suffix++;
    const delta = newText.length - oldText.length;
    return {
        // An offset inside the new text of the change maps to where the change starts.
        toOld: offset => (offset <= prefix ? offset : offset >= newText.length - suffix ? offset - delta : prefix),
        toNew: offset => (offset <= prefix ? offset : offset >= oldText.length - suffix ? offset + delta : prefix),
    };
}

/** The item of a playbook or of a phase of a playbook that holds `offset`, as completion restarts parsing. */
function itemAround(root: AstNode, offset: number): AstNode | undefined {
    const leaf = root.$cstNode ? CstUtils.findLeafNodeBeforeOffset(root.$cstNode, offset) : undefined;
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        const start = node.$cstNode?.offset;
        if (start === undefined || start >= offset) {
            continue;
        }
        if ((isPhase(node.$container) && isPlaybook(node.$container.$container)) || isPlaybook(node.$container)) {
            return node;
        }
    }
    return undefined;
}

/**
 * Hangs the fragment's items under the old item's container (without adding them to it: the old
 * tree stays as it was built), so that walking up from a fragment node reaches the old playbook,
 * its names and its document.
 */
function graft(fragmentRoot: AstNode, item: AstNode, inPhase: boolean): void {
    const playbook = (fragmentRoot as { elements?: AstNode[] }).elements?.find(isPlaybook);
    const container = inPhase ? (playbook as { elements?: AstNode[] } | undefined)?.elements?.find(isPhase) : playbook;
    if (!container) {
        return;
    }
    let replaced = false;
    for (const child of Object.values(container).flatMap(value => (Array.isArray(value) ? value : [value]))) {
        if (isNode(child) && child.$container === container) {
            (child as { $container: AstNode }).$container = item.$container!;
            if (!replaced && child.$type === item.$type) {
                standsFor.set(child, item);
                replaced = true;
            }
        }
    }
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}
