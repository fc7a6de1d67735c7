import { isAssignment, type Assignment, type Holder, type Playbook, type Role } from '../language/generated/ast.js';

/** Who holds a role and who backs them up, from the assignments that apply. */
export interface Holding {
    holders: Holder[];
    backups: Holder[];
}

/** True for an `assign` line complete enough to say which role it gives (parse recovery can leave it out). */
export function isCompleteAssignment(node: unknown): node is Assignment {
    return isAssignment(node) && node.role !== undefined;
}

/**
 * Who holds `role` as seen from `playbook` (or from the organisation): the playbook's own
 * assignments of the role win; otherwise every organisation-wide assignment of it counts. The
 * same reading as language/playbook-holders.ts, tolerant of the partial assignments that a file
 * being edited contains.
 */
export function holdingOf(role: Role, playbook: Playbook | undefined, organisation: readonly Assignment[]): Holding {
    const local = playbook ? playbook.elements.filter(isCompleteAssignment).filter(a => a.role.ref === role) : [];
    const assignments = local.length > 0 ? local : organisation.filter(a => a.role?.ref === role);
    const unique = (refs: Array<{ ref?: Holder } | undefined>) => [...new Set(refs.map(r => r?.ref).filter((h): h is Holder => h !== undefined))];
    return { holders: unique(assignments.flatMap(a => a.holders)), backups: unique(assignments.flatMap(a => a.backups)) };
}
