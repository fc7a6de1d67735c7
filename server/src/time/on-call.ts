/**
 * Who of a rotation is on call: layers, hand-offs, restrictions, coverage, overrides and
 * calendars, each read in its own time zone. The runner asks for one instant (`onCallAt`); the
 * validator asks for whole spans (`coveredIntervals`, `onCallSegments`).
 *
 * Hand-offs are wall-clock times of the hand-off's zone (`every 1w on monday at 09:00
 * "Europe/Warsaw"` is 09:00 in Warsaw, summer or winter), resolved to instants by the rule of
 * zoned-clock.ts; the turn in force is the last hand-off instant at or before the moment asked
 * about, so a repeated hour never brings the previous person back and "until" is always later
 * than the moment asked about.
 */
import type { HandoffModel, RotationModel } from '../../../protocol/src/playbook-model-types.js';
import type { LayerModel, OverrideModel } from '../../../protocol/src/playbook-time-model.js';
import { complement, contains, intersect, union, type Interval } from './intervals.js';
import { BUSINESS_HOURS, WEEKDAYS, restrictionIntervals, windowIntervals, calendarIntervals, type CalendarLookup } from './weekly-windows.js';
import { DAY, instantOf, validZone, wallClock, wallOf, type Instant, type Wall } from './zoned-clock.js';

/** A Monday; the anchor when a rotation says no `from` date, so the answer is stable but flagged. */
const DEFAULT_ANCHOR = '2026-01-05';
/** How far ahead `until` is looked for when nothing else bounds it: a week of windows and a day. */
const LOOKAHEAD = 8 * DAY;

/** Who one layer has on call at a moment. */
export interface LayerOnCall {
    layer: string;
    /** Absent when the layer has nobody on call now (no members, or outside its restrictions). */
    member?: string;
}

export interface OnCall {
    /** The person who answers: the first layer with someone on call, after overrides. */
    member?: string;
    /** The layer that answers. */
    layer?: string;
    /** The next moment at which who answers changes; always later than the moment asked about. */
    until?: Instant;
    /** True when someone answers now. */
    covered: boolean;
    /** The rotation's zone: its first hand-off's (UTC when none or an unknown one is named). */
    timezone: string;
    /** True when a hand-off has no `from` anchor, so the turn order is a guess. */
    anchorAssumed: boolean;
    /** Every layer's answer, in order (a secondary is the second entry). */
    layers: LayerOnCall[];
    /** The override in force, if one decides who answers. */
    override?: OverrideModel;
}

/** The layers of a rotation: its own members first (when it has any, or no layers), then each `layer`. */
export function rotationLayers(rotation: RotationModel): LayerModel[] {
    const own: LayerModel = {
        name: 'default',
        members: rotation.members,
        ...(rotation.handoff ? { handoff: rotation.handoff } : {}),
        restrictions: rotation.restrictions ?? [],
    };
    const layers = rotation.layers ?? [];
    return rotation.members.length > 0 || layers.length === 0 ? [own, ...layers] : [...layers];
}

/** The rotation's zone: the first hand-off zone the platform knows, else UTC. */
export function rotationZone(rotation: RotationModel): string {
    for (const layer of rotationLayers(rotation)) {
        const zone = validZone(layer.handoff?.timezone);
        if (zone) return zone;
    }
    return 'UTC';
}

/** Every person a rotation may put on call, each once: its own members, its layers', its overrides'. */
export function rotationPeople(rotation: RotationModel): string[] {
    const names = [...rotationLayers(rotation).flatMap(l => l.members), ...(rotation.overrides ?? []).map(o => o.substitute)];
    return [...new Set(names)];
}

/** Hand-off arithmetic of one layer. */
class Turns {
    private readonly anchor: Wall;
    private readonly period: number;

    constructor(handoff: HandoffModel, readonly zone: string) {
        this.anchor = anchorWall(handoff.from ?? DEFAULT_ANCHOR, handoff.day, handoff.time);
        this.period = handoff.everySeconds * 1000;
    }

    /** The instant of hand-off number `k` (0 is the first, at the anchor). */
    instant(k: number): Instant {
        return instantOf(this.anchor + k * this.period, this.zone);
    }

