import { isDecision, type FlowItem, type Playbook } from '../../language/generated/ast.js';
import { flowGraphOf, type FlowGraph } from '../playbook-flow-graph.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages, unnamed } from '../rule-messages.js';

/** step-cycle: items that wait for themselves through `after`; loops of the flow that nothing leaves. */
export const stepCycleRule = defineRule({
    id: 'step-cycle',
    defaultLevel: 'error',
    checks: {
        Playbook: (playbook: Playbook, ctx) => {
            const graph = flowGraphOf(playbook);
            if (graph.items.length > 0) {
                checkWaitCycles(graph, ctx);
                checkClosedLoops(graph, ctx);
            }
        },
    },
});

/**
 * Items that wait, through `after`, for themselves: none of them can ever start. The loops are
 * the strongly connected components of the `after` edges (linear, even for long chains).
 */
function checkWaitCycles(graph: FlowGraph, ctx: RuleContext): void {
    for (const loop of graph.loops('after')) {
        const members = new Set(loop);
        if (loop.some(item => !item.name)) {
            continue;
        }
        for (const item of loop) {
            const index = item.dependsOn.findIndex(d => d?.ref !== undefined && members.has(d.ref));
            const path = waitPath(item, item.dependsOn[index]!.ref!, members);
            const text = [item, ...path].map(i => `"${i.name}"`).join(unnamed.cycleArrow);
            report(ctx.accept, stepCycleRule, ruleMessages.stepWaitCycle({ step: item.name, cycle: text }), { node: item, property: 'dependsOn', index });
        }
    }
}

/** The shortest `after` chain from `start` back to `item`, within one loop: [start, …, item]. */
function waitPath(item: FlowItem, start: FlowItem, members: ReadonlySet<FlowItem>): FlowItem[] {
    const parents = new Map<FlowItem, FlowItem | undefined>([[start, undefined]]);
    const queue = [start];
    while (queue.length > 0) {
        const current = queue.shift()!;
        if (current === item) {
            break;
        }
        for (const next of current.dependsOn.map(d => d?.ref)) {
            if (next && members.has(next) && !parents.has(next)) {
                parents.set(next, current);
                queue.push(next);
            }
        }
    }
    const path: FlowItem[] = [];
    for (let at: FlowItem | undefined = item; at; at = parents.get(at)) {
        path.unshift(at);
    }
    return path;
}

/**
 * Loops of the flow that nothing leaves: no edge goes from inside the loop to outside it. Each
 * decision branch that jumps back into such a loop is reported, since that jump closes it.
 */
function checkClosedLoops(graph: FlowGraph, ctx: RuleContext): void {
    for (const loop of graph.loops()) {
        const members = new Set(loop);
        const leaves = loop.some(item => graph.successors(item).some(edge => !members.has(edge.to)));
        if (leaves || loop.some(item => !item.name)) {
            continue;
        }
        const text = [...loop, loop[0]!].map(i => `"${i.name}"`).join(unnamed.cycleArrow);
        for (const edge of graph.edges) {
            if (edge.kind === 'goto' && members.has(edge.from) && members.has(edge.to) && isDecision(edge.from)) {
                const branch = edge.from.branches[edge.index]!;
                report(ctx.accept, stepCycleRule, ruleMessages.stepLoop({ target: edge.to.name, cycle: text }), { node: branch, property: 'target' });
            }
        }
    }
}
