/** The flow of steps as docs/language.md "How the flow of steps is read" defines it. */
import type { FlowItemModel, PlaybookModel } from '../../../protocol/src/playbook-model-types.js';

/** The steps and decisions of a playbook in written order, across phases. */
export function flowItems(model: PlaybookModel): FlowItemModel[] {
    return model.phases.flatMap(phase => phase.items);
}

/** The phases' items, then the items of the procedures that can be started at any time (issue 14). */
export function allFlowItems(model: PlaybookModel): FlowItemModel[] {
    return [...flowItems(model), ...(model.procedures ?? []).flatMap(procedure => procedure.items)];
}

/** The graph the runner walks: what each item waits for, which decisions can jump to it, and the loops. */
export interface FlowGraph {
    order: FlowItemModel[];
    byName: Map<string, FlowItemModel>;
    /** Written position of each item. */
    index: Map<string, number>;
    /**
     * What an item waits for: its `after` list; else the previous item, unless that is a
     * decision, or the item is a forward target of a decision and the previous item lies on
     * another branch of it (written between the decision and the item): branches are exclusive.
     */
    waitsFor: Map<string, string[]>;
    /** Decisions with a branch going forward to the item. */
    jumpsIn: Map<string, string[]>;
    /** The procedure each of its items belongs to; phase items have none. */
    procedureOf: Map<string, string>;
}

/** Builds the flow graph; names that resolve to nothing are dropped. */
export function flowGraph(model: PlaybookModel): FlowGraph {
    const order = allFlowItems(model);
    const procedureOf = new Map((model.procedures ?? []).flatMap(procedure => procedure.items.map(item => [item.name, procedure.name] as const)));
    const byName = new Map(order.map(item => [item.name, item]));
    const index = new Map(order.map((item, i) => [item.name, i]));
    const jumpsIn = new Map<string, string[]>();
    // The earliest decision that jumps forward to each item: a previous item written after it is on another branch.
    const firstForwardJump = new Map<string, number>();
    order.forEach((item, i) => {
        if (item.kind !== 'decision') return;
        for (const branch of item.branches) {
            const target = branch.target !== undefined ? index.get(branch.target) : undefined;
            if (target === undefined || target <= i) continue; // unknown, or a loop back: see loopRange
            jumpsIn.set(branch.target!, [...new Set([...(jumpsIn.get(branch.target!) ?? []), item.name])]);
            firstForwardJump.set(branch.target!, Math.min(firstForwardJump.get(branch.target!) ?? i, i));
        }
    });
    const waitsFor = new Map<string, string[]>();
    order.forEach((item, i) => {
        // A procedure is a flow of its own: its first item follows nothing (it is entered when started).
        const previous = procedureOf.get(order[i - 1]?.name ?? '') === procedureOf.get(item.name) ? order[i - 1] : undefined;
        const decision = firstForwardJump.get(item.name);
        const onOtherBranch = decision !== undefined && i - 1 > decision;
        const implicit = previous && previous.kind !== 'decision' && !onOtherBranch ? [previous.name] : [];
        waitsFor.set(item.name, item.after.length > 0 ? item.after.filter(name => byName.has(name)) : implicit);
    });
    return { order, byName, index, waitsFor, jumpsIn, procedureOf };
}

/**
 * The items a decision's branch re-opens when it goes back: from its target to the decision,
 * in written order. Undefined for a branch that goes forward (or nowhere).
 */
export function loopRange(graph: FlowGraph, decision: string, branch: string): string[] | undefined {
    const item = graph.byName.get(decision);
    const target = item?.kind === 'decision' ? item.branches.find(b => b.label === branch)?.target : undefined;
    const from = target !== undefined ? graph.index.get(target) : undefined;
    const to = graph.index.get(decision);
    if (from === undefined || to === undefined || from > to) return undefined;
    return graph.order.slice(from, to + 1).map(i => i.name);
}

/** What responders have said about each item in its current pass, before the flow decides readiness. */
export interface ItemFacts {
    acted?: 'done' | 'skipped' | 'blocked';
    branch?: string;
    /** A decision went back to this item: it is open again, whatever it waits for. */
    entered?: boolean;
}

/**
 * Each item's status from the facts. An item is on the run's path (alive) when it is the start,
 * when something alive leads to it (an item it waits for, or an undecided or chosen forward
 * branch), when a loop re-entered it, or when someone acted on it anyway; computed as a least
 * fixpoint so that items do not keep each other alive. It is ready when alive, not settled, and
 * either a taken branch jumped to it or everything alive it waits for is settled.
 */
export function flowStatuses(graph: FlowGraph, facts: ReadonlyMap<string, ItemFacts>, started: boolean,
    startedProcedures: ReadonlySet<string> = new Set(), severity?: string): Map<string, 'waiting' | 'ready' | 'done' | 'skipped' | 'blocked' | 'bypassed'> {
    // A step limited to other severities (`during major`) is not needed at the run's level: it
    // stays on the path, counts as settled for what waits for it, and shows as bypassed. Until a
    // level is set it may be needed, so it counts as any other step.
    const notNeeded = (name: string): boolean => {
        const item = graph.byName.get(name);
        const levels = item?.kind === 'step' ? item.severities : undefined;
        return severity !== undefined && levels !== undefined && !levels.includes(severity);
    };
    const settled = (name: string): boolean => {
        const fact = facts.get(name);
        return fact?.acted === 'done' || fact?.acted === 'skipped' || fact?.branch !== undefined || (!fact?.acted && notNeeded(name));
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
    const first = graph.order.find(item => !graph.procedureOf.has(item.name));
    if (first) alive.add(first.name);
    for (const [name, fact] of facts) {
        if (fact.acted || fact.branch !== undefined || fact.entered) alive.add(name);
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
        } else if (graph.procedureOf.has(item.name) && !startedProcedures.has(graph.procedureOf.get(item.name)!)) {
            statuses.set(item.name, 'waiting'); // a procedure not started yet: offered, not on any path
        } else if (!alive.has(item.name) || notNeeded(item.name)) {
            statuses.set(item.name, 'bypassed');
        } else {
            const waits = graph.waitsFor.get(item.name) ?? [];
            const jumped = fact?.entered === true || (graph.jumpsIn.get(item.name) ?? []).some(d => jumpedTo(d, item.name) === true);
            const livingWaits = waits.filter(name => alive.has(name));
            const waitsMet = waits.length > 0 && livingWaits.every(settled) && waits.some(settled);
            const isStart = item === first;
            statuses.set(item.name, started && (isStart || jumped || waitsMet) ? 'ready' : 'waiting');
        }
    }
    return statuses;
}
