import { AstUtils, isReference, type AstNode } from 'langium';
import {
    isAssignment, isPerson, isPlaybook, isRole, type Assignment, type Document, type Person, type Playbook, type Role,
} from '../../language/generated/ast.js';
import { holdingOf, isCompleteAssignment } from '../playbook-role-holding.js';
import { isCriticalRole, isReachableHolder } from '../playbook-critical-roles.js';
import { describeNode } from '../playbook-describe.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages, unnamed } from '../rule-messages.js';
import type { RuleContext } from './playbook-rule-context.js';

/** The first place each role is relied on within a scope: the node, the reference property and its index. */
interface RoleUse {
    role: Role;
    node: AstNode;
    property: string;
    index: number | undefined;
}

/**
 * unassigned-role, inside a playbook: each role that something in the playbook relies on must
 * be held, by the playbook's own assignment or by an organisation-wide one in any file.
 */
export function checkPlaybookRoles(playbook: Playbook, ctx: RuleContext): void {
    checkUses(roleUses(AstUtils.streamAst(playbook)), playbook, ctx);
    checkBackups(playbook.elements.filter(isCompleteAssignment), playbook, ctx);
}

/** unassigned-role and no-backup for what a file defines at the top level (the organisation). */
export function checkOrganisationRoles(document: Document, ctx: RuleContext): void {
    const topLevel = document.elements.filter(e => !isPlaybook(e) && !isAssignment(e));
    checkUses(roleUses(topLevel.flatMap(e => AstUtils.streamAst(e).toArray())), undefined, ctx);
    checkBackups(document.elements.filter(isCompleteAssignment), undefined, ctx);
}

function roleUses(nodes: Iterable<AstNode>): RoleUse[] {
    const uses = new Map<Role, RoleUse>();
    for (const node of nodes) {
        if (isAssignment(node)) {
            continue;
        }
        for (const [property, value] of Object.entries(node)) {
            if (property.startsWith('$')) {
                continue;
            }
            const items = Array.isArray(value) ? value : [value];
            items.forEach((item, i) => {
                const target = isReference(item) ? item.ref : undefined;
                if (isRole(target) && target.name && !uses.has(target)) {
                    uses.set(target, { role: target, node, property, index: Array.isArray(value) ? i : undefined });
                }
            });
        }
    }
    return [...uses.values()];
}

function checkUses(uses: RoleUse[], playbook: Playbook | undefined, ctx: RuleContext): void {
    for (const use of uses) {
        const holding = holdingOf(use.role, playbook, ctx.facts.organisationAssignments());
        const location = { node: use.node, property: use.property, index: use.index } as never;
        const user = describeNode(use.node);
        if (holding.holders.length === 0) {
            report(ctx.accept, 'unassigned-role', ruleMessages.unassignedRole({ role: use.role.name, user }), location, use.role);
        } else if (!holding.holders.some(isReachableHolder)) {
            const holders = holding.holders.map(h => `"${h.name}"`).join(unnamed.listSeparator);
            report(ctx.accept, 'unassigned-role', ruleMessages.unassignedRoleEmpty({ role: use.role.name, user, holders }), location, use.role);
        }
    }
}

/**
 * no-backup: a critical role whose holding has no reachable backup other than its holders;
 * and one person who alone holds several critical roles.
 */
function checkBackups(assignments: Assignment[], playbook: Playbook | undefined, ctx: RuleContext): void {
    const organisation = ctx.facts.organisationAssignments();
    const reported = new Set<Role>();
    for (const assignment of assignments) {
        const role = assignment.role.ref;
        if (!role || reported.has(role) || !isCriticalRole(role, ctx.config)) {
            continue;
        }
        const holding = holdingOf(role, playbook, organisation);
        const backups = holding.backups.filter(b => !holding.holders.includes(b) && isReachableHolder(b));
        if (holding.holders.length > 0 && backups.length === 0) {
            reported.add(role);
            report(ctx.accept, 'no-backup', ruleMessages.noBackup({ role: role.name }), { node: assignment, property: 'role' });
        }
    }
    checkSoleHolders(assignments, playbook, ctx);
}

function checkSoleHolders(assignments: Assignment[], playbook: Playbook | undefined, ctx: RuleContext): void {
    const organisation = ctx.facts.organisationAssignments();
    const roles = new Set<Role>();
    for (const assignment of [...organisation, ...(playbook ? playbook.elements.filter(isCompleteAssignment) : [])]) {
        const role = assignment.role.ref;
        if (role && isCriticalRole(role, ctx.config)) {
            roles.add(role);
        }
    }
    const byPerson = new Map<Person, Role[]>();
    for (const role of roles) {
        const holders = holdingOf(role, playbook, organisation).holders;
        const only = holders.length === 1 ? holders[0] : undefined;
        if (isPerson(only)) {
            byPerson.set(only, [...(byPerson.get(only) ?? []), role]);
        }
    }
    for (const assignment of assignments) {
        const role = assignment.role.ref;
        const holders = assignment.holders.map(h => h?.ref);
        const person = holders.length === 1 && isPerson(holders[0]) ? holders[0] : undefined;
        const held = person ? byPerson.get(person) ?? [] : [];
        if (person && role && held.length > 1 && held.includes(role)) {
            const roleNames = held.map(r => `"${r.name}"`).join(unnamed.listSeparator);
            report(ctx.accept, 'no-backup', ruleMessages.soleHolder({ person: person.name, roles: roleNames }), { node: assignment, property: 'holders', index: 0 });
        }
    }
}
