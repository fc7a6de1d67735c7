import { AstUtils } from 'langium';
import { isCommunicationRule, type Channel, type Playbook } from '../../language/generated/ast.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { appliesTo, mostSevere } from '../playbook-severities.js';
import { ruleMessages } from '../rule-messages.js';

/** Events after which the incident is over: a message then needs no fallback in a hurry. */
const CLOSING_EVENTS: ReadonlySet<string> = new Set(['resolve', 'close', 'resolved', 'review-published']);

/**
 * channel-backup: every channel that carries communication for the most severe level needs a
 * backup, also when a rule names several channels, unless the rule says they are `redundant`
 * on purpose. Not asked: a rule that only fires once the incident is resolved or closed, and an
 * `external` channel (run by a partner, not ours to back up). Reported on the channel when the
 * playbook defines it, otherwise on the rule's reference to it.
 */
export const channelBackupRule = defineRule({
    id: 'channel-backup',
    defaultLevel: 'warning',
    checks: { Playbook: checkChannelBackups },
});

function checkChannelBackups(playbook: Playbook, ctx: RuleContext): void {
    const severity = mostSevere(playbook);
    if (!severity?.name) {
        return;
    }
    const reported = new Set<Channel>();
    for (const rule of playbook.elements.filter(isCommunicationRule)) {
        const closingOnly = rule.event !== undefined && CLOSING_EVENTS.has(rule.event) && rule.every === undefined;
        if ((rule.redundant && rule.channels.length > 1) || closingOnly || !appliesTo(rule, severity)) {
            continue;
        }
        rule.channels.forEach((reference, index) => {
            const channel = reference?.ref;
            if (!channel?.name || channel.backup || channel.external || reported.has(channel)) {
                return;
            }
            reported.add(channel);
            const message = ruleMessages.channelBackup({ channel: channel.name, severity: severity.name });
            if (AstUtils.getDocument(channel) === AstUtils.getDocument(playbook)) {
                report(ctx.accept, channelBackupRule, message, { node: channel, property: 'name' });
            } else {
                report(ctx.accept, channelBackupRule, message, { node: rule, property: 'channels', index });
            }
        });
    }
}
