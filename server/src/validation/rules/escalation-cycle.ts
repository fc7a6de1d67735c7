import type { EscalationPath } from '../../language/generated/ast.js';
import { EscalationChains } from '../../language/playbook-escalation-chains.js';
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

/** The chains of the document being validated (one context per document), walked once for all its paths. */
const chainsByContext = new WeakMap<RuleContext, EscalationChains>();

function checkEscalationCycle(path: EscalationPath, ctx: RuleContext): void {
    if (!path.name) {
        return;
    }
    let chains = chainsByContext.get(ctx);
    if (!chains) {
        chains = new EscalationChains();
        chainsByContext.set(ctx, chains);
    }
    // A loop further on that does not include this path is reported on its own paths.
    const loop = chains.loopOf(path);
    if (loop) {
        const cycle = [...loop, path].map(p => `"${p.name}"`).join(unnamed.cycleArrow);
        report(ctx.accept, escalationCycleRule, ruleMessages.escalationCycle({ path: path.name, cycle }), { node: path, property: 'next' });
    }
}
