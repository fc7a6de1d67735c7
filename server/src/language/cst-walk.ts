import { isCompositeCstNode, type CompositeCstNode, type CstNode, type LeafCstNode } from 'langium';

/**
 * Visits the nodes of a CST in the order of `CstUtils.streamCst` (pre-order, children in order).
 * One loop over an explicit stack: Langium's stream builds an iterator per node, and a rename
 * walks the trees of every file it edits (119 of them for a person the playbooks use); no
 * recursion, so a deep tree cannot overflow the stack.
 */
export function walkCst(root: CstNode, onLeaf: (leaf: LeafCstNode) => void, onComposite?: (node: CompositeCstNode) => void): void {
    const stack: CstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (isCompositeCstNode(node)) {
            onComposite?.(node);
            for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]!);
        } else {
            onLeaf(node as LeafCstNode);
        }
    }
}

/** The leaves and the composite nodes of a CST, each in the order of `CstUtils.streamCst`. */
export function cstNodesOf(root: CstNode): { leaves: LeafCstNode[]; composites: CompositeCstNode[] } {
    const leaves: LeafCstNode[] = [];
    const composites: CompositeCstNode[] = [];
    walkCst(root, leaf => leaves.push(leaf), node => composites.push(node));
    return { leaves, composites };
}
