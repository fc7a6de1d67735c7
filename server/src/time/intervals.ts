/** Sets of time as sorted, disjoint, half-open intervals `[start, end)` of instants. */
import type { Instant } from './zoned-clock.js';

export interface Interval {
    start: Instant;
    end: Instant;
}

/** The union of any intervals, sorted and merged (touching intervals merge). */
export function union(intervals: Iterable<Interval>): Interval[] {
    const sorted = [...intervals].filter(i => i.end > i.start).sort((a, b) => a.start - b.start);
    const result: Interval[] = [];
    for (const interval of sorted) {
        const last = result.at(-1);
        if (last && interval.start <= last.end) {
            last.end = Math.max(last.end, interval.end);
        } else {
            result.push({ ...interval });
        }
    }
    return result;
}

/** The intersection of two interval sets. */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
    const result: Interval[] = [];
    let i = 0;
    let j = 0;
    while (i < a.length && j < b.length) {
        const start = Math.max(a[i]!.start, b[j]!.start);
        const end = Math.min(a[i]!.end, b[j]!.end);
        if (end > start) {
            result.push({ start, end });
        }
        if (a[i]!.end < b[j]!.end) i++; else j++;
    }
    return result;
}

/** What of `span` the set does not cover. */
export function complement(set: readonly Interval[], span: Interval): Interval[] {
    const result: Interval[] = [];
    let cursor = span.start;
    for (const interval of set) {
        if (interval.end <= cursor) continue;
        if (interval.start >= span.end) break;
        if (interval.start > cursor) {
            result.push({ start: cursor, end: Math.min(interval.start, span.end) });
        }
        cursor = Math.max(cursor, interval.end);
    }
    if (cursor < span.end) {
        result.push({ start: cursor, end: span.end });
    }
    return result;
}

/** The set clipped to `span`. */
export function clip(set: readonly Interval[], span: Interval): Interval[] {
    return intersect(set, [span]);
}

/** True when the instant lies inside the set. */
export function contains(set: readonly Interval[], at: Instant): boolean {
    return set.some(i => i.start <= at && at < i.end);
}

/** Total length of a set, in milliseconds. */
export function totalLength(set: readonly Interval[]): number {
    return set.reduce((sum, i) => sum + (i.end - i.start), 0);
}
