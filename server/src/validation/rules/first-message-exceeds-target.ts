import { isPlaybook, type CommunicationRule } from '../../language/generated/ast.js';
import { playbookSeverities } from '../../language/playbook-shared.js';
import { formatDuration } from '../../language/durations.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { responseRuleMessages as m } from '../rule-messages-response.js';

/**
 * first-message-exceeds-target: a rule that says `first within <d> before respond` must
 * have `d` no longer than the respond target of each severity it applies to (those of
 * `during`, or every severity of the playbook). Reported once, for the tightest target.
 */
export const firstMessageExceedsTargetRule = defineRule({
    id: 'first-message-exceeds-target',
    defaultLevel: 'warning',
    checks: { CommunicationRule: checkRule },
});

function checkRule(rule: CommunicationRule, ctx: RuleContext): void {
    const first = rule.first;
    if (!rule.beforeRespond || first === undefined) return;
    const named = rule.severities.map(s => s.ref).filter(s => s !== undefined);
    const severities = named.length > 0 ? named : isPlaybook(rule.$container) ? playbookSeverities(rule.$container) : [];
    const late = severities.filter(s => s.respond !== undefined && s.respond < first).sort((a, b) => a.respond! - b.respond!)[0];
    if (late?.respond !== undefined) {
        report(ctx.accept, firstMessageExceedsTargetRule, m.firstMessageExceedsTarget({
            first: formatDuration(first), severity: late.name, respond: formatDuration(late.respond),
        }), { node: rule, property: 'first' });
    }
}
