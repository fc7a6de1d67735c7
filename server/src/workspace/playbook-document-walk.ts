import { isAstNode, isReference, AstUtils, type AstNode, type LeafCstNode, type Reference } from 'langium';
import { walkCst } from '../language/cst-walk.js';

/** A reference as it stands in the tree: the node holding it, the property, the index in a list. */
export interface ReferenceSite {
    container: AstNode;
    property: string;
    /** The position in the property's list; undefined for a single-valued property. */
    index: number | undefined;
    reference: Reference;
}

/**
 * What several checks read from the whole of a parsed document, gathered in one walk of its
 * syntax tree and one of its concrete syntax tree, kept as long as the tree: every node (for the
 * validator, the scope computation and the rules that read a whole playbook), the references
 * (for the workspace facts and the role uses), the `//` comments (suppressions) and the strings
 * (placeholders). Before it, each of these walked the whole tree on every validation.
 */
export interface DocumentWalk {
    /** Every node, the root first, in the order of `AstUtils.streamAst`. */
    nodes: readonly AstNode[];
    /** Every reference, in document order. */
    references: readonly ReferenceSite[];
    /** The references of each top-level element (a playbook, a person…), in document order. */
    byElement: ReadonlyMap<AstNode, readonly ReferenceSite[]>;
    /** Where each top-level element's nodes end in `nodes` (they start at the element itself). */
    ends: ReadonlyMap<AstNode, { start: number; end: number }>;
    /** The `//` comments. */
    comments: readonly LeafCstNode[];
    /** The string tokens. */
    strings: readonly LeafCstNode[];
}

const walks = new WeakMap<AstNode, DocumentWalk>();

/** The walk of the tree whose root is `root`, made on first use. */
export function walkOf(root: AstNode): DocumentWalk {
    let walk = walks.get(root);
    if (!walk) {
        walk = { ...nodesOf(root), ...leavesOf(root) };
        walks.set(root, walk);
    }
    return walk;
}

/**
 * The nodes inside `node`, in the order of `AstUtils.streamAllContents`: for a top-level element
 * (a playbook), read from its document's walk instead of walking the element again.
 */
export function contentsOf(node: AstNode): readonly AstNode[] {
    const root = node.$container;
    const extent = root && root.$container === undefined ? walkOf(root).ends.get(node) : undefined;
    return extent ? walkOf(root!).nodes.slice(extent.start + 1, extent.end) : AstUtils.streamAllContents(node).toArray();
}

/** The references written in one node itself (not in nodes it contains), in property order. */
export function referenceSites(node: AstNode): ReferenceSite[] {
    const sites: ReferenceSite[] = [];
    addReferenceSites(node, sites);
    return sites;
}

function addReferenceSites(node: AstNode, sites: ReferenceSite[]): void {
    const values = node as unknown as Record<string, unknown>;
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) {
            continue;
        }
        const value = values[property];
        if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const item: unknown = value[index];
                if (isReference(item)) sites.push({ container: node, property, index, reference: item });
            }
        } else if (isReference(value)) {
            sites.push({ container: node, property, index: undefined, reference: value });
        }
    }
}

/**
 * Pushes the nodes `node` contains directly onto `stack`, last first, so that popping the stack
 * visits them in the order of `AstUtils.streamContents` (properties in key order, lists in order).
 */
function pushChildren(node: AstNode, stack: AstNode[]): void {
    const values = node as unknown as Record<string, unknown>;
    const keys = Object.keys(node);
    for (let k = keys.length - 1; k >= 0; k--) {
        const property = keys[k]!;
        if (property.startsWith('$')) {
            continue;
        }
        const value = values[property];
        if (isAstNode(value)) {
            stack.push(value);
        } else if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--) {
                const item: unknown = value[i];
                if (isAstNode(item)) stack.push(item);
            }
        }
    }
}

/** One pre-order walk of the tree (as `AstUtils.streamAst`, without a stream per node). */
function nodesOf(root: AstNode): Pick<DocumentWalk, 'nodes' | 'references' | 'byElement' | 'ends'> {
    const nodes: AstNode[] = [];
    const references: ReferenceSite[] = [];
    const byElement = new Map<AstNode, ReferenceSite[]>();
    const ends = new Map<AstNode, { start: number; end: number }>();
    // A node directly under the root starts a top-level element; every node after it, up to the
    // next one, lies inside it.
    let extent: { start: number; end: number } | undefined;
    let sites: ReferenceSite[] | undefined;
    const stack: AstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (node.$container === root) {
            if (extent) extent.end = nodes.length;
            extent = { start: nodes.length, end: nodes.length };
            ends.set(node, extent);
            sites = undefined;
        }
        nodes.push(node);
        const before = references.length;
        addReferenceSites(node, references);
        if (node !== root && references.length > before) {
            if (!sites) {
                sites = [];
                byElement.set(nodeElement(node, root), sites);
            }
            for (let i = before; i < references.length; i++) sites.push(references[i]!);
        }
        pushChildren(node, stack);
    }
    if (extent) extent.end = nodes.length;
    return { nodes, references, byElement, ends };
}

/** The top-level element `node` lies in (the node itself when it is one). */
function nodeElement(node: AstNode, root: AstNode): AstNode {
    let element = node;
    while (element.$container && element.$container !== root) element = element.$container;
    return element;
}

/** The comments and strings among the leaves, left to right. */
function leavesOf(root: AstNode): Pick<DocumentWalk, 'comments' | 'strings'> {
    const comments: LeafCstNode[] = [];
    const strings: LeafCstNode[] = [];
    if (root.$cstNode) {
        walkCst(root.$cstNode, leaf => {
            if (leaf.hidden) {
                if (leaf.text.startsWith('//')) comments.push(leaf);
            } else if (leaf.tokenType.name === 'STRING') {
                strings.push(leaf);
            }
        });
    }
    return { comments, strings };
}
