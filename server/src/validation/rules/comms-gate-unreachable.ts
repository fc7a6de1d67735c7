import { isCommunicationRule, isDecision, isStep, type Playbook } from '../../language/generated/ast.js';
import { flowGraphOf } from '../playbook-flow-graph.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { responseRuleMessages as m } from '../rule-messages-response.js';

/**
 * comms-gate-unreachable: a rule gated on a step (`after confirm`) or a decision's answer
 * (`after exposed is yes`) that can never open: the item is in the flow but no path reaches
 * it, or the decision offers no such answer. Items of procedures are offered at any moment,
 * so they count as reachable.
 */
export const commsGateUnreachableRule = defineRule({
    id: 'comms-gate-unreachable',
    defaultLevel: 'warning',
    checks: { Playbook: checkPlaybook },
});

function checkPlaybook(playbook: Playbook, ctx: RuleContext): void {
    const rules = playbook.elements.filter(isCommunicationRule).filter(rule => rule.gate?.ref);
    if (rules.length === 0) return;
    const graph = flowGraphOf(playbook);
    const inFlow = new Set(graph.items);
    const reachable = graph.reachable();
    for (const rule of rules) {
        const item = rule.gate!.ref!;
        const answer = rule.gateAnswer ?? rule.gateLabel;
        if (inFlow.has(item) && !reachable.has(item)) {
            report(ctx.accept, commsGateUnreachableRule, m.commsGateUnreachable({ item: item.name }), { node: rule, property: 'gate' });
        } else if (answer !== undefined && isStep(item)) {
            report(ctx.accept, commsGateUnreachableRule, m.commsGateNotADecision({ item: item.name }), { node: rule, property: 'gate' });
        } else if (answer !== undefined && isDecision(item) && !item.branches.some(b => (b.answer ?? b.label) === answer)) {
            report(ctx.accept, commsGateUnreachableRule, m.commsGateNoAnswer({ item: item.name, answer }), { node: rule, property: rule.gateAnswer ? 'gateAnswer' : 'gateLabel' });
        }
    }
}
