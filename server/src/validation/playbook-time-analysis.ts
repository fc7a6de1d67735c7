/**
 * What the time rules share: the span they look at (a year from today, so that holidays and
 * both clock changes are inside it), the hours a time condition applies, and how windows read.
 */
import type { TimeCondition } from '../language/generated/ast.js';
import { calendarModel } from '../time/playbook-schedule-of.js';
import { complement, type Interval } from '../time/intervals.js';
import { calendarIntervals, calendarZone } from '../time/weekly-windows.js';
import { windowPatterns } from '../time/window-patterns.js';
import { DAY } from '../time/zoned-clock.js';
import { formatWeekday } from '../../../l10n/src/index.js';
import { windowTexts } from './rule-messages-people.js';

/** How many window patterns a message names before "and N more". */
const SHOWN = 3;

/** A year from today (00:00 UTC), the span every time rule checks. */
export function analysisSpan(today: string): Interval {
    const start = Date.parse(`${today}T00:00:00Z`);
    return { start, end: start + 365 * DAY };
}

/** When a condition applies within `span`, or undefined when its calendar does not resolve. */
export function conditionIntervals(condition: TimeCondition, span: Interval): Interval[] | undefined {
    const calendar = condition.calendar?.ref;
    if (!calendar) {
        return undefined;
    }
    const open = calendarIntervals(calendarModel(calendar), span);
    return condition.inside ? open : complement(open, span);
}

/** The zone a condition is read in: its calendar's. */
export function conditionZone(condition: TimeCondition): string {
    const calendar = condition.calendar?.ref;
    return calendar ? calendarZone(calendarModel(calendar)) : 'UTC';
}

/** "every Monday 17:00 to Tuesday 09:00 (Europe/Warsaw) and 2 more windows". */
export function describeWindows(intervals: readonly Interval[], zone: string): string {
    const patterns = windowPatterns(intervals, zone);
    const shown = patterns.slice(0, SHOWN).map(p => {
        if (p.count === 1) {
            return windowTexts.once({ startDate: p.startDate, startTime: p.startTime, endDate: p.endDate, endTime: p.endTime, zone });
        }
        const length = p.first.end - p.first.start;
        return length >= DAY && length % DAY === 0
            ? windowTexts.recurringDays({ startDay: formatWeekday(p.startDay), startTime: p.startTime, days: length / DAY, zone })
            : p.startDay === p.endDay
                ? windowTexts.recurringSameDay({ startDay: formatWeekday(p.startDay), startTime: p.startTime, endTime: p.endTime, zone })
                : windowTexts.recurring({ startDay: formatWeekday(p.startDay), startTime: p.startTime, endDay: formatWeekday(p.endDay), endTime: p.endTime, zone });
    });
    const text = shown.join(windowTexts.listSeparator);
    const rest = patterns.slice(SHOWN).reduce((sum, p) => sum + p.count, 0);
    return rest > 0 ? windowTexts.more({ shown: text, count: rest }) : text;
}
