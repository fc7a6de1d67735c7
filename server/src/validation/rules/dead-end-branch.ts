import { isDecision, isPhase, type FlowItem, type Playbook } from '../../language/generated/ast.js';
import { describeNode } from '../playbook-describe.js';
import { flowGraphOf } from '../playbook-flow-graph.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { gapMessages } from '../rule-messages-gaps.js';

/**
 * dead-end-branch: a path after which nothing follows before the plan's last phase (where the
 * incident is resolved and closed): from the start of the plan, or from an answer of a decision
 * (answers are exclusive: only one is taken). What follows an item is read from the flow graph
 * that every flow rule reads (playbook-flow-graph.ts), as the runner reads it (docs/runner.md, "Flow").
 * A side task that ends while another path goes on is not a dead end; items nothing
 * reaches are left to unreachable-step.
 */
export const deadEndBranchRule = defineRule({
    id: 'dead-end-branch',
    defaultLevel: 'warning',
    checks: { Playbook: checkDeadEnds },
});

function checkDeadEnds(playbook: Playbook, ctx: RuleContext): void {
    const phases = playbook.elements.filter(isPhase);
    const items = phases.flatMap(phase => phase.items);
    const lastPhase = phases[phases.length - 1];
    if (items.length === 0 || !lastPhase) {
        return;
    }
    const next = successors(playbook);
    const fromStart = reach(items[0]!, next);
    const reported = new Set<FlowItem>();
    const check = (from: FlowItem, origin: string) => {
        const reached = reach(from, next);
        if ([...reached].some(item => item.$container === lastPhase)) {
            return;
        }
        for (const item of reached) {
            if ((next.get(item) ?? []).length > 0 || reported.has(item) || !item.name) {
                continue;
            }
            reported.add(item);
            const message = isDecision(item) && item.branches.length === 0
                ? gapMessages.deadEndDecision({ item: describeNode(item) })
                : gapMessages.deadEnd({ item: describeNode(item), name: item.name, from: origin });
            report(ctx.accept, deadEndBranchRule, message, { node: item, property: 'name' });
        }
    };
    check(items[0]!, gapMessages.fromStart);
    for (const decision of items.filter(isDecision)) {
        if (!fromStart.has(decision) || !decision.name) {
            continue;
        }
        for (const branch of decision.branches) {
            const target = branch.target?.ref;
            if (target && next.has(target)) {
                check(target, gapMessages.answerFrom({ answer: branch.answer ?? `"${branch.label ?? ''}"`, decision: decision.name }));
            }
        }
    }
}

/** For each item, the items that can follow it: the flow graph every flow rule reads. */
function successors(playbook: Playbook): Map<FlowItem, FlowItem[]> {
    const graph = flowGraphOf(playbook);
    return new Map(graph.items.map(item => [item, graph.successors(item).map(edge => edge.to)]));
}

function reach(start: FlowItem, next: ReadonlyMap<FlowItem, FlowItem[]>): Set<FlowItem> {
    const seen = new Set<FlowItem>([start]);
    const queue = [start];
    while (queue.length > 0) {
        for (const to of next.get(queue.shift()!) ?? []) {
            if (!seen.has(to)) {
                seen.add(to);
                queue.push(to);
            }
        }
    }
    return seen;
}
