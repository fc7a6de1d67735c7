import { AstUtils } from 'langium';
import { isDecision, isRole, isStep, type Playbook, type Role } from '../language/generated/ast.js';
import { isHeld, roleUses, type RoleHolderReader } from '../workspace/playbook-role-holding.js';

/** Counts a reviewer wants at a glance: steps, roles the playbook uses, and the roles nobody holds. */
export interface PlaybookSummary {
    /** Steps and decisions of every phase. */
    steps: number;
    /** Roles the playbook defines or relies on. */
    roles: number;
    /**
     * Names of the roles the playbook relies on that nobody can answer for, in order of first
     * use: exactly the roles `unassigned-role` reports in the playbook.
     */
    unassigned: string[];
}

/** Summarises a playbook; holders come from the one reading of who holds a role. */
export function playbookSummary(playbook: Playbook, holders: RoleHolderReader): PlaybookSummary {
    const roles = new Set<Role>();
    let steps = 0;
    for (const node of AstUtils.streamAllContents(playbook)) {
        if (isStep(node) || isDecision(node)) {
            steps++;
        }
        if (isRole(node)) {
            roles.add(node);
        }
    }
    const uses = roleUses(AstUtils.streamAst(playbook));
    uses.forEach(use => roles.add(use.role));
    const unassigned = uses
        .filter(use => !isHeld(holders.holding(use.role, playbook)))
        .map(use => use.role.name);
    return { steps, roles: roles.size, unassigned };
}