    /** The number of the last hand-off at or before `at` (negative before the anchor). */
    turnAt(at: Instant): number {
        let k = Math.floor((wallClock(at, this.zone) - this.anchor) / this.period);
        while (this.instant(k + 1) <= at) k++;
        while (this.instant(k) > at) k--;
        return k;
    }
}

/** The wall-clock time of the first hand-off: the first `day` on or after `from`, at `time`. */
function anchorWall(from: string, day: string | undefined, time: string | undefined): Wall {
    let wall = wallOf(from, time);
    if (day) {
        const wanted = WEEKDAYS.indexOf(day as typeof WEEKDAYS[number]);
        const current = new Date(wall).getUTCDay();
        wall += (((wanted - current) % 7) + 7) % 7 * DAY;
    }
    return wall;
}

function turnsOf(layer: LayerModel, rotationZoneName: string): Turns | undefined {
    const handoff = layer.handoff;
    if (!handoff || handoff.everySeconds <= 0 || layer.members.length === 0) {
        return undefined;
    }
    return new Turns(handoff, validZone(handoff.timezone) ?? rotationZoneName);
}

function memberOfTurn(layer: LayerModel, turn: number): string | undefined {
    const count = layer.members.length;
    return count === 0 ? undefined : layer.members[((turn % count) + count) % count];
}

/** The rotation-wide coverage (`covers`) within `span`: when it says someone should be on call. */
export function coverageIntervals(rotation: RotationModel, zone: string, calendars: CalendarLookup, span: Interval): Interval[] {
    if (rotation.coverageCalendar !== undefined) {
        const calendar = calendars(rotation.coverageCalendar);
        return calendar ? calendarIntervals(calendar, span) : [];
    }
    return rotation.coverage === 'business-hours' ? windowIntervals([BUSINESS_HOURS], zone, span) : [span];
}

/** When a layer may be on call within `span`: the rotation's coverage and the layer's own restrictions. */
function layerActive(rotation: RotationModel, layer: LayerModel, zone: string, calendars: CalendarLookup, span: Interval): Interval[] {
    if (layer.members.length === 0) {
        return [];
    }
    const layerZone = validZone(layer.handoff?.timezone) ?? zone;
    const covered = coverageIntervals(rotation, layerZone, calendars, span);
    if (layer.restrictions.length === 0) {
        return covered;
    }
    const allowed = union(layer.restrictions.flatMap(r => restrictionIntervals(r, layerZone, calendars, span)));
    return intersect(covered, allowed);
}

/** An override's period as instants, read in the rotation's zone. */
export function overrideInterval(override: OverrideModel, zone: string): Interval {
    const [startDate, startTime] = override.start.split('T');
    const [endDate, endTime] = override.end.split('T');
    return { start: instantOf(wallOf(startDate!, startTime), zone), end: instantOf(wallOf(endDate!, endTime), zone) };
}

/** When someone is on call in the rotation within `span` (any layer, or an override taking the first layer). */
export function coveredIntervals(rotation: RotationModel, calendars: CalendarLookup, span: Interval): Interval[] {
    const zone = rotationZone(rotation);
    const layers = rotationLayers(rotation).flatMap(layer => layerActive(rotation, layer, zone, calendars, span));
    const overrides = (rotation.overrides ?? []).filter(o => o.replaced === undefined).map(o => overrideInterval(o, zone));
    return intersect(union([...layers, ...overrides]), [span]);
}

/** When nobody is on call in the rotation within `span`. */
export function uncoveredIntervals(rotation: RotationModel, calendars: CalendarLookup, span: Interval): Interval[] {
    return complement(coveredIntervals(rotation, calendars, span), span);
}

/** One layer prepared for a span: its hand-off arithmetic and when it may be on call. */
interface PreparedLayer {
    layer: LayerModel;
    turns?: Turns;
    active: Interval[];
}

/**
 * A rotation prepared for one span of time: every set of instants computed once, so that asking
 * who answers at each of thousands of moments costs a turn lookup per layer, not a calendar walk.
 */
class Schedule {
    private readonly layers: PreparedLayer[];
    private readonly overrides: Array<{ override: OverrideModel; interval: Interval }>;

    constructor(rotation: RotationModel, calendars: CalendarLookup, private readonly span: Interval) {
        const zone = rotationZone(rotation);
        this.layers = rotationLayers(rotation).map(layer => ({
            layer,
            ...optionalTurns(turnsOf(layer, zone)),
            active: layerActive(rotation, layer, zone, calendars, span),
        }));
        this.overrides = (rotation.overrides ?? []).map(override => ({ override, interval: overrideInterval(override, zone) }));
    }

