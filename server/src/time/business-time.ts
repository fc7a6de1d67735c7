/**
 * Deadlines in business time (`within 5 business-days`, `within 8 business-hours`), counted in
 * a calendar: its hours, zone and holidays. Without a calendar, business hours are Monday to
 * Friday, 09:00 to 17:00 UTC, as `covers business-hours` reads them.
 * - `N business-hours`: N hours of the calendar's open time after the start.
 * - `N business-days`: the same wall-clock time on the N-th business day after the start (a
 *   day on which the calendar has hours and no holiday); a start outside open hours counts from
 *   the next opening.
 */
import type { BusinessTimeModel, CalendarModel } from '../../../protocol/src/playbook-time-model.js';
import { calendarIntervals, calendarZone, BUSINESS_HOURS, isHoliday } from './weekly-windows.js';
import { DAY, HOUR, instantOf, wallClock, wallDate, wallDay, type Instant } from './zoned-clock.js';

const DEFAULT_CALENDAR: CalendarModel = { name: 'business-hours', timezone: 'UTC', hours: [BUSINESS_HOURS], holidays: [] };
/** Far enough to find the next opening after any holiday season; a calendar with no hours never opens. */
const SEARCH = 400 * DAY;

/** The first open instant at or after `at`, or undefined when the calendar never opens. */
function nextOpen(calendar: CalendarModel, at: Instant): { start: Instant; end: Instant } | undefined {
    return calendarIntervals(calendar, { start: at, end: at + SEARCH })[0];
}

/** True when the calendar has open hours on the wall day (and it is no holiday). */
function isBusinessDay(calendar: CalendarModel, day: number, zone: string): boolean {
    if (isHoliday(calendar, wallDate(day))) return false;
    const start = instantOf(day, zone);
    const end = instantOf(day + DAY, zone);
    return calendarIntervals(calendar, { start, end }).length > 0;
}

/** The deadline `amount` of business time after `start`, or undefined when the calendar never opens. */
export function addBusinessTime(start: Instant, time: BusinessTimeModel, calendar: CalendarModel = DEFAULT_CALENDAR): Instant | undefined {
    const first = nextOpen(calendar, start);
    if (!first) return undefined;
    if (time.unit === 'business-hours') {
        let left = time.amount * HOUR;
        let cursor = Math.max(start, first.start);
        while (left > 0) {
            const open = nextOpen(calendar, cursor);
            if (!open) return undefined;
            const from = Math.max(cursor, open.start);
            if (open.end - from >= left) return from + left;
            left -= open.end - from;
            cursor = open.end;
        }
        return cursor;
    }
    const zone = calendarZone(calendar);
    const from = Math.max(start, first.start);
    const wall = wallClock(from, zone);
    let day = wallDay(wall);
    for (let counted = 0; counted < time.amount;) {
        day += DAY;
        if (day - wallDay(wall) > SEARCH) return undefined;
        if (isBusinessDay(calendar, day, zone)) counted++;
    }
    return instantOf(day + (wall - wallDay(wall)), zone);
}
