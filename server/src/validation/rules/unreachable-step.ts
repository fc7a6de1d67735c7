import { kindOf } from '../playbook-describe.js';
import { flowGraphOf } from '../playbook-flow-graph.js';
import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages } from '../rule-messages.js';

/** unreachable-step: a step or decision that no path from the start of the plan reaches. */
export const unreachableStepRule = defineRule({
    id: 'unreachable-step',
    defaultLevel: 'warning',
    checks: {
        Playbook: (playbook, ctx) => {
            const graph = flowGraphOf(playbook);
            const reachable = graph.reachable();
            for (const item of graph.items) {
                if (!reachable.has(item) && item.name) {
                    report(ctx.accept, unreachableStepRule, ruleMessages.unreachableStep({ kind: kindOf(item), name: item.name }), { node: item, property: 'name' });
                }
            }
        },
    },
});