    /** Who answers at an instant inside the span. */
    answerAt(at: Instant): { layers: LayerOnCall[]; member?: string; layer?: string; override?: OverrideModel } {
        const layers: LayerOnCall[] = this.layers.map(({ layer, turns, active }) => {
            const member = contains(active, at) ? (turns ? memberOfTurn(layer, turns.turnAt(at)) : layer.members[0]) : undefined;
            return { layer: layer.name, ...(member !== undefined ? { member } : {}) };
        });
        let applied: OverrideModel | undefined;
        for (const { override, interval } of this.overrides) {
            if (!contains([interval], at)) continue;
            const target = override.replaced === undefined ? layers[0] : layers.find(l => l.member === override.replaced);
            if (target) {
                target.member = override.substitute;
                applied = override;
            }
        }
        const answering = layers.find(l => l.member !== undefined);
        return {
            layers,
            ...(answering ? { member: answering.member, layer: answering.layer } : {}),
            ...(applied ? { override: applied } : {}),
        };
    }

    /** Every instant inside the span, after its start, at which some part of the answer may change. */
    boundaries(): Instant[] {
        const { start, end } = this.span;
        const result: Instant[] = [];
        for (const { turns, active } of this.layers) {
            if (turns) {
                for (let k = turns.turnAt(start) + 1; ; k++) {
                    const instant = turns.instant(k);
                    if (instant >= end) break;
                    result.push(instant);
                }
            }
            for (const interval of active) {
                result.push(interval.start, interval.end);
            }
        }
        for (const { interval } of this.overrides) {
            result.push(interval.start, interval.end);
        }
        return [...new Set(result.filter(b => b > start && b < end))].sort((a, b) => a - b);
    }

    get anchorAssumed(): boolean {
        return this.layers.some(l => l.turns !== undefined && l.layer.handoff?.from === undefined);
    }
}

function optionalTurns(turns: Turns | undefined): { turns?: Turns } {
    return turns ? { turns } : {};
}

/**
 * Who of a rotation is on call at `at`, and until when. "Until" is looked for a day ahead first,
 * then a week and a day, then as far as the longest hand-off period: most answers change within
 * a day, and each look ahead costs its span in calendar walks.
 */
export function onCallAt(rotation: RotationModel, at: Instant, calendars: CalendarLookup = () => undefined): OnCall {
    const longest = Math.max(0, ...rotationLayers(rotation).map(l => (l.handoff?.everySeconds ?? 0) * 1000)) + DAY;
    let schedule = new Schedule(rotation, calendars, { start: at, end: at + DAY });
    const now = schedule.answerAt(at);
    let until: Instant | undefined;
    for (const horizon of [DAY, LOOKAHEAD, Math.max(LOOKAHEAD, longest)]) {
        if (horizon !== DAY) {
            schedule = new Schedule(rotation, calendars, { start: at, end: at + horizon });
        }
        until = schedule.boundaries().find(boundary => schedule.answerAt(boundary).member !== now.member);
        if (until !== undefined || horizon >= longest) {
            break;
        }
    }
    return {
        ...now,
        ...(until !== undefined ? { until } : {}),
        covered: now.member !== undefined,
        timezone: rotationZone(rotation),
        anchorAssumed: schedule.anchorAssumed,
    };
}

/** One stretch of time with the same person answering (or nobody). */
export interface OnCallSegment extends Interval {
    member?: string;
}

/** Who answers across `span`, as consecutive segments. */
export function onCallSegments(rotation: RotationModel, calendars: CalendarLookup, span: Interval): OnCallSegment[] {
    const schedule = new Schedule(rotation, calendars, span);
    const segments: OnCallSegment[] = [];
    const points = [span.start, ...schedule.boundaries(), span.end];
    for (let i = 0; i + 1 < points.length; i++) {
        const member = schedule.answerAt(points[i]!).member;
        const last = segments.at(-1);
        if (last && last.member === member) {
            last.end = points[i + 1]!;
        } else {
            segments.push({ start: points[i]!, end: points[i + 1]!, ...(member !== undefined ? { member } : {}) });
        }
    }
    return segments;
}
