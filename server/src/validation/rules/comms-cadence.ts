import { playbookCommunicationRules } from '../../language/playbook-shared.js';
import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { appliesTo, mostSevere, severityLocation } from '../playbook-severities.js';
import { ruleMessages } from '../rule-messages.js';

/** comms-cadence: the most severe level keeps someone outside the response team updated on a cadence. */
export const commsCadenceRule = defineRule({
    id: 'comms-cadence',
    defaultLevel: 'warning',
    checks: {
        Playbook: (playbook, ctx) => {
            const severity = mostSevere(playbook);
            if (!severity?.name) {
                return;
            }
            // The rules of the communication plans it uses count as its own.
            const cadenced = playbookCommunicationRules(playbook)
                .some(rule => rule.audience !== 'responders' && rule.every !== undefined && appliesTo(rule, severity));
            if (!cadenced) {
                report(ctx.accept, commsCadenceRule, ruleMessages.commsCadence({ severity: severity.name }), severityLocation(playbook, severity, 'name').location);
            }
        },
    },
});
