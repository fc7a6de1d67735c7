import type { EscalationLevel, EscalationPath } from './generated/ast.js';

/** One level of an escalation path with the time it fires, counted from the start of the path. */
export interface TimelineEntry {
    level: EscalationLevel;
    /** The level's number as written (`level 2`). */
    number: number;
    /** Seconds from the moment the path starts until this level is notified. */
    at: number;
}

/**
 * When each level of a path fires. A level's `after` delay counts from the previous level
 * (as in PagerDuty's escalation rules), so the times add up: `level 2 after 10m` and
 * `level 3 after 20m` fire at 10m and 30m. A level without `after` fires with the previous one.
 */
export function escalationTimeline(path: EscalationPath): TimelineEntry[] {
    let at = 0;
    return path.levels.map(level => {
        at += level.delay ?? 0;
        return { level, number: level.number, at };
    });
}

/** Seconds from the start of a path until its last level has fired once. */
export function escalationSpan(path: EscalationPath): number {
    return escalationTimeline(path).at(-1)?.at ?? 0;
}
