/** The flow of steps as docs/language.md "How the flow of steps is read" defines it. */
import type { FlowItemModel, PlaybookModel } from '../../../protocol/src/playbook-model-types.js';

/** The steps and decisions of a playbook in written order, across phases. */
export function flowItems(model: PlaybookModel): FlowItemModel[] {
    return model.phases.flatMap(phase => phase.items);
}

/** The graph the runner walks: what each item waits for, and which decisions can jump to it. */
export interface FlowGraph {
    order: FlowItemModel[];
    byName: Map<string, FlowItemModel>;
    /** What an item waits for: its `after` list, else the previous item unless that is a decision. */
    waitsFor: Map<string, string[]>;
    /** Decisions with a branch going to the item. */
    jumpsIn: Map<string, string[]>;
}

/** Builds the flow graph; names that resolve to nothing are dropped. */
export function flowGraph(model: PlaybookModel): FlowGraph {
    const order = flowItems(model);
    const byName = new Map(order.map(item => [item.name, item]));
    const waitsFor = new Map<string, string[]>();
    const jumpsIn = new Map<string, string[]>();
    order.forEach((item, index) => {
        const previous = order[index - 1];
        const explicit = item.after.filter(name => byName.has(name));
        // A decision does not fall through: after it come only the steps its branches name.
        const implicit = previous && previous.kind !== 'decision' ? [previous.name] : [];
        waitsFor.set(item.name, item.after.length > 0 ? explicit : implicit);
        if (item.kind === 'decision') {
            for (const branch of item.branches) {
                if (branch.target && byName.has(branch.target)) {
                    jumpsIn.set(branch.target, [...(jumpsIn.get(branch.target) ?? []), item.name]);
                }
            }
        }
    });
    return { order, byName, waitsFor, jumpsIn };
}

/** What responders have said about each item, before the flow decides readiness. */
export interface ItemFacts {
    acted?: 'done' | 'skipped' | 'blocked';
    branch?: string;
}

/**
 * Each item's status from the facts. An item is on the run's path (alive) when it is the start,
 * when something alive leads to it (an item it waits for, or an undecided or chosen decision
 * branch), or when someone acted on it anyway; computed as a least fixpoint so that loops do
 * not keep each other alive. It is ready when alive, not settled, and either a taken branch
 * jumped to it or everything alive it waits for is settled.
 */
export function flowStatuses(graph: FlowGraph, facts: ReadonlyMap<string, ItemFacts>, started: boolean): Map<string, 'waiting' | 'ready' | 'done' | 'skipped' | 'blocked' | 'bypassed'> {
    const settled = (name: string): boolean => {
        const fact = facts.get(name);
        return fact?.acted === 'done' || fact?.acted === 'skipped' || fact?.branch !== undefined;
    };
    const jumpedTo = (decision: string, target: string): boolean | undefined => {
        const chosen = facts.get(decision)?.branch;
        if (chosen === undefined) {
            return undefined; // undecided: the jump may still happen
        }
        const item = graph.byName.get(decision);
        return item?.kind === 'decision' && item.branches.some(b => b.label === chosen && b.target === target);
    };
    const alive = new Set<string>();
    const first = graph.order[0];
    if (first) alive.add(first.name);
    for (const [name, fact] of facts) {
        if (fact.acted || fact.branch !== undefined) alive.add(name);
    }
    for (let changed = true; changed;) {
        changed = false;
        for (const item of graph.order) {
            if (alive.has(item.name)) continue;
            const viaWait = (graph.waitsFor.get(item.name) ?? []).some(name => alive.has(name));
            const viaJump = (graph.jumpsIn.get(item.name) ?? []).some(d => alive.has(d) && jumpedTo(d, item.name) !== false);
            if (viaWait || viaJump) {
                alive.add(item.name);
                changed = true;
            }
        }
    }
    const statuses = new Map<string, 'waiting' | 'ready' | 'done' | 'skipped' | 'blocked' | 'bypassed'>();
    for (const item of graph.order) {
        const fact = facts.get(item.name);
        if (fact?.branch !== undefined || fact?.acted === 'done') {
            statuses.set(item.name, 'done');
        } else if (fact?.acted === 'skipped') {
            statuses.set(item.name, 'skipped');
        } else if (fact?.acted === 'blocked') {
            statuses.set(item.name, 'blocked');
        } else if (!alive.has(item.name)) {
            statuses.set(item.name, 'bypassed');
        } else {
            const waits = graph.waitsFor.get(item.name) ?? [];
            const jumped = (graph.jumpsIn.get(item.name) ?? []).some(d => jumpedTo(d, item.name) === true);
            const livingWaits = waits.filter(name => alive.has(name));
            const waitsMet = waits.length > 0 && livingWaits.every(settled) && waits.some(settled);
            const isStart = item === first;
            statuses.set(item.name, started && (isStart || jumped || waitsMet) ? 'ready' : 'waiting');
        }
    }
    return statuses;
}
