/**
 * Sets of values of a measure, for reasoning about structured activation criteria
 * (`users-affected > 1000`): which values two criteria share (`overlapping-criteria`) and which
 * values no criterion covers (`criteria-gap`). Pure: no AST, so that the property-based test can
 * compare it with a brute-force evaluation.
 *
 * Every numeric measure is at least 0. A count takes whole numbers only, so `> 1000` and
 * `< 1001` leave no gap between them; a percentage or a duration takes any amount, so they do
 * (1000.5 is in neither). A measure with a value list takes exactly those values.
 */

/** The values a measure can take. */
export type MeasureDomain =
    | { kind: 'count' }
    | { kind: 'amount' }
    | { kind: 'values'; values: readonly string[] };

export type Operator = '>' | '>=' | '<' | '<=';

/** What one criterion says about its measure. */
export type MeasureTest =
    | { operator: Operator; amount: number }
    | { values: readonly string[] };

/** A stretch of amounts; `hi` may be Infinity (then open). For counts both ends are closed whole numbers. */
export interface Interval {
    lo: number;
    loOpen: boolean;
    hi: number;
    hiOpen: boolean;
}

/** A set of values of one measure. */
export type ValueSet =
    | { kind: 'intervals'; intervals: Interval[] }
    | { kind: 'values'; values: string[] };

/** The values for which a test holds. */
export function setOf(test: MeasureTest, domain: MeasureDomain): ValueSet {
    if (domain.kind === 'values') {
        const listed = 'values' in test ? new Set(test.values) : new Set<string>();
        return { kind: 'values', values: domain.values.filter(v => listed.has(v)) };
    }
    if ('values' in test) {
        return { kind: 'intervals', intervals: [] };
    }
    const interval = domain.kind === 'count' ? countInterval(test.operator, test.amount) : amountInterval(test.operator, test.amount);
    return { kind: 'intervals', intervals: interval && !isEmpty(interval) ? [interval] : [] };
}

function countInterval(operator: Operator, n: number): Interval {
    switch (operator) {
        case '>': return closed(Math.floor(n) + 1, Infinity);
        case '>=': return closed(Math.ceil(n), Infinity);
        case '<': return closed(0, Math.ceil(n) - 1);
        case '<=': return closed(0, Math.floor(n));
    }
}

function amountInterval(operator: Operator, n: number): Interval {
    switch (operator) {
        case '>': return { lo: n, loOpen: true, hi: Infinity, hiOpen: true };
        case '>=': return { lo: n, loOpen: false, hi: Infinity, hiOpen: true };
        case '<': return { lo: 0, loOpen: false, hi: n, hiOpen: true };
        case '<=': return { lo: 0, loOpen: false, hi: n, hiOpen: false };
    }
}

function closed(lo: number, hi: number): Interval {
    return { lo: Math.max(0, lo), loOpen: false, hi, hiOpen: hi === Infinity };
}

function isEmpty(i: Interval): boolean {
    return i.lo > i.hi || (i.lo === i.hi && (i.loOpen || i.hiOpen));
}

/** A value both sets contain, or undefined when they share none. */
export function sharedValue(a: ValueSet, b: ValueSet, domain: MeasureDomain): string | number | undefined {
    if (a.kind === 'values' || b.kind === 'values') {
        const other = new Set(b.kind === 'values' ? b.values : []);
        return a.kind === 'values' ? a.values.find(v => other.has(v)) : undefined;
    }
    for (const x of a.intervals) {
        for (const y of b.intervals) {
            const both = intersect(x, y);
            if (!isEmpty(both)) {
                return witness(both, domain);
            }
        }
    }
    return undefined;
}

function intersect(a: Interval, b: Interval): Interval {
    const lo = a.lo > b.lo ? a : b.lo > a.lo ? b : { lo: a.lo, loOpen: a.loOpen || b.loOpen };
    const hi = a.hi < b.hi ? a : b.hi < a.hi ? b : { hi: a.hi, hiOpen: a.hiOpen || b.hiOpen };
    return { lo: lo.lo, loOpen: lo.loOpen, hi: hi.hi, hiOpen: hi.hiOpen };
}

/** The values of the domain that none of the sets contain (the gaps), in order. */
export function uncovered(sets: readonly ValueSet[], domain: MeasureDomain): ValueSet {
    if (domain.kind === 'values') {
        const covered = new Set(sets.flatMap(s => (s.kind === 'values' ? s.values : [])));
        return { kind: 'values', values: domain.values.filter(v => !covered.has(v)) };
    }
    const intervals = sets.flatMap(s => (s.kind === 'intervals' ? s.intervals : []));
    return { kind: 'intervals', intervals: domain.kind === 'count' ? countGaps(intervals) : amountGaps(intervals) };
}

function countGaps(intervals: readonly Interval[]): Interval[] {
    const gaps: Interval[] = [];
    let next = 0;
    for (const i of [...intervals].sort((a, b) => a.lo - b.lo)) {
        if (i.lo > next) {
            gaps.push(closed(next, i.lo - 1));
        }
        next = Math.max(next, i.hi + 1);
    }
    if (next !== Infinity) {
        gaps.push(closed(next, Infinity));
    }
    return gaps;
}

/**
 * A sweep from 0 upwards. `cursor` is where the uncovered part starts: the amount, and whether
 * that amount itself is already covered (`open`).
 */
function amountGaps(intervals: readonly Interval[]): Interval[] {
    const gaps: Interval[] = [];
    let cursor = { at: 0, open: false };
    const sorted = [...intervals].sort((a, b) => a.lo - b.lo || Number(a.loOpen) - Number(b.loOpen));
    for (const i of sorted) {
        const gap: Interval = { lo: cursor.at, loOpen: cursor.open, hi: i.lo, hiOpen: !i.loOpen };
        if (!isEmpty(gap)) {
            gaps.push(gap);
        }
        const end = { at: i.hi, open: !i.hiOpen };
        if (end.at > cursor.at || (end.at === cursor.at && end.open && !cursor.open)) {
            cursor = end;
        }
    }
    if (cursor.at !== Infinity) {
        gaps.push({ lo: cursor.at, loOpen: cursor.open, hi: Infinity, hiOpen: true });
    }
    return gaps;
}

/** One value of a non-empty set, preferring a whole number: what a message shows as an example. */
export function someValue(set: ValueSet, domain: MeasureDomain): string | number | undefined {
    if (set.kind === 'values') {
        return set.values[0];
    }
    const first = set.intervals[0];
    return first ? witness(first, domain) : undefined;
}

function witness(i: Interval, domain: MeasureDomain): number {
    if (!i.loOpen) {
        return i.lo;
    }
    const whole = Math.floor(i.lo) + 1;
    if (domain.kind === 'count' || whole < i.hi || (whole === i.hi && !i.hiOpen)) {
        return whole;
    }
    return (i.lo + i.hi) / 2;
}

/** True when the set holds no value. */
export function isEmptySet(set: ValueSet): boolean {
    return set.kind === 'values' ? set.values.length === 0 : set.intervals.length === 0;
}
