/**
 * Wall-clock time in IANA time zones, with one rule for the times a clock change repeats or
 * skips. A "wall" value is milliseconds of a clock that has no zone: the zone's local date and
 * time read as if they were UTC (`Date.UTC(2026, 2, 29, 2, 30)` is 02:30 on 29 March).
 *
 * The rule (docs/language.md, "Time zones and clock changes"), the same as RFC 5545 and
 * JavaScript Temporal's `compatible`:
 * - a wall time that happens twice (clocks go back) means the first of the two instants;
 * - a wall time that is skipped (clocks go forward) means the instant as far after the gap's
 *   start as the time was (02:30 in a 02:00→03:00 jump happens at 03:30).
 * Only the platform's time-zone data is used (Intl), never a fixed offset.
 */

/** Milliseconds since the epoch (an instant). */
export type Instant = number;
/** Milliseconds of a zone-less clock (see above). */
export type Wall = number;

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
    let result = formatters.get(zone);
    if (!result) {
        result = new Intl.DateTimeFormat('en-US', {
            timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
            hour: 'numeric', minute: 'numeric', second: 'numeric',
        });
        formatters.set(zone, result);
    }
    return result;
}

/** The zone if the platform knows it, else undefined. */
export function validZone(zone: string | undefined): string | undefined {
    if (!zone) {
        return undefined;
    }
    try {
        formatter(zone);
        return zone;
    } catch {
        return undefined;
    }
}

/** The zone's offset at an instant, straight from the platform (whole seconds). */
function exactOffset(at: Instant, zone: string): number {
    const second = Math.floor(at / 1000) * 1000;
    const parts = formatter(zone).formatToParts(new Date(second));
    let year = 0, month = 1, day = 1, hour = 0, minute = 0, secondOfMinute = 0;
    for (const part of parts) {
        switch (part.type) {
            case 'year': year = Number(part.value); break;
            case 'month': month = Number(part.value); break;
            case 'day': day = Number(part.value); break;
            case 'hour': hour = Number(part.value) % 24; break;
            case 'minute': minute = Number(part.value); break;
            case 'second': secondOfMinute = Number(part.value); break;
        }
    }
    const wall = new Date(0);
    wall.setUTCFullYear(year, month - 1, day);
    wall.setUTCHours(hour, minute, secondOfMinute, 0);
    return wall.getTime() - second;
}

/**
 * Offsets, cached. Asking Intl costs microseconds and the validator asks for a year of windows
 * (about 8 questions per window), so the platform is asked at each day's start (UTC) once: when
 * the offsets at a day's start and at its end agree, the offset holds for the whole day (no zone
 * changes its clock and back within a day). Only a day with a change is looked at by quarter
 * hour: when the offsets at a quarter's start and end agree, no change falls inside it (changes
 * are hours or more apart); otherwise the exact offset is asked for each instant.
 */
const QUARTER = 15 * MINUTE;
const MAX_CACHED = 200_000;

/** The offsets asked of one zone: at each day's start, and by quarter hour on days with a change. */
interface ZoneOffsets {
    dayStarts: Map<number, number>;
    quarters: Map<number, number>;
}

const offsetCache = new Map<string, ZoneOffsets>();

function cached(cache: Map<number, number>, key: number, compute: () => number): number {
    let value = cache.get(key);
    if (value === undefined) {
        value = compute();
        if (cache.size >= MAX_CACHED) cache.clear();
        cache.set(key, value);
    }
    return value;
}

/** The offset holding for the whole UTC day `day` (days since the epoch), or NaN on a day with a change. */
function dayOffset(day: number, zone: string, offsets: ZoneOffsets): number {
    const start = cached(offsets.dayStarts, day, () => exactOffset(day * DAY, zone));
    const end = cached(offsets.dayStarts, day + 1, () => exactOffset((day + 1) * DAY, zone));
    return start === end ? start : Number.NaN;
}

function quarterOffset(quarter: number, zone: string, offsets: ZoneOffsets): number {
    return cached(offsets.quarters, quarter, () => {
        const start = exactOffset(quarter * QUARTER, zone);
        return exactOffset((quarter + 1) * QUARTER, zone) === start ? start : Number.NaN;
    });
}

/** The zone's offset from UTC at an instant, in milliseconds. */
export function offsetAt(at: Instant, zone: string): number {
    let offsets = offsetCache.get(zone);
    if (!offsets) {
        offsets = { dayStarts: new Map(), quarters: new Map() };
        offsetCache.set(zone, offsets);
    }
    const day = dayOffset(Math.floor(at / DAY), zone, offsets);
    if (!Number.isNaN(day)) {
        return day;
    }
    const quarter = quarterOffset(Math.floor(at / QUARTER), zone, offsets);
    return Number.isNaN(quarter) ? exactOffset(at, zone) : quarter;
}

/** The wall clock of `zone` at an instant (milliseconds kept). */
export function wallClock(at: Instant, zone: string): Wall {
    return at + offsetAt(at, zone);
}

/** The instant at which `zone`'s clock shows `wall`, by the rule above. */
export function instantOf(wall: Wall, zone: string): Instant {
    // The offsets a day before and a day after bracket any single clock change near `wall`.
    const before = offsetAt(wall - DAY, zone);
    const after = offsetAt(wall + DAY, zone);
    const early = wall - before;
    const late = wall - after;
    const earlyValid = wallClock(early, zone) === wall;
    const lateValid = wallClock(late, zone) === wall;
    if (earlyValid && lateValid) {
        return Math.min(early, late);
    }
    if (earlyValid) {
        return early;
    }
    if (lateValid) {
        return late;
    }
    // Skipped: keep the offset from before the change, which lands after the gap.
    return early;
}

/** `YYYY-MM-DD` and an optional `HH:MM` as a wall value. */
export function wallOf(date: string, time = '00:00'): Wall {
    const [y, m, d] = date.split('-').map(Number);
    const [hh, mm] = time.split(':').map(Number);
    const utc = new Date(0);
    utc.setUTCFullYear(y ?? 1970, (m ?? 1) - 1, d ?? 1);
    utc.setUTCHours(hh ?? 0, mm ?? 0, 0, 0);
    return utc.getTime();
}

/** `HH:MM` as minutes after midnight. */
export function minutesOf(time: string): number {
    const [hh, mm] = time.split(':').map(Number);
    return (hh ?? 0) * 60 + (mm ?? 0);
}

/** The start of the wall day containing `wall`. */
export function wallDay(wall: Wall): Wall {
    return Math.floor(wall / DAY) * DAY;
}

/** 0 = Sunday … 6 = Saturday, of a wall value. */
export function wallWeekday(wall: Wall): number {
    return new Date(wall).getUTCDay();
}

/** `YYYY-MM-DD` of a wall value. */
export function wallDate(wall: Wall): string {
    return new Date(wallDay(wall)).toISOString().slice(0, 10);
}
