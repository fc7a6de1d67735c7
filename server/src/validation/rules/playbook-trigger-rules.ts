import type { Trigger } from '../../language/generated/ast.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages } from '../rule-messages.js';
import type { RuleContext } from './playbook-rule-context.js';

/** no-activation-authority: a trigger must name who may activate it, or activate automatically. */
export function checkActivationAuthority(trigger: Trigger, ctx: RuleContext): void {
    if (trigger.name && trigger.activators.length === 0 && !trigger.automatic) {
        report(ctx.accept, 'no-activation-authority', ruleMessages.noActivationAuthority({ trigger: trigger.name }), { node: trigger, property: 'name' });
    }
}
