import { AstUtils, type AstNode, type LangiumDocuments } from 'langium';
import {
    isAssignment, isDocument, isPlaybook, type Assignment, type Holder, type Playbook, type Role,
} from './generated/ast.js';

/** Who holds a role and who backs them up, as written in the assignments that apply. */
export interface RoleHolding {
    holders: Holder[];
    backups: Holder[];
    /** The assignments the holders come from (empty when nobody holds the role). */
    assignments: Assignment[];
}

/**
 * Who holds `role` as seen from `playbook` (or from the organisation when no playbook is given).
 * An assignment inside the playbook wins over the organisation's: a playbook may hand a shared
 * role to someone else. Otherwise every top-level assignment of the role, in any file, counts.
 */
export function roleHolding(role: Role, playbook: Playbook | undefined, organisation: readonly Assignment[]): RoleHolding {
    const local = playbook ? playbookAssignments(playbook).filter(a => a.role.ref === role) : [];
    const assignments = local.length > 0 ? local : organisation.filter(a => a.role.ref === role);
    return {
        holders: uniqueTargets(assignments.flatMap(a => a.holders)),
        backups: uniqueTargets(assignments.flatMap(a => a.backups)),
        assignments,
    };
}

/** The assignments written directly inside a playbook. */
export function playbookAssignments(playbook: Playbook): Assignment[] {
    return playbook.elements.filter(isAssignment);
}

/** The top-level (organisation-wide) assignments of every document in the workspace. */
export function organisationAssignments(documents: LangiumDocuments): Assignment[] {
    const result: Assignment[] = [];
    for (const document of documents.all) {
        const root = document.parseResult.value;
        if (isDocument(root)) {
            result.push(...root.elements.filter(isAssignment));
        }
    }
    return result;
}

/** The playbook a node belongs to, if any. */
export function enclosingPlaybook(node: AstNode): Playbook | undefined {
    return AstUtils.getContainerOfType(node, isPlaybook);
}

function uniqueTargets(references: Array<{ ref?: Holder }>): Holder[] {
    const seen = new Set<Holder>();
    for (const reference of references) {
        if (reference.ref) {
            seen.add(reference.ref);
        }
    }
    return [...seen];
}
