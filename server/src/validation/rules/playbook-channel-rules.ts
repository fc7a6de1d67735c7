import { AstUtils } from 'langium';
import {
    isCommunicationRule, isSeverity, type Channel, type CommunicationRule, type Playbook, type Severity,
} from '../../language/generated/ast.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages } from '../rule-messages.js';
import type { RuleContext } from './playbook-rule-context.js';

/** channel-owner: somebody must open the channel and keep it working. */
export function checkChannelOwner(channel: Channel, ctx: RuleContext): void {
    if (!channel.owner && channel.name) {
        report(ctx.accept, 'channel-owner', ruleMessages.channelOwner({ channel: channel.name }), { node: channel, property: 'name' }, channel);
    }
}

/** The most severe level of a playbook: the first severity declared. */
export function mostSevere(playbook: Playbook): Severity | undefined {
    return playbook.elements.find(isSeverity);
}

/** True when a communication rule applies under `severity`: it names it, or names no severity at all. */
function appliesTo(rule: CommunicationRule, severity: Severity): boolean {
    return rule.severities.length === 0 || rule.severities.some(s => s?.ref === severity);
}

/**
 * channel-backup: a channel that carries communication for the most severe level needs a backup.
 * A rule that already sends through several channels is redundant on purpose and needs none.
 * Reported on the channel when the playbook defines it, otherwise on the first rule using it.
 */
export function checkChannelBackups(playbook: Playbook, ctx: RuleContext): void {
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
            report(ctx.accept, 'channel-backup', message, { node: channel, property: 'name' });
        } else {
            report(ctx.accept, 'channel-backup', message, { node: rule, property: 'channels', index: 0 });
        }
    }
}

/** comms-cadence: the most severe level keeps someone outside the response team updated on a cadence. */
export function checkCommsCadence(playbook: Playbook, ctx: RuleContext): void {
    const severity = mostSevere(playbook);
    if (!severity?.name) {
        return;
    }
    const cadenced = playbook.elements.filter(isCommunicationRule)
        .some(rule => rule.audience !== 'responders' && rule.every !== undefined && appliesTo(rule, severity));
    if (!cadenced) {
        report(ctx.accept, 'comms-cadence', ruleMessages.commsCadence({ severity: severity.name }), { node: severity, property: 'name' });
    }
}
