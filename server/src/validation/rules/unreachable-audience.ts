import { isCommunicationRule, isRole, type Channel, type CommunicationRule, type Playbook } from '../../language/generated/ast.js';
import { audienceOf } from '../../language/playbook-shared.js';
import { isHeld } from '../../workspace/playbook-role-holding.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { responseRuleMessages as m } from '../rule-messages-response.js';

/**
 * unreachable-audience: an audience (or named recipient) whose rules only use channels that
 * are on standby or owned by nobody (a role that no one holds), counting each channel's backups
 * too (a standby dark site backed by a live mail channel reaches its audience). A channel with
 * no owner at all is channel-owner's finding and is not judged here. Reported on the audience's
 * first rule.
 */
export const unreachableAudienceRule = defineRule({
    id: 'unreachable-audience',
    defaultLevel: 'warning',
    checks: { Playbook: checkPlaybook },
});

function checkPlaybook(playbook: Playbook, ctx: RuleContext): void {
    const byAudience = new Map<string, CommunicationRule[]>();
    for (const rule of playbook.elements.filter(isCommunicationRule)) {
        const audience = audienceOf(rule);
        if (audience) byAudience.set(audience, [...(byAudience.get(audience) ?? []), rule]);
    }
    for (const [audience, rules] of byAudience) {
        const channels = rules.flatMap(rule => rule.channels.map(c => c.ref)).filter((c): c is Channel => c !== undefined);
        if (channels.length === 0 || channels.some(c => live(c, ctx))) continue;
        const names = [...new Set(channels.map(c => c.name))].join(', ');
        report(ctx.accept, unreachableAudienceRule, m.unreachableAudience({ audience, channels: names }), { node: rules[0]!, property: 'channels', index: 0 });
    }
}

/** True when the channel, or one of its backups in turn, is not on standby and not owned by a role nobody holds. */
function live(channel: Channel, ctx: RuleContext): boolean {
    const seen = new Set<Channel>();
    for (let c: Channel | undefined = channel; c && !seen.has(c); c = c.backup?.ref) {
        seen.add(c);
        const owner = c.owner?.ref;
        if (!c.standby && !(isRole(owner) && !isHeld(ctx.holders.holding(owner, c)))) return true;
    }
    return false;
}
