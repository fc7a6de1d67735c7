import { playbookSeverities } from '../../language/playbook-shared.js';
import { formatDuration } from '../../language/durations.js';
import { kindOf } from '../playbook-describe.js';
import { flowGraphOf } from '../playbook-flow-graph.js';
import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages } from '../rule-messages.js';

/** timebox-exceeds-target: a step or decision that may take longer than the longest resolve target. */
export const timeboxExceedsTargetRule = defineRule({
    id: 'timebox-exceeds-target',
    defaultLevel: 'warning',
    checks: {
        Playbook: (playbook, ctx) => {
            const targets = playbookSeverities(playbook).filter(s => s.resolve !== undefined && s.name);
            if (targets.length === 0) {
                return;
            }
            const longest = targets.reduce((a, b) => (b.resolve! > a.resolve! ? b : a));
            for (const item of flowGraphOf(playbook).items) {
                if (item.timebox !== undefined && item.name && item.timebox > longest.resolve!) {
                    report(ctx.accept, timeboxExceedsTargetRule, ruleMessages.timeboxExceedsTarget({
                        kind: kindOf(item), name: item.name, timebox: formatDuration(item.timebox),
                        target: formatDuration(longest.resolve!), severity: longest.name,
                    }), { node: item, property: 'timebox' });
                }
            }
        },
    },
});
