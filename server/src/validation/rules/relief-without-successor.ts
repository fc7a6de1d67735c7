import { formatDuration } from '../../language/durations.js';
import type { Role } from '../../language/generated/ast.js';
import { peopleOf } from '../playbook-people-of.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { peopleRuleMessages } from '../rule-messages-people.js';

/**
 * relief-without-successor: a role with `relieve after` and nobody to hand over to: no
 * reachable backup, no second person among its holders (a team or rotation of two counts), no
 * designator, no volunteers, no default role.
 */
export const reliefWithoutSuccessorRule = defineRule({
    id: 'relief-without-successor',
    defaultLevel: 'warning',
    checks: {
        Role: (role, ctx) => {
            if (role.reliefAfter === undefined || !role.name || hasSuccessor(role, ctx)) return;
            report(ctx.accept, reliefWithoutSuccessorRule, peopleRuleMessages.reliefWithoutSuccessor({ role: role.name, after: formatDuration(role.reliefAfter) }),
                { node: role, property: 'reliefAfter' }, role);
        },
    },
});

function hasSuccessor(role: Role, ctx: RuleContext): boolean {
    if (role.designators.length > 0 || role.volunteers || role.defaultFrom !== undefined) return true;
    const holding = ctx.holders.holding(role, role);
    if (holding.reachableBackups.length > 0) return true;
    const people = new Set(holding.holders.flatMap(h => peopleOf(h).map(p => p.person)));
    return people.size > 1;
}
