import { addToDate, isCalendarDate } from '../literal-checks.js';
import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages } from '../rule-messages.js';

/** review-overdue: the last review plus the review interval lies before today. */
export const reviewOverdueRule = defineRule({
    id: 'review-overdue',
    defaultLevel: 'warning',
    checks: {
        Playbook: (playbook, ctx) => {
            if (!playbook.name || !playbook.reviewed || playbook.reviewEvery === undefined || !isCalendarDate(playbook.reviewed)) {
                return;
            }
            const due = addToDate(playbook.reviewed, playbook.reviewEvery);
            if (due < ctx.today) {
                report(ctx.accept, reviewOverdueRule, ruleMessages.reviewOverdue({ playbook: playbook.name, due, today: ctx.today }), { node: playbook, property: 'reviewed' });
            }
        },
    },
});
