import type { AstNode } from 'langium';

/**
 * How many times a syntax tree was changed in place since it was parsed (see
 * playbook-token-stable-edit.ts). A cache keyed by a node of the tree that reads string values
 * or positions keeps the revision it was computed at, and computes again when it moved on: a
 * re-parse makes new nodes, but an edit of strings, names, comments and spacing keeps them.
 */
const revisions = new WeakMap<AstNode, number>();

/** The revision of the tree whose root is `root`; 0 until it is changed in place. */
export function treeRevision(root: AstNode): number {
    return revisions.get(root) ?? 0;
}

/** Marks the tree under `root` as changed in place. */
export function reviseTree(root: AstNode): void {
    revisions.set(root, treeRevision(root) + 1);
}
