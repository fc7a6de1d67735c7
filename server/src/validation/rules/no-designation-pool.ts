import { hasDesignationPool, isFilledAtRunTime } from '../../language/playbook-run-time-roles.js';
import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { peopleRuleMessages } from '../rule-messages-people.js';

/**
 * no-designation-pool: a role filled at run time (`optional`, `designated at start`) with no
 * designator, no volunteers and no default. An optional role that an `assign` line also holds
 * has its pool: the holders.
 */
export const noDesignationPoolRule = defineRule({
    id: 'no-designation-pool',
    defaultLevel: 'warning',
    checks: {
        Role: (role, ctx) => {
            if (!role.name || !isFilledAtRunTime(role) || hasDesignationPool(role) || ctx.holders.holding(role, role).state === 'held') return;
            report(ctx.accept, noDesignationPoolRule, peopleRuleMessages.noDesignationPool({ role: role.name }), { node: role, property: 'name' }, role);
        },
    },
});
