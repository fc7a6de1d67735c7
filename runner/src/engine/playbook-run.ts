/** The runner's reducer: state = reduce(model, events). Pure; time-dependent views take `now` elsewhere. */
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { allFlowItems, flowGraph, flowStatuses, loopRange, type FlowGraph, type ItemFacts } from './playbook-flow.js';
import { applyResponseEvent, severityChangeAllowed } from './playbook-response.js';
import { escalationPathFor } from './playbook-escalation.js';
import type { ItemState, RunState } from './playbook-run-types.js';
import type { RunEvent } from '../../../protocol/src/playbook-run-store.js';

/** The state before anything happened. */
export function initialState(model: PlaybookModel): RunState {
    const items: Record<string, ItemState> = {};
    for (const item of allFlowItems(model)) {
        items[item.name] = { status: 'waiting', checks: item.kind === 'step' ? item.checks.map(() => false) : [], pass: 1 };
    }
    return {
        started: false, items, sent: {}, occurrences: [], timeline: [], faults: { channelsDown: [], noAnswer: [] },
        designations: {}, procedures: {}, subTeams: [], children: [], merged: [],
    };
}

/**
 * Replays the events against the model, in the order given: the run's log order, never
 * re-sorted by `at`, so an event recorded after the system clock moved back keeps its place
 * (and its own time). Events that name what the model no longer has are kept in the timeline,
 * marked as not applying.
 */
export function reduceRun(model: PlaybookModel, events: readonly RunEvent[]): RunState {
    const graph = flowGraph(model);
    const state = initialState(model);
    const facts = new Map<string, ItemFacts>();
    const itemOf = (event: RunEvent): string | undefined => ('item' in event ? event.item : undefined);
    for (const event of events) {
        const item = itemOf(event);
        const pass = item !== undefined ? state.items[item]?.pass : undefined;
        const applies = apply(model, graph, state, facts, event);
        state.timeline.push({ at: event.at, event, applies, ...(pass !== undefined ? { pass } : {}) });
        settleFlow(graph, state, facts, event.at);
    }
    // Passes are worth saying only for items a loop re-opened: "Done: Assess (pass 1)".
    for (const entry of state.timeline) {
        const item = itemOf(entry.event);
        if (entry.pass !== undefined && (item === undefined || (state.items[item]?.pass ?? 1) < 2)) delete entry.pass;
    }
    return state;
}

