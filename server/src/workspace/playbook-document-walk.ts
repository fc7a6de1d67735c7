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

function referencesOf(root: AstNode): { references: ReferenceSite[]; byElement: Map<AstNode, ReferenceSite[]> } {
    const references: ReferenceSite[] = [];
    const byElement = new Map<AstNode, ReferenceSite[]>();
    for (const node of AstUtils.streamAst(root)) {
        const sites = referenceSites(node);
        if (sites.length === 0) {
            continue;
        }
        references.push(...sites);
        let element: AstNode | undefined = node;
        while (element && element.$container !== root) element = element.$container;
        if (element) {
            const list = byElement.get(element);
            if (list) list.push(...sites);
            else byElement.set(element, sites);
        }
    }
    return { references, byElement };
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
