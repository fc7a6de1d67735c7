/** Time-dependent views of a run at `now`: elapsed, targets, and each item's time box. */
import type { FlowItemModel, PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { allFlowItems } from './playbook-flow.js';
import type { ItemState, RunState } from './playbook-run-types.js';
import type { Millis } from '../../../protocol/src/playbook-run-store.js';

export interface Deadline {
    /** When it is (or was) due. */
    at: Millis;
    /** Milliseconds left; negative when overdue. */
    left: Millis;
    overdue: boolean;
    /** When the target was met, if it was. */
    metAt?: Millis;
}

/** Milliseconds since the run started, frozen once it is resolved (or closed): the clocks stop there. */
export function elapsed(state: RunState, now: Millis): Millis {
    return state.startedAt === undefined ? 0 : (state.resolvedAt ?? state.closedAt ?? now) - state.startedAt;
}

/**
 * When the response began: the escalation's acknowledgement, or the first step done or decision
 * taken, whichever came first (ticking "Acknowledge the page" is a response, not only the button).
 */
export function respondedAt(state: RunState): Millis | undefined {
    const acted = state.timeline.find(e => e.applies && (e.event.type === 'step-done' || e.event.type === 'decision-taken'))?.at;
    return [state.acknowledgedAt, acted].filter((t): t is number => t !== undefined).sort((a, b) => a - b)[0];
}

function deadline(at: Millis, now: Millis, metAt: Millis | undefined): Deadline {
    const reference = metAt ?? now;
    return { at, left: at - now, overdue: reference > at, ...(metAt !== undefined ? { metAt } : {}) };
}

/**
 * The severity's respond target (met by acknowledging escalation) and resolve target (met by
 * resolving), counted from the moment a severity was first set: the start, or later when the
 * run started without one. None while no severity is set.
 */
export function severityTargets(model: PlaybookModel, state: RunState, now: Millis): { respond?: Deadline; resolve?: Deadline } {
    const severity = model.severities.find(s => s.name === state.severity);
    if (!severity || state.severitySetAt === undefined) {
        return {};
    }
    const start = state.severitySetAt;
    return {
        ...(severity.respondSeconds !== undefined ? { respond: deadline(start + severity.respondSeconds * 1000, now, respondedAt(state)) } : {}),
        ...(severity.resolveSeconds !== undefined ? { resolve: deadline(start + severity.resolveSeconds * 1000, now, state.resolvedAt) } : {}),
    };
}

/** An item's time box, counted from when it became ready; met when it was done or decided. */
export function itemDeadline(item: FlowItemModel, itemState: ItemState | undefined, now: Millis): Deadline | undefined {
    if (item.timeboxSeconds === undefined || itemState?.readyAt === undefined) {
        return undefined;
    }
    const met = itemState.status === 'done' || itemState.status === 'skipped' ? itemState.actedAt : undefined;
    return deadline(itemState.readyAt + item.timeboxSeconds * 1000, now, met);
}

/** The clock the time boxes and targets run on: it stops when the incident is resolved or closed. */
export function runClock(state: RunState, now: Millis): Millis {
    return Math.min(now, state.resolvedAt ?? Infinity, state.closedAt ?? Infinity);
}

/** The ready items in flow order (the phases', then those of started procedures): the first is the one to highlight. */
export function readyItems(model: PlaybookModel, state: RunState): FlowItemModel[] {
    return allFlowItems(model).filter(item => state.items[item.name]?.status === 'ready');
}
