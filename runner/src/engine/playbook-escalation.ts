/** Escalation during a run: the current level, the countdown to the next, and whom to notify now. */
import type { PartyRef, PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import type { Millis } from '../../../protocol/src/playbook-run-store.js';
import type { RunState } from './playbook-run-types.js';

/** One firing of a level: `pass` 0 is the first run through the path, 1 the first repeat. */
export interface EscalationFiring {
    path: string;
    level: number;
    pass: number;
    /** Milliseconds after escalation starts. */
    offset: Millis;
    notify: PartyRef[];
}

export interface EscalationStatus {
    path?: string;
    /** The last level that has fired (the one to notify now), if any. */
    current?: EscalationFiring & { at: Millis };
    next?: EscalationFiring & { at: Millis };
    /** Milliseconds until the next level fires. */
    countdown?: Millis;
    acknowledgedAt?: Millis;
    /** Every firing in order, as planned from the escalation start. */
    schedule: EscalationFiring[];
}

/** The path that applies: one a step started on demand, else the trigger's own, else the severity's. */
export function escalationPathFor(model: PlaybookModel, state: RunState): string | undefined {
    if (state.escalationPath !== undefined) return state.escalationPath;
    const trigger = model.triggers.find(t => t.name === state.trigger);
    return trigger?.escalation ?? model.severities.find(s => s.name === state.severity)?.escalation;
}

/**
 * Every firing of a path, its repeats and the paths it hands over to (`then`). A repeat starts
 * after the last level by the same gap that led to the last level (PagerDuty-style looping);
 * a path reached twice through `then` stops the schedule, since that is a loop.
 */
export function escalationSchedule(model: PlaybookModel, start: string | undefined): EscalationFiring[] {
    const firings: EscalationFiring[] = [];
    const seen = new Set<string>();
    let offset = 0;
    for (let name = start; name !== undefined && !seen.has(name);) {
        seen.add(name);
        const path = model.escalations.find(p => p.name === name);
        if (!path || path.levels.length === 0) break;
        const span = path.levels.at(-1)!.atSeconds * 1000;
        const gap = (path.levels.at(-1)!.delaySeconds || path.levels[0]!.delaySeconds) * 1000;
        for (let pass = 0; pass <= path.repeat; pass++) {
            for (const level of path.levels) {
                firings.push({ path: path.name, level: level.number, pass, offset: offset + level.atSeconds * 1000, notify: level.notify });
            }
            offset += span + gap;
        }
        name = path.then;
    }
    return firings;
}

/** Where escalation stands at `now`. Acknowledging stops it: no next level, no countdown. */
export function escalationStatus(model: PlaybookModel, state: RunState, now: Millis): EscalationStatus {
    const path = escalationPathFor(model, state);
    const schedule = escalationSchedule(model, path);
    const since = state.escalationSince;
    if (since === undefined) {
        return { ...(path ? { path } : {}), schedule };
    }
    const stop = state.acknowledgedAt ?? state.resolvedAt ?? now;
    const reached = Math.min(now, stop);
    const fired = schedule.filter(f => since + f.offset <= reached);
    const last = fired.at(-1);
    const upcoming = state.acknowledgedAt === undefined && state.resolvedAt === undefined ? schedule[fired.length] : undefined;
    return {
        ...(path ? { path } : {}),
        ...(last ? { current: { ...last, at: since + last.offset } } : {}),
        ...(upcoming ? { next: { ...upcoming, at: since + upcoming.offset }, countdown: since + upcoming.offset - now } : {}),
        ...(state.acknowledgedAt !== undefined ? { acknowledgedAt: state.acknowledgedAt } : {}),
        schedule,
    };
}
