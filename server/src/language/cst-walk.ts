import { isCompositeCstNode, type CompositeCstNode, type CstNode, type LeafCstNode } from 'langium';

/**
 * The leaves and the composite nodes of a CST, each in the order of `CstUtils.streamCst`
 * (pre-order, children in order). One loop over an explicit stack: Langium's stream builds an
 * iterator per node, and a rename walks the trees of every file it edits (119 of them for a
 * person the playbooks use).
 */
export function cstNodesOf(root: CstNode): { leaves: LeafCstNode[]; composites: CompositeCstNode[] } {
    const leaves: LeafCstNode[] = [];
    const composites: CompositeCstNode[] = [];
    const stack: CstNode[] = [root];
    while (stack.length > 0) {
        const node = stack.pop()!;
        if (isCompositeCstNode(node)) {
            composites.push(node);
            for (let i = node.content.length - 1; i >= 0; i--) stack.push(node.content[i]!);
        } else {
            leaves.push(node as LeafCstNode);
        }
    }
    return { leaves, composites };
}
