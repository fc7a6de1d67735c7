import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages } from '../rule-messages.js';

/** no-activation-authority: a trigger must name who may activate it, or activate automatically. */
export const noActivationAuthorityRule = defineRule({
    id: 'no-activation-authority',
    defaultLevel: 'warning',
    checks: {
        Trigger: (trigger, ctx) => {
            if (trigger.name && trigger.activators.length === 0 && !trigger.automatic) {
                report(ctx.accept, noActivationAuthorityRule, ruleMessages.noActivationAuthority({ trigger: trigger.name }), { node: trigger, property: 'name' });
            }
        },
    },
});
