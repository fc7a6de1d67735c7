import { addToDate, isCalendarDate } from '../literal-checks.js';
import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { drillName } from '../playbook-describe.js';
import { ruleMessages } from '../rule-messages.js';

/** drill-overdue: the last run plus the cadence lies before today, or no run is recorded. */
export const drillOverdueRule = defineRule({
    id: 'drill-overdue',
    defaultLevel: 'warning',
    checks: {
        Drill: (drill, ctx) => {
            if (!drill.kind) {
                return;
            }
            const name = drillName(drill.kind, drill.title);
            if (drill.last === undefined) {
                report(ctx.accept, drillOverdueRule, ruleMessages.drillNeverRan({ drill: name }), { node: drill, property: 'kind' });
                return;
            }
            if (drill.every === undefined || !isCalendarDate(drill.last)) {
                return;
            }
            const due = addToDate(drill.last, drill.every);
            if (due < ctx.today) {
                report(ctx.accept, drillOverdueRule, ruleMessages.drillOverdue({ drill: name, due, today: ctx.today }), { node: drill, property: 'last' });
            }
        },
    },
});
