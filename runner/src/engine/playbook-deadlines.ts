/** Time-dependent views of a run at `now`: elapsed, targets, and each item's time box. */
import type { FlowItemModel, PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
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

/** Milliseconds since the run started (frozen once it is closed). */
export function elapsed(state: RunState, now: Millis): Millis {
    return state.startedAt === undefined ? 0 : (state.closedAt ?? now) - state.startedAt;
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
        ...(severity.respondSeconds !== undefined ? { respond: deadline(start + severity.respondSeconds * 1000, now, state.acknowledgedAt) } : {}),
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

/** The ready items in flow order: the first is the one to highlight. */
export function readyItems(model: PlaybookModel, state: RunState): FlowItemModel[] {
    return model.phases.flatMap(p => p.items).filter(item => state.items[item.name]?.status === 'ready');
}
