import { isDecision, isPhase, type FlowItem, type Playbook } from '../../language/generated/ast.js';
import { describeNode } from '../playbook-describe.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { gapMessages } from '../rule-messages-gaps.js';

/**
 * dead-end-branch: a path after which nothing follows before the plan's last phase (where the
 * incident is resolved and closed): from the start of the plan, or from an answer of a decision
 * (answers are exclusive: only one is taken). What follows an item is read as the runner reads it
 * (docs/runner.md, "Flow"): the items that wait for it (`after`, or falling through from the item
 * written before, except after a decision and into another answer's target), and a decision's
 * answers. A side task that ends while another path goes on is not a dead end; items nothing
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
    const next = successors(items);
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

/** For each item, the items that can follow it. */
function successors(items: readonly FlowItem[]): Map<FlowItem, FlowItem[]> {
    const next = new Map<FlowItem, FlowItem[]>(items.map(item => [item, []]));
    const forwardTargets = new Map<FlowItem, number>();
    items.forEach((item, d) => {
        if (isDecision(item)) {
            for (const branch of item.branches) {
                const target = branch.target?.ref;
                if (target && next.has(target)) {
                    next.get(item)!.push(target);
                    const t = items.indexOf(target);
                    if (t > d && !forwardTargets.has(target)) {
                        forwardTargets.set(target, d);
                    }
                }
            }
        }
    });
    items.forEach((item, i) => {
        const waitsFor = item.dependsOn.map(d => d?.ref).filter((w): w is FlowItem => w !== undefined);
        if (waitsFor.length > 0) {
            waitsFor.forEach(w => next.get(w)?.push(item));
            return;
        }
        const before = items[i - 1];
        const decision = forwardTargets.get(item);
        const onAnotherBranch = decision !== undefined && decision < i - 1;
        if (before && !isDecision(before) && !onAnotherBranch) {
            next.get(before)!.push(item);
        }
    });
    return next;
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
