import { AstUtils, type AstNode } from 'langium';
import { isDocument, isPhase, isPlaybook } from '../language/generated/ast.js';
import { treeRevision } from '../language/playbook-tree-revision.js';

/**
 * Where any party may stand (an owner, a notify target), the kinds in the order people most
 * often mean them: a role, so that the playbook survives staff changes, then a rotation, a
 * team, a person. Kinds not listed come after.
 */
const KIND_ORDER = ['Role', 'Rotation', 'Team', 'Person'];

/** A one-digit rank of a definition kind for completion's sort order. */
export function referenceKindRank(type: string): number {
    const index = KIND_ORDER.indexOf(type);
    return index < 0 ? KIND_ORDER.length : index;
}

/** The counts per block, with the revision of the tree they were counted at (names can be retyped in place). */
const cache = new WeakMap<AstNode, { counts: Map<string, number>; revision: number }>();

/**
 * How much each name is used near `node`: a use in the same phase weighs three, a use
 * elsewhere in the playbook (or file) one. Completion ranks first the names that the
 * neighbouring clauses already use.
 */
export function nearbyUses(node: AstNode): Map<string, number> {
    const block = AstUtils.getContainerOfType(node, n => isPhase(n) || isPlaybook(n) || isDocument(n));
    if (!block) {
        return new Map();
    }
    const revision = treeRevision(AstUtils.findRootNode(block));
    const cached = cache.get(block);
    let counts = cached?.revision === revision ? cached.counts : undefined;
    if (!counts) {
        counts = new Map();
        const outer = isPhase(block) ? AstUtils.getContainerOfType(block.$container, n => isPlaybook(n) || isDocument(n)) : undefined;
        count(block, 2, counts);
        if (outer) {
            count(outer, 1, counts);
        }
        cache.set(block, { counts, revision });
    }
    return counts;
}

function count(root: AstNode, weight: number, counts: Map<string, number>): void {
    for (const node of AstUtils.streamAst(root)) {
        for (const reference of AstUtils.streamReferences(node)) {
            const name = reference.reference.$refText;
            counts.set(name, (counts.get(name) ?? 0) + weight);
        }
    }
}
