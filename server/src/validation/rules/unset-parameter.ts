import { isPlaybook, isTrigger, type Parameter } from '../../language/generated/ast.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { responseRuleMessages as m } from '../rule-messages-response.js';

/** unset-parameter: a parameter needs a default, a trigger that sets it, or `asked` (the runner asks at start). */
export const unsetParameterRule = defineRule({
    id: 'unset-parameter',
    defaultLevel: 'warning',
    checks: { Parameter: checkParameter },
});

function checkParameter(parameter: Parameter, ctx: RuleContext): void {
    if (parameter.default || parameter.asked || !parameter.name || !isPlaybook(parameter.$container)) return;
    const set = parameter.$container.elements.filter(isTrigger).some(t => t.settings.some(s => s.parameter.ref === parameter));
    if (!set) {
        report(ctx.accept, unsetParameterRule, m.unsetParameter({ name: parameter.name }), { node: parameter, property: 'name' }, parameter);
    }
}
