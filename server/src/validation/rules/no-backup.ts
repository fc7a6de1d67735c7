import { isPerson, type Assignment, type Person, type Playbook, type Role } from '../../language/generated/ast.js';
import { isCriticalRole } from '../playbook-critical-roles.js';
import { isCompleteAssignment } from '../../workspace/playbook-role-holding.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages, unnamed } from '../rule-messages.js';

/**
 * no-backup: a critical role whose holding has no reachable backup other than its holders;
 * and one person who alone holds several critical roles.
 */
export const noBackupRule = defineRule({
    id: 'no-backup',
    defaultLevel: 'warning',
    checks: {
        Playbook: (playbook, ctx) => checkBackups(playbook.elements.filter(isCompleteAssignment), playbook, ctx),
        Document: (document, ctx) => checkBackups(document.elements.filter(isCompleteAssignment), undefined, ctx),
    },
});

function checkBackups(assignments: Assignment[], playbook: Playbook | undefined, ctx: RuleContext): void {
    const reported = new Set<Role>();
    for (const assignment of assignments) {
        const role = assignment.role.ref;
        if (!role || reported.has(role) || !isCriticalRole(role, ctx.config)) {
            continue;
        }
        const holding = ctx.holders.holding(role, playbook);
        if (holding.holders.length > 0 && holding.reachableBackups.length === 0) {
            reported.add(role);
            report(ctx.accept, noBackupRule, ruleMessages.noBackup({ role: role.name }), { node: assignment, property: 'role' });
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
        const holders = ctx.holders.holding(role, playbook).holders;
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
            report(ctx.accept, noBackupRule, ruleMessages.soleHolder({ person: person.name, roles: roleNames }), { node: assignment, property: 'holders', index: 0 });
        }
    }
}
