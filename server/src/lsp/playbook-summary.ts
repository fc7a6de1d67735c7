import { AstUtils, type AstNode, type LangiumDocuments } from 'langium';
import {
    isCommunicationRule, isDecision, isEscalationLevel, isRole, isStep, isTrigger, isChannel, isReview,
    type Playbook, type Role,
} from '../language/generated/ast.js';
import { organisationAssignments, roleHolding } from '../language/playbook-holders.js';

/** Counts a reviewer wants at a glance: steps, roles the playbook uses, and the roles nobody holds. */
export interface PlaybookSummary {
    /** Steps and decisions of every phase. */
    steps: number;
    /** Roles the playbook defines or refers to. */
    roles: number;
    /** Names of those roles that nobody holds, in order of first use. */
    unassigned: string[];
}

/** Summarises a playbook; holders come from the playbook's own and the organisation's assignments. */
export function playbookSummary(playbook: Playbook, documents: LangiumDocuments): PlaybookSummary {
    const roles = new Set<Role>();
    let steps = 0;
    for (const node of AstUtils.streamAllContents(playbook)) {
        if (isStep(node) || isDecision(node)) {
            steps++;
        }
        if (isRole(node)) {
            roles.add(node);
        }
        for (const role of referencedRoles(node)) {
            roles.add(role);
        }
    }
    if (playbook.owner?.ref && isRole(playbook.owner.ref)) {
        roles.add(playbook.owner.ref);
    }
    const organisation = organisationAssignments(documents);
    const unassigned = [...roles]
        .filter(role => roleHolding(role, playbook, organisation).holders.length === 0)
        .map(role => role.name);
    return { steps, roles: roles.size, unassigned };
}

function referencedRoles(node: AstNode): Role[] {
    const refs: Array<{ ref?: unknown }> = [];
    if (isStep(node) || isDecision(node) || isReview(node)) {
        if (node.owner) refs.push(node.owner);
    } else if (isChannel(node) || isCommunicationRule(node)) {
        if (node.owner) refs.push(node.owner);
        if (isCommunicationRule(node)) refs.push(...node.approvers);
    } else if (isTrigger(node)) {
        refs.push(...node.activators);
    } else if (isEscalationLevel(node)) {
        refs.push(...node.targets);
    }
    return refs.map(r => r.ref).filter(isRole);
}
