/**
 * The coverage-gap checks that read the schedule: the exact windows in which a rotation has
 * nobody on call though its `covers` says someone should be (layers, restrictions, overrides
 * and calendars included), and the windows in which a severity needs a response that a
 * rotation it escalates to does not give. coverage-gap.ts registers them.
 */
import type { Rotation, Severity } from '../../language/generated/ast.js';
import { calendarLookupFor, calendarModel, rotationModel } from '../../time/playbook-schedule-of.js';
import { intersect, type Interval } from '../../time/intervals.js';
import { coverageIntervals, rotationZone, uncoveredIntervals } from '../../time/on-call.js';
import { calendarIntervals } from '../../time/weekly-windows.js';
import { analysisSpan, describeWindows } from '../playbook-time-analysis.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { peopleRuleMessages, windowTexts } from '../rule-messages-people.js';

/** Gaps shorter than this are rounding, not hours anyone would notice (a minute). */
const NOTICEABLE = 60_000;

function noticeable(intervals: Interval[]): Interval[] {
    return intervals.filter(i => i.end - i.start >= NOTICEABLE);
}

/** The windows, within a year from today, in which the rotation's own `covers` is not met. */
export function rotationGap(rotation: Rotation, ctx: RuleContext): string | undefined {
    // A single layer restricted on purpose is not a gap by itself (a severity that needs those
    // hours says so); an explicit `covers`, or layers meant to add up, must be met.
    const explicit = rotation.coverage !== undefined || rotation.coverageCalendar !== undefined;
    const layers = rotation.layers.length + (rotation.members.length > 0 ? 1 : 0);
    if (!rotation.name || !(explicit || layers > 1) || (rotation.restrictions.length === 0 && rotation.layers.length === 0 && rotation.overrides.length === 0)) {
        return undefined;
    }
    const model = rotationModel(rotation);
    const calendars = calendarLookupFor(rotation);
    const span = analysisSpan(ctx.today);
    const zone = rotationZone(model);
    const missing = noticeable(intersect(coverageIntervals(model, zone, calendars, span), uncoveredIntervals(model, calendars, span)));
    return missing.length > 0 ? peopleRuleMessages.rotationGap({ rotation: rotation.name, windows: describeWindows(missing, zone) }) : undefined;
}

/** When a severity needs a response, within `span`, and how that reads; undefined when it says nothing. */
function severityNeeds(severity: Severity, span: Interval): { needed: Interval[]; needs: string } | undefined {
    const calendar = severity.coverageCalendar?.ref;
    if (calendar) {
        return { needed: calendarIntervals(calendarModel(calendar), span), needs: windowTexts.needsCalendar({ calendar: calendar.name }) };
    }
    if (severity.coverage === '24x7') {
        return { needed: [span], needs: windowTexts.needsAroundTheClock };
    }
    return undefined;
}

/**
 * The message for a rotation that a severity escalates to (through `path`) and that leaves hours
 * the severity needs without anyone on call, or undefined when it covers them.
 */
export function severityGap(severity: Severity, rotation: Rotation, path: string, ctx: RuleContext): string | undefined {
    const span = analysisSpan(ctx.today);
    const needs = severityNeeds(severity, span);
    if (!needs || !severity.name || !rotation.name) {
        return undefined;
    }
    const model = rotationModel(rotation);
    const zone = rotationZone(model);
    const missing = noticeable(intersect(needs.needed, uncoveredIntervals(model, calendarLookupFor(rotation), span)));
    if (missing.length === 0) {
        return undefined;
    }
    return peopleRuleMessages.severityGap({ severity: severity.name, needs: needs.needs, rotation: rotation.name, path, windows: describeWindows(missing, zone) });
}
