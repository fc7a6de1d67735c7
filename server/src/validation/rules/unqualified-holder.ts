import { isTeam, type Assignment, type Holder, type Qualification } from '../../language/generated/ast.js';
import { peopleOf } from '../playbook-people-of.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { peopleRuleMessages } from '../rule-messages-people.js';

/**
 * unqualified-holder: a holder or backup of a role (or a member of a team or rotation holding
 * it) who lacks a qualification the role `requires`. Reported once per holder reference, on it.
 */
export const unqualifiedHolderRule = defineRule({
    id: 'unqualified-holder',
    defaultLevel: 'warning',
    checks: {
        Assignment: (assignment, ctx) => {
            const role = assignment.role?.ref;
            const required = (role?.requires ?? []).map(r => r.ref).filter((q): q is Qualification => q !== undefined);
            if (!role || required.length === 0) return;
            assignment.holders.forEach((ref, index) => check(assignment, 'holders', index, ref?.ref, required, ctx));
            assignment.backups.forEach((ref, index) => check(assignment, 'backups', index, ref?.ref, required, ctx));
        },
    },
});

function check(assignment: Assignment, property: 'holders' | 'backups', index: number, holder: Holder | undefined, required: Qualification[], ctx: RuleContext): void {
    if (!holder) return;
    for (const { person, via } of peopleOf(holder)) {
        const held = new Set(person.qualifications.map(q => q.ref));
        const missing = required.find(q => !held.has(q));
        if (missing) {
            report(ctx.accept, unqualifiedHolderRule, peopleRuleMessages.unqualifiedHolder({
                role: assignment.role.ref!.name, person: person.name, qualification: missing.name,
                through: via === undefined ? 'person' : isTeam(via) ? 'team' : 'rotation', group: via?.name ?? '',
            }), { node: assignment, property, index });
            return;
        }
    }
}
