import type { Playbook, Severity, Trigger } from '../../language/generated/ast.js';
import { playbookSeverities } from '../../language/playbook-shared.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { severityLocation, triggerSeverities } from '../playbook-severities.js';
import { ruleMessages } from '../rule-messages.js';

/**
 * missing-escalation. A trigger with no path of its own that can start a severity with none is
 * reported on the trigger; a severity with none that no trigger starts (it can only be
 * declared by hand) is reported on the severity. A severity whose triggers all bring a path
 * is covered: either the severity or the trigger may carry the path. A non-paging level
 * (`paging none`: a ticket) needs no path.
 */
export const missingEscalationRule = defineRule({
    id: 'missing-escalation',
    defaultLevel: 'error',
    checks: { Playbook: checkMissingEscalation },
});

function checkMissingEscalation(playbook: Playbook, ctx: RuleContext): void {
    const triggers = playbook.elements.filter((e): e is Trigger => e.$type === 'Trigger');
    const started = new Set<Severity>();
    for (const trigger of triggers) {
        const severities = triggerSeverities(trigger);
        severities.forEach(s => started.add(s));
        if (trigger.escalation || !trigger.name) {
            continue;
        }
        const uncovered = severities.find(s => !s.escalation && s.name && s.paging !== 'none');
        if (severities.length === 0) {
            report(ctx.accept, missingEscalationRule, ruleMessages.missingEscalationNoSeverity({ trigger: trigger.name }), { node: trigger, property: 'name' }, trigger);
        } else if (uncovered) {
            report(ctx.accept, missingEscalationRule, ruleMessages.missingEscalationTrigger({ trigger: trigger.name, severity: uncovered.name }), { node: trigger, property: 'name' }, trigger);
        }
    }
    // The severities of the scale it uses are its own here (checked as the playbook's own are).
    for (const severity of playbookSeverities(playbook)) {
        if (!severity.escalation && severity.name && !started.has(severity) && severity.paging !== 'none') {
            const { location, own } = severityLocation(playbook, severity, 'name');
            report(ctx.accept, missingEscalationRule, ruleMessages.missingEscalationSeverity({ severity: severity.name }), location, own ? severity : undefined);
        }
    }
}