function apply(model: PlaybookModel, graph: FlowGraph, state: RunState, facts: Map<string, ItemFacts>, event: RunEvent): boolean {
    switch (event.type) {
        case 'start': {
            if (state.started || (event.severity !== undefined && !model.severities.some(s => s.name === event.severity))) {
                return false;
            }
            Object.assign(state, { started: true, startedAt: event.at, severitySince: event.at, escalationSince: event.at });
            if (event.severity !== undefined) Object.assign(state, { severity: event.severity, severitySetAt: event.at });
            if (event.drill) state.drill = { speed: event.drill.speed, ...(event.drill.kind !== undefined ? { kind: event.drill.kind } : {}) };
            if (event.trigger && model.triggers.some(t => t.name === event.trigger)) {
                state.trigger = event.trigger;
            }
            state.occurrences.push({ event: 'start', at: event.at });
            return true;
        }
        case 'severity-changed': {
            if (!state.started || !severityChangeAllowed(model, state, event.severity)) {
                return false; // unknown, unchanged, or lower where the playbook says severities only rise
            }
            const first = state.severity === undefined;
            const pathBefore = escalationPathFor(model, state);
            state.severity = event.severity;
            state.severitySince = event.at;
            state.severitySetAt ??= event.at;
            // A new severity may mean a new path: escalation starts over and needs a new
            // acknowledgement. Setting the first severity keeps a trigger's own path running.
            if (!first || escalationPathFor(model, state) !== pathBefore) {
                state.escalationSince = event.at;
                delete state.acknowledgedAt;
            }
            state.occurrences.push({ event: 'severity-change', at: event.at });
            return true;
        }
        case 'step-done':
        case 'step-skipped':
        case 'step-blocked': {
            const item = graph.byName.get(event.item);
            if (!state.started || item?.kind !== 'step') {
                return false;
            }
            const acted = event.type === 'step-done' ? 'done' : event.type === 'step-skipped' ? 'skipped' : 'blocked';
            facts.set(event.item, { acted });
            // `escalate db-path`: doing the step starts that path now, in place of the one running (issue 14.4).
            if (acted === 'done' && item.escalate !== undefined && model.escalations.some(p => p.name === item.escalate)) {
                Object.assign(state, { escalationPath: item.escalate, escalationSince: event.at });
                delete state.acknowledgedAt;
            }
            const itemState = state.items[event.item]!;
            itemState.actedAt = event.at;
            if ('reason' in event) itemState.reason = event.reason;
            else delete itemState.reason;
            return true;
        }
        case 'step-undone': {
            const fact = facts.get(event.item);
            if (!state.started || !fact || (fact.acted === undefined && fact.branch === undefined)) {
                return false;
            }
            facts.delete(event.item);
            const itemState = state.items[event.item]!;
            delete itemState.actedAt;
            delete itemState.reason;
            delete itemState.branch;
            return true;
        }
        case 'check-toggled': {
            const itemState = state.items[event.item];
            if (!state.started || !itemState || event.index < 0 || event.index >= itemState.checks.length) {
                return false;
            }
            itemState.checks[event.index] = event.checked;
            return true;
        }
        case 'decision-taken': {
            const item = graph.byName.get(event.item);
            if (!state.started || item?.kind !== 'decision' || !item.branches.some(b => b.label === event.branch)) {
                return false;
            }
            facts.set(event.item, { branch: event.branch });
            Object.assign(state.items[event.item]!, { actedAt: event.at, branch: event.branch });
            const loop = loopRange(graph, event.item, event.branch);
            if (loop) reopen(state, facts, loop);
            return true;
        }
        case 'escalation-acknowledged':
            if (!state.started || state.acknowledgedAt !== undefined) {
                return false;
            }
            state.acknowledgedAt = event.at;
            return true;
        case 'update-sent':
            if (!state.started) {
                return false;
            }
            state.sent[event.rule] = event.at;
            return true;
        case 'resolved':
        case 'closed': {
            if (!state.started || (event.type === 'resolved' ? state.resolvedAt : state.closedAt) !== undefined) {
                return false;
            }
            if (event.type === 'resolved') state.resolvedAt = event.at;
            else state.closedAt = event.at;
            state.occurrences.push({ event: event.type === 'resolved' ? 'resolve' : 'close', at: event.at });
            return true;
        }
        case 'fault-injected': {
            if (!state.drill) return false; // faults belong to drills only
            const list = event.fault === 'channel-down' ? state.faults.channelsDown : state.faults.noAnswer;
            if (!list.includes(event.name)) list.push(event.name);
            return true;
        }
        case 'procedure-started': {
            const procedure = model.procedures?.find(p => p.name === event.procedure);
            if (!state.started || !procedure || procedure.items.length === 0) return false;
            // Started again (a second shift change): its items open for a new pass, as a loop does.
            const known = state.procedures[procedure.name];
            if (known) reopen(state, facts, procedure.items.map(i => i.name));
            else facts.set(procedure.items[0]!.name, { entered: true });
            state.procedures[procedure.name] = { startedAt: event.at, times: (known?.times ?? 0) + 1 };
            return true;
        }
        case 'note':
        case 'playbook-changed':
            return true;
        case 'role-designated':
        case 'sub-team-formed':
        case 'sub-team-disbanded':
        case 'status-posted':
        case 'incident-split':
        case 'incident-merged':
            return state.started && applyResponseEvent(model, state, event);
    }
}

/**
 * A decision went back: every item from the target to the decision starts a new pass, open
 * again with its checks cleared; the target is entered at once. The earlier pass stays in the
 * timeline, where its events keep their pass number.
 */
function reopen(state: RunState, facts: Map<string, ItemFacts>, loop: readonly string[]): void {
    for (const name of loop) {
        facts.delete(name);
        const itemState = state.items[name]!;
        Object.assign(itemState, { pass: itemState.pass + 1, checks: itemState.checks.map(() => false) });
        delete itemState.actedAt;
        delete itemState.reason;
        delete itemState.branch;
        delete itemState.readyAt; // the new pass's time box counts from now
        itemState.status = 'waiting';
    }
    facts.set(loop[0]!, { entered: true });
}

/** Recomputes statuses after an event and stamps `readyAt` on items that just became ready. */
function settleFlow(graph: FlowGraph, state: RunState, facts: ReadonlyMap<string, ItemFacts>, at: number): void {
    const statuses = flowStatuses(graph, facts, state.started, new Set(Object.keys(state.procedures)), state.severity);
    for (const [name, status] of statuses) {
        const itemState = state.items[name]!;
        if (status === 'ready' && itemState.status !== 'ready') {
            itemState.readyAt = at;
        } else if (status === 'waiting' || status === 'bypassed') {
            delete itemState.readyAt;
        }
        itemState.status = status;
    }
}
