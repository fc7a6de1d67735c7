import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { gapMessages } from '../rule-messages-gaps.js';
import { drillName } from '../playbook-describe.js';

/**
 * drill-without-cadence: a drill with a `last` date and no `every` can never be overdue. A drill
 * with neither is left to drill-overdue ("no date recorded"): one mistake, one diagnostic.
 */
export const drillWithoutCadenceRule = defineRule({
    id: 'drill-without-cadence',
    defaultLevel: 'warning',
    checks: {
        Drill: (drill, ctx) => {
            if (drill.kind && drill.last !== undefined && drill.every === undefined) {
                const name = drillName(drill.kind, drill.title);
                report(ctx.accept, drillWithoutCadenceRule, gapMessages.drillNoCadence({ drill: name }), { node: drill, property: 'last' });
            }
        },
    },
});
