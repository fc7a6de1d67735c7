import { AstUtils, CstUtils, isLeafCstNode, isReference, type AstNode, type LeafCstNode, type Reference } from 'langium';

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
 * syntax tree and one of its concrete syntax tree, kept as long as the tree: the references (for
 * the workspace facts and the role uses), the `//` comments (suppressions) and the strings
 * (placeholders). Before it, four helpers each walked the whole tree on every validation.
 */
export interface DocumentWalk {
    /** Every reference, in document order. */
    references: readonly ReferenceSite[];
    /** The references of each top-level element (a playbook, a person…), in document order. */
    byElement: ReadonlyMap<AstNode, readonly ReferenceSite[]>;
    /** The nodes inside each top-level element (not the element itself), in the order of `AstUtils.streamAllContents`. */
    contents: ReadonlyMap<AstNode, readonly AstNode[]>;
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
        walk = { ...referencesOf(root), ...leavesOf(root) };
        walks.set(root, walk);
    }
    return walk;
}

/** The references written in one node itself (not in nodes it contains), in property order. */
export function referenceSites(node: AstNode): ReferenceSite[] {
    const sites: ReferenceSite[] = [];
    for (const [property, value] of Object.entries(node)) {
        if (property.startsWith('$')) {
            continue;
        }
        if (Array.isArray(value)) {
            value.forEach((item, index) => {
                if (isReference(item)) sites.push({ container: node, property, index, reference: item });
            });
        } else if (isReference(value)) {
            sites.push({ container: node, property, index: undefined, reference: value });
        }
    }
    return sites;
}

/**
 * The nodes inside `node`, in the order of `AstUtils.streamAllContents`: for a top-level element
 * (a playbook), read from its document's walk, which the scope computation, the workspace facts
 * and several rules share, instead of walking the element again.
 */
export function contentsOf(node: AstNode): readonly AstNode[] {
    const root = node.$container;
    const contents = root && root.$container === undefined ? walkOf(root).contents.get(node) : undefined;
    return contents ?? AstUtils.streamAllContents(node).toArray();
}

function referencesOf(root: AstNode): { references: ReferenceSite[]; byElement: Map<AstNode, ReferenceSite[]>; contents: Map<AstNode, AstNode[]> } {
    const references: ReferenceSite[] = [];
    const byElement = new Map<AstNode, ReferenceSite[]>();
    const contents = new Map<AstNode, AstNode[]>();
    // The tree is walked in pre-order: a node directly under the root starts a top-level
    // element, and every node after it, up to the next one, lies inside it.
    let element: AstNode | undefined;
    let inside: AstNode[] = [];
    for (const node of AstUtils.streamAst(root)) {
        if (node.$container === root) {
            element = node;
            inside = [];
            contents.set(node, inside);
        } else if (node !== root) {
            inside.push(node);
        }
        const sites = referenceSites(node);
        if (sites.length === 0) {
            continue;
        }
        references.push(...sites);
        if (element && node !== root) {
            const list = byElement.get(element);
            if (list) list.push(...sites);
            else byElement.set(element, sites);
        }
    }
    return { references, byElement, contents };
}

function leavesOf(root: AstNode): { comments: LeafCstNode[]; strings: LeafCstNode[] } {
    const comments: LeafCstNode[] = [];
    const strings: LeafCstNode[] = [];
    if (root.$cstNode) {
        for (const node of CstUtils.streamCst(root.$cstNode)) {
            if (!isLeafCstNode(node)) {
                continue;
            }
            if (node.hidden) {
                if (node.text.startsWith('//')) comments.push(node);
            } else if (node.tokenType.name === 'STRING') {
                strings.push(node);
            }
        }
    }
    return { comments, strings };
}
