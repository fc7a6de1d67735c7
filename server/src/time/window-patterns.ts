/**
 * Uncovered or overlapping time, grouped the way people read a schedule: "every Monday 17:00 to
 * Tuesday 09:00 (Europe/Warsaw)" rather than fifty-two dated intervals. Each interval is read in
 * one zone; intervals with the same weekdays and wall times form one pattern. The texts are made
 * by the callers' message catalogues; this gives them the parts.
 */
import type { Interval } from './intervals.js';
import { wallClock, wallDate, wallWeekday } from './zoned-clock.js';

export interface WindowPattern {
    /** 0 = Sunday … 6 = Saturday, in the zone. */
    startDay: number;
    startTime: string;
    endDay: number;
    endTime: string;
    /** How many intervals have this shape. */
    count: number;
    /** The first interval of this shape. */
    first: Interval;
    /** Its wall dates (`YYYY-MM-DD`), for a pattern seen once. */
    startDate: string;
    endDate: string;
}

function hhmm(wall: number): string {
    return new Date(wall).toISOString().slice(11, 16);
}

/** The intervals' patterns in `zone`, most frequent first, then earliest first. */
export function windowPatterns(intervals: readonly Interval[], zone: string): WindowPattern[] {
    const byKey = new Map<string, WindowPattern>();
    for (const interval of intervals) {
        const start = wallClock(interval.start, zone);
        const end = wallClock(interval.end, zone);
        const key = `${wallWeekday(start)} ${hhmm(start)} ${wallWeekday(end)} ${hhmm(end)} ${Math.round((interval.end - interval.start) / 3_600_000)}`;
        const existing = byKey.get(key);
        if (existing) {
            existing.count++;
        } else {
            byKey.set(key, {
                startDay: wallWeekday(start), startTime: hhmm(start), endDay: wallWeekday(end), endTime: hhmm(end),
                count: 1, first: interval, startDate: wallDate(start), endDate: wallDate(end),
            });
        }
    }
    return [...byKey.values()].sort((a, b) => b.count - a.count || a.first.start - b.first.start);
}
