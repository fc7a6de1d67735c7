/** Time-dependent views of a run at `now`: elapsed, targets, and each item's time box. */
import type { FlowItemModel, PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import type { CalendarModel } from '../../../protocol/src/playbook-time-model.js';
import { addBusinessTime } from '../../../server/src/time/business-time.js';
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
    // A resolve target in business time (`resolve within 5 business-days`) counts the business calendar's hours only.
    const resolveAt = severity.resolveSeconds !== undefined ? start + severity.resolveSeconds * 1000
        : severity.businessResolve ? addBusinessTime(start, severity.businessResolve, businessCalendar(model)) : undefined;
    return {
        ...(severity.respondSeconds !== undefined ? { respond: deadline(start + severity.respondSeconds * 1000, now, respondedAt(state)) } : {}),
        ...(resolveAt !== undefined ? { resolve: deadline(resolveAt, now, state.resolvedAt) } : {}),
    };
}

/** The model's business calendar (`uses <calendar>`), or undefined for the default Monday-Friday 09:00-17:00 UTC. */
export function businessCalendar(model: Pick<PlaybookModel, 'calendars' | 'businessCalendar'>): CalendarModel | undefined {
    return model.calendars?.find(c => c.name === model.businessCalendar);
}

/**
 * An item's time box, counted from when it became ready; met when it was done or decided. A
 * time box in business time (`within 2 business-days`) counts only the business calendar's
 * open hours (issue 13), so it needs the model's calendars.
 */
export function itemDeadline(item: FlowItemModel, itemState: ItemState | undefined, now: Millis,
    model?: Pick<PlaybookModel, 'calendars' | 'businessCalendar'>): Deadline | undefined {
    if (itemState?.readyAt === undefined) return undefined;
    const business = item.kind === 'step' && item.timeboxSeconds === undefined ? item.businessTimebox : undefined;
    const due = item.timeboxSeconds !== undefined ? itemState.readyAt + item.timeboxSeconds * 1000
        : business && model ? addBusinessTime(itemState.readyAt, business, businessCalendar(model)) : undefined;
    if (due === undefined) return undefined;
    const met = itemState.status === 'done' || itemState.status === 'skipped' ? itemState.actedAt : undefined;
    return deadline(due, now, met);
}

/** The clock the time boxes and targets run on: it stops when the incident is resolved or closed. */
export function runClock(state: RunState, now: Millis): Millis {
    return Math.min(now, state.resolvedAt ?? Infinity, state.closedAt ?? Infinity);
}

/** The ready items in flow order (the phases', then those of started procedures): the first is the one to highlight. */
export function readyItems(model: PlaybookModel, state: RunState): FlowItemModel[] {
    return allFlowItems(model).filter(item => state.items[item.name]?.status === 'ready');
}
