/**
 * The parts of the resolved playbook model that are about time: calendars, weekly windows,
 * rotation layers, restrictions and overrides, business-time durations, time-dependent rules.
 * Plain JSON, like the rest of the model (see playbook-model-types.ts); the on-call and
 * business-time computations (server/src/time/) read exactly these shapes.
 */
import type { HandoffModel } from './playbook-model-types.js';

export type WeekdayName = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

/**
 * Weekdays and a time of day, in wall-clock time of some zone. Without `days`, every day;
 * without `start`/`end`, the whole day. An `end` at or before `start` runs past midnight into
 * the next day (`17:00` to `09:00`).
 */
export interface WindowModel {
    days?: WeekdayName[];
    /** `HH:MM`. */
    start?: string;
    /** `HH:MM`. */
    end?: string;
}

export interface HolidayModel {
    /** `YYYY-MM-DD`, the first day. */
    date: string;
    /** `YYYY-MM-DD`, the last day (inclusive); absent for a single day. */
    last?: string;
    title?: string;
}

export interface CalendarModel {
    name: string;
    title?: string;
    /** An IANA time zone; UTC when absent. */
    timezone?: string;
    /** Working hours; a calendar with none is never open. */
    hours: WindowModel[];
    holidays: HolidayModel[];
}

/** When a rotation or layer is on call at all: a window in a zone, or a calendar's hours. */
export interface RestrictionModel {
    window?: WindowModel;
    /** A calendar name (see `PlaybookModel.calendars`). */
    calendar?: string;
    /** The zone of `window`; the layer's hand-off zone when absent. */
    timezone?: string;
}

export interface LayerModel {
    /** `primary`, `secondary`, `emea`…; the rotation's own members form the layer `default`. */
    name: string;
    title?: string;
    /** Person names, in hand-off order. */
    members: string[];
    handoff?: HandoffModel;
    /** Several restrictions add up; none means always. */
    restrictions: RestrictionModel[];
}

export interface OverrideModel {
    /** The person on call instead. */
    substitute: string;
    /** The person replaced; absent when the substitute takes the first layer whoever is on call. */
    replaced?: string;
    /** Wall-clock `YYYY-MM-DDTHH:MM` in the rotation's zone, inclusive. */
    start: string;
    /** Wall-clock `YYYY-MM-DDTHH:MM` in the rotation's zone, exclusive. */
    end: string;
    reason?: string;
}

/** A duration counted only inside the playbook's business calendar. */
export interface BusinessTimeModel {
    amount: number;
    unit: 'business-days' | 'business-hours';
}

/** A rule that applies only inside, or only outside, a calendar's hours. */
export interface TimeConditionModel {
    inside: boolean;
    calendar: string;
}
