import type { EscalationPath } from '../../language/generated/ast.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages, unnamed } from '../rule-messages.js';

/** escalation-cycle: a path whose `then` chain comes back to itself; reported on each path of the loop. */
export const escalationCycleRule = defineRule({
    id: 'escalation-cycle',
    defaultLevel: 'error',
    checks: { EscalationPath: checkEscalationCycle },
});

function checkEscalationCycle(path: EscalationPath, ctx: RuleContext): void {
    const chain: EscalationPath[] = [path];
    if (!path.name) {
        return;
    }
    for (let next = path.next?.ref; next; next = next.next?.ref) {
        if (next === path) {
            const cycle = [...chain, path].map(p => `"${p.name}"`).join(unnamed.cycleArrow);
            report(ctx.accept, escalationCycleRule, ruleMessages.escalationCycle({ path: path.name, cycle }), { node: path, property: 'next' });
            return;
        }
        if (chain.includes(next)) {
            return; // a loop further on, which does not include this path: reported on its own paths
        }
        chain.push(next);
    }
}
