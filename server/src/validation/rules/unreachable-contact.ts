import { isRotation, type Rotation, type Team } from '../../language/generated/ast.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages } from '../rule-messages.js';
import { isReachableHolder } from '../../workspace/playbook-role-holding.js';

/** unreachable-contact: a person with no phone, sms, email, chat, app or pager; a team or rotation with no members. */
export const unreachableContactRule = defineRule({
    id: 'unreachable-contact',
    defaultLevel: 'warning',
    checks: {
        Person: (person, ctx) => {
            if (person.name && person.contacts.length === 0) {
                report(ctx.accept, unreachableContactRule, ruleMessages.personNoContact({ person: person.name }), { node: person, property: 'name' });
            }
        },
        Team: checkMembers,
        Rotation: checkMembers,
    },
});

function checkMembers(group: Team | Rotation, ctx: RuleContext): void {
    if (group.name && !isReachableHolder(group)) {
        const kind = isRotation(group) ? 'rotation' : 'team';
        report(ctx.accept, unreachableContactRule, ruleMessages.groupNoMembers({ kind, name: group.name }), { node: group, property: 'name' });
    }
}
