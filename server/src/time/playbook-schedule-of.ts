/**
 * The time parts of the AST as the plain models that server/src/time computes with: the runner
 * model (server/src/model/playbook-model.ts) and the validator's time rules read rotations and
 * calendars through these converters, so both see the same schedule. Language core: it may not
 * import the model builder, so it keeps its own three small reference helpers.
 */
import type { AstNode, Reference } from 'langium';
import {
    isCalendar, isPerson, isRole, isTeam,
    type Calendar, type Party, type Restriction, type Rotation, type RotationLayer, type RotationOverride, type TimeCondition, type Window,
} from '../language/generated/ast.js';
import type { PartyRef, RotationModel } from '../../../protocol/src/playbook-model-types.js';
import type {
    CalendarModel, LayerModel, OverrideModel, RestrictionModel, TimeConditionModel, WeekdayName, WindowModel,
} from '../../../protocol/src/playbook-time-model.js';
import type { CalendarLookup } from './weekly-windows.js';

const WEEK: readonly WeekdayName[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** `monday to friday` as the list of days; a range may wrap past Sunday (`friday to monday`). */
function dayRange(first: WeekdayName, last: WeekdayName | undefined): WeekdayName[] {
    const from = WEEK.indexOf(first);
    const to = WEEK.indexOf(last ?? first);
    const days: WeekdayName[] = [];
    for (let i = from; ; i = (i + 1) % 7) {
        days.push(WEEK[i]!);
        if (i === to || days.length === 7) return days;
    }
}

export function windowModel(window: Window): WindowModel {
    const start = window.start as string | undefined;
    const end = window.end as string | undefined;
    return {
        ...(window.first ? { days: dayRange(window.first, window.last) } : {}),
        ...(start !== undefined ? { start } : {}),
        ...(end !== undefined ? { end } : {}),
    };
}

export function calendarModel(calendar: Calendar): CalendarModel {
    return {
        name: calendar.name,
        ...(calendar.title !== undefined ? { title: calendar.title } : {}),
        ...(calendar.timezone !== undefined ? { timezone: calendar.timezone } : {}),
        hours: calendar.hours.filter(h => h.window).map(h => windowModel(h.window)),
        holidays: calendar.holidays.filter(h => h.date).map(h => ({
            date: h.date,
            ...(h.last !== undefined ? { last: h.last } : {}),
            ...(h.title !== undefined ? { title: h.title } : {}),
        })),
    };
}

function restrictionModel(restriction: Restriction): RestrictionModel {
    return {
        ...(restriction.window ? { window: windowModel(restriction.window) } : {}),
        ...(restriction.calendar ? { calendar: restriction.calendar.$refText } : {}),
        ...(restriction.timezone !== undefined ? { timezone: restriction.timezone } : {}),
    };
}

function layerModel(layer: RotationLayer): LayerModel {
    return {
        name: layer.label,
        ...(layer.title !== undefined ? { title: layer.title } : {}),
        members: refNames(layer.members),
        ...(layer.handoff ? { handoff: handoffModel(layer.handoff) } : {}),
        restrictions: layer.restrictions.map(restrictionModel),
    };
}

/** The day after `YYYY-MM-DD`. */
function nextDay(date: string): string {
    const next = new Date(`${date}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return next.toISOString().slice(0, 10);
}

/** An override's period: dates without a time are whole days, so the last day is included. */
export function overrideModel(override: RotationOverride): OverrideModel | undefined {
    if (!override.substitute?.ref || !override.start || !override.end) {
        return undefined;
    }
    return {
        substitute: override.substitute.ref.name,
        ...(override.replaced?.ref ? { replaced: override.replaced.ref.name } : {}),
        start: `${override.start}T${override.startTime ?? '00:00'}`,
        end: override.endTime ? `${override.end}T${override.endTime}` : `${nextDay(override.end)}T00:00`,
        ...(override.reason !== undefined ? { reason: override.reason } : {}),
    };
}

function handoffModel(handoff: NonNullable<Rotation['handoff']>): NonNullable<RotationModel['handoff']> {
    return {
        everySeconds: handoff.every,
        ...(handoff.day !== undefined ? { day: handoff.day } : {}),
        ...(handoff.time !== undefined ? { time: handoff.time } : {}),
        ...(handoff.timezone !== undefined ? { timezone: handoff.timezone } : {}),
        ...(handoff.start !== undefined ? { from: handoff.start } : {}),
    };
}

/** A rotation as the on-call computation and the runner read it. */
export function rotationModel(rotation: Rotation): RotationModel {
    const owner = partyRef(rotation.owner);
    return {
        name: rotation.name,
        ...(rotation.title !== undefined ? { title: rotation.title } : {}),
        members: refNames(rotation.members),
        ...(rotation.handoff ? { handoff: handoffModel(rotation.handoff) } : {}),
        ...(rotation.coverage !== undefined ? { coverage: rotation.coverage } : {}),
        ...(rotation.coverageCalendar ? { coverageCalendar: rotation.coverageCalendar.$refText } : {}),
        // Absent rather than empty, so that a rotation written before these clauses exports as before.
        ...nonEmpty('restrictions', rotation.restrictions.map(restrictionModel)),
        ...nonEmpty('layers', rotation.layers.map(layerModel)),
        ...nonEmpty('overrides', rotation.overrides.map(overrideModel).filter((o): o is OverrideModel => o !== undefined)),
        ...(owner ? { owner } : {}),
        ...nonEmpty('handoffDuties', [...rotation.handoffDuties]),
    };
}

function nonEmpty<K extends string, V>(key: K, values: V[]): { [P in K]?: V[] } {
    return optional(key, values.length > 0 ? values : undefined);
}

/** The calendars a node refers to (transitively through its contents), by the name it uses for them. */
export function referencedCalendars(node: AstNode): Map<string, Calendar> {
    const result = new Map<string, Calendar>();
    const visit = (value: unknown): void => {
        if (Array.isArray(value)) {
            value.forEach(visit);
        } else if (isReferenceValue(value)) {
            if (isCalendar(value.ref) && !result.has(value.$refText)) result.set(value.$refText, value.ref);
        } else if (value && typeof value === 'object' && '$type' in value) {
            for (const [key, child] of Object.entries(value)) {
                if (!key.startsWith('$')) visit(child);
            }
        }
    };
    visit(node);
    return result;
}

/** A lookup over the calendars a node refers to. */
export function calendarLookupFor(node: AstNode): CalendarLookup {
    const calendars = new Map([...referencedCalendars(node)].map(([name, calendar]) => [name, calendarModel(calendar)]));
    return name => calendars.get(name);
}

/** `inside hours of office` as a model, when its calendar resolves. */
export function timeConditionModel(condition: TimeCondition | undefined): TimeConditionModel | undefined {
    return condition?.calendar?.ref ? { inside: condition.inside, calendar: condition.calendar.$refText } : undefined;
}

function isReferenceValue(value: unknown): value is Reference {
    return typeof value === 'object' && value !== null && '$refText' in value;
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function refNames(references: ReadonlyArray<Reference<{ name: string } & AstNode>>): string[] {
    return references.map(r => r.ref?.name).filter((n): n is string => n !== undefined);
}

function partyRef(reference: Reference<Party> | undefined): PartyRef | undefined {
    const target = reference?.ref;
    const kind = isRole(target) ? 'role' : isPerson(target) ? 'person' : isTeam(target) ? 'team' : 'rotation';
    return target ? { kind, name: target.name } : undefined;
}
