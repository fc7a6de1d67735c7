import { AstUtils } from 'langium';
import { isCommunicationRule, type Channel, type Playbook } from '../../language/generated/ast.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { appliesTo, mostSevere } from '../playbook-severities.js';
import { ruleMessages } from '../rule-messages.js';

/**
 * channel-backup: a channel that carries communication for the most severe level needs a backup.
 * A rule that already sends through several channels is redundant on purpose and needs none.
 * Reported on the channel when the playbook defines it, otherwise on the first rule using it.
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
        const channel = rule.channels.length === 1 ? rule.channels[0]?.ref : undefined;
        if (!channel?.name || channel.backup || reported.has(channel) || !appliesTo(rule, severity)) {
            continue;
        }
        reported.add(channel);
        const message = ruleMessages.channelBackup({ channel: channel.name, severity: severity.name });
        if (AstUtils.getDocument(channel) === AstUtils.getDocument(playbook)) {
            report(ctx.accept, channelBackupRule, message, { node: channel, property: 'name' });
        } else {
            report(ctx.accept, channelBackupRule, message, { node: rule, property: 'channels', index: 0 });
        }
    }
}
