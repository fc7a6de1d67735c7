/** Who of a rotation is on call at a given moment, from its hand-off cadence, day, time, zone and anchor. */
import type { RotationModel } from '../../../protocol/src/playbook-model-types.js';
import type { Millis } from '../../../protocol/src/playbook-run-store.js';

const DAY = 86_400_000;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
/** A Monday; used as the anchor when a rotation says no `from` date, so the answer is stable but flagged. */
const DEFAULT_ANCHOR = '2026-01-05';

export interface OnCall {
    /** The member on call, absent when the rotation has no members or its coverage window is closed now. */
    member?: string;
    /** When the current member's turn ends, if the rotation hands off at all. */
    until?: Millis;
    /** False outside a business-hours rotation's hours. */
    covered: boolean;
    /** The time zone the cadence was computed in (UTC when the rotation named none or an unknown one). */
    timezone: string;
    /** True when the rotation has no `from` anchor, so the turn order is a guess. */
    anchorAssumed: boolean;
}

/**
 * Hand-offs are counted in wall-clock time of the rotation's zone: `every 1w on monday at 09:00
 * "Europe/Warsaw"` hands off at 09:00 Warsaw time every Monday, summer or winter, so a hand-off
 * period may last an hour more or less in absolute time across a daylight-saving change.
 * The first member is on call from the first hand-off (the first `day` on or after `from`).
 */
export function onCallAt(rotation: RotationModel, at: Millis): OnCall {
    const handoff = rotation.handoff;
    const timezone = validZone(handoff?.timezone) ?? 'UTC';
    const covered = rotation.coverage !== 'business-hours' || inBusinessHours(at, timezone);
    const count = rotation.members.length;
    if (!handoff || handoff.everySeconds <= 0 || count === 0) {
        return { ...optionalMember(rotation.members[0], covered), covered, timezone, anchorAssumed: false };
    }
    const anchorWall = anchorWallClock(handoff.from ?? DEFAULT_ANCHOR, handoff.day, handoff.time);
    const nowWall = wallClock(at, timezone);
    const period = handoff.everySeconds * 1000;
    const turns = Math.floor((nowWall - anchorWall) / period);
    const member = rotation.members[((turns % count) + count) % count];
    const until = instantOf(anchorWall + (turns + 1) * period, timezone);
    return { ...optionalMember(member, covered), until, covered, timezone, anchorAssumed: handoff.from === undefined };
}

function optionalMember(member: string | undefined, covered: boolean): { member?: string } {
    return member !== undefined && covered ? { member } : {};
}

/** The wall-clock time of the first hand-off, as milliseconds of a clock that has no zone. */
function anchorWallClock(from: string, day: string | undefined, time: string | undefined): number {
    const [y, m, d] = from.split('-').map(Number);
    const [hh, mm] = (time ?? '00:00').split(':').map(Number);
    let date = Date.UTC(y!, m! - 1, d!, hh, mm);
    if (day) {
        const wanted = WEEKDAYS.indexOf(day as typeof WEEKDAYS[number]);
        const current = new Date(date).getUTCDay();
        date += (((wanted - current) % 7) + 7) % 7 * DAY;
    }
    return date;
}

/** The wall clock of `timezone` at an instant, read as if it were UTC. */
export function wallClock(at: Millis, timezone: string): number {
    const parts = formatter(timezone).formatToParts(new Date(at));
    const field = (type: string): number => Number(parts.find(p => p.type === type)?.value ?? 0);
    return Date.UTC(field('year'), field('month') - 1, field('day'), field('hour') % 24, field('minute'), field('second'));
}

/** The instant at which the zone's wall clock shows `wall` (the later one when a clock change repeats it). */
export function instantOf(wall: number, timezone: string): Millis {
    let guess = wall - (wallClock(wall, timezone) - wall);
    guess = wall - (wallClock(guess, timezone) - guess);
    return guess;
}

function inBusinessHours(at: Millis, timezone: string): boolean {
    const wall = new Date(wallClock(at, timezone));
    const weekday = wall.getUTCDay();
    const minutes = wall.getUTCHours() * 60 + wall.getUTCMinutes();
    return weekday >= 1 && weekday <= 5 && minutes >= 9 * 60 && minutes < 17 * 60;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timezone: string): Intl.DateTimeFormat {
    let result = formatters.get(timezone);
    if (!result) {
        result = new Intl.DateTimeFormat('en-US', {
            timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
        });
        formatters.set(timezone, result);
    }
    return result;
}

/** The zone if the platform knows it. */
export function validZone(timezone: string | undefined): string | undefined {
    if (!timezone) {
        return undefined;
    }
    try {
        formatter(timezone);
        return timezone;
    } catch {
        return undefined;
    }
}
