import { isDecision, isSeverity, type FlowItem, type Playbook } from '../../language/generated/ast.js';
import { formatDuration } from '../../language/durations.js';
import { kindOf } from '../playbook-describe.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages, unnamed } from '../rule-messages.js';
import { FlowGraph } from './playbook-flow-graph.js';
import type { RuleContext } from './playbook-rule-context.js';

/** step-cycle and unreachable-step, from one flow graph of the playbook. */
export function checkFlow(playbook: Playbook, ctx: RuleContext): void {
    const graph = new FlowGraph(playbook);
    if (graph.items.length === 0) {
        return;
    }
    checkWaitCycles(graph, ctx);
    checkClosedLoops(graph, ctx);
    const reachable = graph.reachable();
    for (const item of graph.items) {
        if (!reachable.has(item)) {
            report(ctx.accept, 'unreachable-step', ruleMessages.unreachableStep({ kind: kindOf(item), name: item.name }), { node: item, property: 'name' });
        }
    }
}

/** Items that wait, through `after`, for themselves: none of them can ever start. */
function checkWaitCycles(graph: FlowGraph, ctx: RuleContext): void {
    for (const item of graph.items) {
        const cycle = waitCycle(item);
        if (cycle) {
            const text = [...cycle.path, item].map(i => `"${i.name}"`).join(unnamed.cycleArrow);
            report(ctx.accept, 'step-cycle', ruleMessages.stepWaitCycle({ step: item.name, cycle: text }), { node: item, property: 'dependsOn', index: cycle.index });
        }
    }
}

/** The `after` chain from `item` back to itself, with the index of the dependency it starts with. */
function waitCycle(item: FlowItem): { path: FlowItem[]; index: number } | undefined {
    for (const [index, dependency] of item.dependsOn.entries()) {
        const start = dependency.ref;
        if (!start) {
            continue;
        }
        const parents = new Map<FlowItem, FlowItem | undefined>([[start, undefined]]);
        const queue = [start];
        while (queue.length > 0) {
            const current = queue.shift()!;
            if (current === item) {
                const path: FlowItem[] = [];
                for (let at: FlowItem | undefined = current; at; at = parents.get(at)) {
                    path.unshift(at);
                }
                return { path: [item, ...path.slice(0, -1)], index };
            }
            for (const next of current.dependsOn.map(d => d.ref)) {
                if (next && !parents.has(next)) {
                    parents.set(next, current);
                    queue.push(next);
                }
            }
        }
    }
    return undefined;
}

/**
 * Loops of the flow that nothing leaves: no edge goes from inside the loop to outside it. Each
 * decision branch that jumps back into such a loop is reported, since that jump closes it.
 */
function checkClosedLoops(graph: FlowGraph, ctx: RuleContext): void {
    for (const loop of graph.loops()) {
        const members = new Set(loop);
        const leaves = loop.some(item => graph.successors(item).some(edge => !members.has(edge.to)));
        if (leaves) {
            continue;
        }
        const text = [...loop, loop[0]!].map(i => `"${i.name}"`).join(unnamed.cycleArrow);
        for (const edge of graph.edges) {
            if (edge.kind === 'goto' && members.has(edge.from) && members.has(edge.to) && isDecision(edge.from)) {
                const branch = edge.from.branches[edge.index]!;
                report(ctx.accept, 'step-cycle', ruleMessages.stepLoop({ target: edge.to.name, cycle: text }), { node: branch, property: 'target' });
            }
        }
    }
}

/** timebox-exceeds-target: a step or decision that may take longer than the longest resolve target. */
export function checkTimeboxes(playbook: Playbook, ctx: RuleContext): void {
    const targets = playbook.elements.filter(isSeverity).filter(s => s.resolve !== undefined);
    if (targets.length === 0) {
        return;
    }
    const longest = targets.reduce((a, b) => (b.resolve! > a.resolve! ? b : a));
    for (const item of new FlowGraph(playbook).items) {
        if (item.timebox !== undefined && item.timebox > longest.resolve!) {
            report(ctx.accept, 'timebox-exceeds-target', ruleMessages.timeboxExceedsTarget({
                kind: kindOf(item), name: item.name, timebox: formatDuration(item.timebox),
                target: formatDuration(longest.resolve!), severity: longest.name,
            }), { node: item, property: 'timebox' });
        }
    }
}
