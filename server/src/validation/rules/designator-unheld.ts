import { isFilledAtRunTime } from '../../language/playbook-run-time-roles.js';
import { isHeld } from '../../workspace/playbook-role-holding.js';
import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { peopleRuleMessages } from '../rule-messages-people.js';

/**
 * designator-unheld: a role `designated by` a role that nobody holds (seen from where the role
 * is defined). A designator that is itself filled at run time counts as held: its own rules
 * (designator-unheld, no-designation-pool) say whether someone fills it.
 */
export const designatorUnheldRule = defineRule({
    id: 'designator-unheld',
    defaultLevel: 'error',
    checks: {
        Role: (role, ctx) => {
            role.designators.forEach((reference, index) => {
                const designator = reference?.ref;
                if (!designator || !role.name || designator === role || isFilledAtRunTime(designator)) return;
                if (!isHeld(ctx.holders.holding(designator, role))) {
                    report(ctx.accept, designatorUnheldRule, peopleRuleMessages.designatorUnheld({ role: role.name, designator: designator.name }),
                        { node: role, property: 'designators', index }, designator);
                }
            });
        },
    },
});
