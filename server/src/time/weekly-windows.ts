/**
 * Weekly windows (`monday to friday 09:00 to 17:00`), calendars (hours, zone, holidays) and
 * restrictions as sets of instants. Windows are wall-clock times of their zone, so a window
 * keeps its local hours across daylight-saving changes; the instants come from instantOf.
 */
import type { CalendarModel, RestrictionModel, WeekdayName, WindowModel } from '../../../protocol/src/playbook-time-model.js';
import { union, type Interval } from './intervals.js';
import { DAY, MINUTE, instantOf, minutesOf, validZone, wallClock, wallDate, wallDay, wallWeekday, type Instant, type Wall } from './zoned-clock.js';

export const WEEKDAYS: readonly WeekdayName[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Business hours as `covers business-hours` means them: Monday to Friday, 09:00 to 17:00. */
export const BUSINESS_HOURS: WindowModel = { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00' };

/** Looks calendars up by name. */
export type CalendarLookup = (name: string) => CalendarModel | undefined;

/** The zone of a calendar (UTC when it names none or one the platform does not know). */
export function calendarZone(calendar: CalendarModel): string {
    return validZone(calendar.timezone) ?? 'UTC';
}

/** The weekday indexes a window lists, expanded from `first to last` by the caller into `days`. */
function windowDays(window: WindowModel): Set<number> {
    return new Set((window.days ?? WEEKDAYS).map(day => WEEKDAYS.indexOf(day)));
}

/** Start and end of a window on its day, in minutes; the end may pass midnight (up to 48h). */
function windowMinutes(window: WindowModel): { start: number; end: number } {
    const start = window.start ? minutesOf(window.start) : 0;
    let end = window.end ? minutesOf(window.end) : 24 * 60;
    if (end <= start) {
        end += 24 * 60;
    }
    return { start, end };
}

/** The wall intervals of a window that start on the wall day `day`. */
function windowOnDay(window: WindowModel, day: Wall): { start: Wall; end: Wall } | undefined {
    if (!windowDays(window).has(wallWeekday(day))) {
        return undefined;
    }
    const { start, end } = windowMinutes(window);
    return { start: day + start * MINUTE, end: day + end * MINUTE };
}

/** True when the day (`YYYY-MM-DD`) is one of the calendar's holidays. */
export function isHoliday(calendar: CalendarModel, date: string): boolean {
    return calendar.holidays.some(h => date >= h.date && date <= (h.last ?? h.date));
}

/**
 * The instants inside `windows` (of `zone`) within `span`, skipping windows that start on a day
 * `skipDay` rejects (holidays). Windows that start the day before the span are included, so an
 * overnight window reaching into the span is not lost.
 */
export function windowIntervals(windows: readonly WindowModel[], zone: string, span: Interval, skipDay?: (date: string) => boolean): Interval[] {
    const result: Interval[] = [];
    const first = wallDay(wallClock(span.start, zone)) - DAY;
    const last = wallDay(wallClock(span.end, zone)) + DAY;
    for (let day = first; day <= last; day += DAY) {
        if (skipDay?.(wallDate(day))) {
            continue;
        }
        for (const window of windows) {
            const wall = windowOnDay(window, day);
            if (wall) {
                const start = Math.max(instantOf(wall.start, zone), span.start);
                const end = Math.min(instantOf(wall.end, zone), span.end);
                if (end > start) {
                    result.push({ start, end });
                }
            }
        }
    }
    return union(result);
}

/** When the calendar is open within `span`: its hours in its zone, except on holidays. */
export function calendarIntervals(calendar: CalendarModel, span: Interval): Interval[] {
    return windowIntervals(calendar.hours, calendarZone(calendar), span, date => isHoliday(calendar, date));
}

/** True when the calendar is open at the instant. */
export function calendarOpenAt(calendar: CalendarModel, at: Instant): boolean {
    return calendarIntervals(calendar, { start: at, end: at + 1 }).length > 0;
}

/**
 * When a restriction lets a layer be on call within `span`: its window in its zone (the
 * layer's hand-off zone when it names none), or its calendar's hours. A restriction naming an
 * unknown calendar allows nothing: the validator reports the unresolved name.
 */
export function restrictionIntervals(restriction: RestrictionModel, layerZone: string, calendars: CalendarLookup, span: Interval): Interval[] {
    if (restriction.calendar !== undefined) {
        const calendar = calendars(restriction.calendar);
        return calendar ? calendarIntervals(calendar, span) : [];
    }
    const zone = validZone(restriction.timezone) ?? layerZone;
    return restriction.window ? windowIntervals([restriction.window], zone, span) : [];
}
