import type { Drill, Playbook } from '../../language/generated/ast.js';
import { isCalendarDate } from '../literal-checks.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages, unnamed } from '../rule-messages.js';
import type { RuleContext } from './playbook-rule-context.js';

/** The day `seconds` after the start of `date` (both UTC), as YYYY-MM-DD. */
export function addToDate(date: string, seconds: number): string {
    return new Date(Date.parse(`${date}T00:00:00Z`) + seconds * 1000).toISOString().slice(0, 10);
}

/** review-overdue: the last review plus the review interval lies before today. */
export function checkReviewOverdue(playbook: Playbook, ctx: RuleContext): void {
    if (!playbook.name || !playbook.reviewed || playbook.reviewEvery === undefined || !isCalendarDate(playbook.reviewed)) {
        return;
    }
    const due = addToDate(playbook.reviewed, playbook.reviewEvery);
    if (due < ctx.today) {
        report(ctx.accept, 'review-overdue', ruleMessages.reviewOverdue({ playbook: playbook.name, due, today: ctx.today }), { node: playbook, property: 'reviewed' });
    }
}

/** drill-overdue: the last run plus the cadence lies before today, or the drill never ran. */
export function checkDrillOverdue(drill: Drill, ctx: RuleContext): void {
    if (!drill.kind) {
        return;
    }
    const name = unnamed.drill({ kind: drill.kind, title: drill.title });
    if (drill.last === undefined) {
        report(ctx.accept, 'drill-overdue', ruleMessages.drillNeverRan({ drill: name }), { node: drill, property: 'kind' });
        return;
    }
    if (drill.every === undefined || !isCalendarDate(drill.last)) {
        return;
    }
    const due = addToDate(drill.last, drill.every);
    if (due < ctx.today) {
        report(ctx.accept, 'drill-overdue', ruleMessages.drillOverdue({ drill: name, due, today: ctx.today }), { node: drill, property: 'last' });
    }
}
