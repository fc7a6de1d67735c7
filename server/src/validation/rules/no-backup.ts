import type { AstNode } from 'langium';
import { isCommunicationRule, isDecision, isPerson, isRole, isStep, type Assignment, type Person, type Playbook, type Role } from '../../language/generated/ast.js';
import { describeNode } from '../playbook-describe.js';
import { appliesTo, mostSevere } from '../playbook-severities.js';
import { isCriticalRole } from '../playbook-critical-roles.js';
import { isCompleteAssignment } from '../../workspace/playbook-role-holding.js';
import { defineRule, ruleOptions } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages, unnamed } from '../rule-messages.js';
import { contentsOf } from '../../workspace/playbook-document-walk.js';

/**
 * no-backup: a role whose holding has no reachable backup other than its holders; and one person
 * who alone holds several critical roles. The roles judged are the critical ones and, with the
 * option `roles: all-owners` (the default), every role that owns a step, a decision or a
 * communication rule of the most severe level; `roles: critical` keeps the critical ones only.
 * A role nothing relies on is not judged (unused-definition says so), nor one that only an
 * unused definition names (a channel nobody uses, owned by the role); run-time roles neither.
 */
export const noBackupRule = defineRule({
    id: 'no-backup',
    defaultLevel: 'warning',
    options: {
        roles: { type: 'choice', choices: ['all-owners', 'critical'], default: 'all-owners' },
    },
    checks: {
        Playbook: (playbook, ctx) => {
            const reported = checkBackups(playbook.elements.filter(isCompleteAssignment), playbook, ctx);
            if (ruleOptions(noBackupRule, ctx).roles === 'all-owners') {
                checkOwners(playbook, reported, ctx);
            }
        },
        Document: (document, ctx) => checkBackups(document.elements.filter(isCompleteAssignment), undefined, ctx),
    },
});

function checkBackups(assignments: Assignment[], playbook: Playbook | undefined, ctx: RuleContext): Set<Role> {
    const reported = new Set<Role>();
    for (const assignment of assignments) {
        const role = assignment.role.ref;
        if (!role || reported.has(role) || !isCriticalRole(role, ctx.config) || (ctx.facts.hasPlaybooks() && !ctx.facts.isReliedOn(role))) {
            continue;
        }
        const holding = ctx.holders.holding(role, playbook);
        if (holding.holders.length > 0 && holding.reachableBackups.length === 0) {
            reported.add(role);
            report(ctx.accept, noBackupRule, ruleMessages.noBackup({ role: role.name }), { node: assignment, property: 'role' }, role, undefined, 'backup');
        }
    }
    checkSoleHolders(assignments, playbook, ctx);
    return reported;
}

/** The roles owning a step, a decision or a communication rule of the most severe level, each with its first owning place. */
function owners(playbook: Playbook): Map<Role, AstNode> {
    const severity = mostSevere(playbook);
    const found = new Map<Role, AstNode>();
    for (const node of contentsOf(playbook)) {
        const owned = isStep(node) || isDecision(node) || (isCommunicationRule(node) && (!severity || appliesTo(node, severity)));
        const role = owned ? (node as { owner?: { ref?: unknown } }).owner?.ref : undefined;
        if (isRole(role) && role.name && !found.has(role)) {
            found.set(role, node);
        }
    }
    return found;
}

/** all-owners: an owning role held by someone with no reachable backup, on its assignment in the playbook or on the owner reference. */
function checkOwners(playbook: Playbook, reported: ReadonlySet<Role>, ctx: RuleContext): void {
    for (const [role, node] of owners(playbook)) {
        const holding = ctx.holders.holding(role, playbook);
        if (reported.has(role) || holding.state !== 'held' || holding.reachableBackups.length > 0 || (isCriticalRole(role, ctx.config) && holding.source === 'organisation')) {
            continue;
        }
        const local = holding.source === 'playbook' ? holding.assignments[0] : undefined;
        const message = ruleMessages.noBackupOwner({ role: role.name, owns: describeNode(node) });
        report(ctx.accept, noBackupRule, message, local ? { node: local, property: 'role' } : { node, property: 'owner' } as never, role, undefined, 'backup');
    }
}

function checkSoleHolders(assignments: Assignment[], playbook: Playbook | undefined, ctx: RuleContext): void {
    // Only `assignments` can be reported: a file without any (most playbooks) has nothing to do.
    if (assignments.length === 0) {
        return;
    }
    const organisation = ctx.facts.organisationAssignments();
    const roles = new Set<Role>();
    for (const assignment of [...organisation, ...(playbook ? playbook.elements.filter(isCompleteAssignment) : [])]) {
        const role = assignment.role.ref;
        if (role && isCriticalRole(role, ctx.config) && (!ctx.facts.hasPlaybooks() || ctx.facts.isReliedOn(role))) {
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
