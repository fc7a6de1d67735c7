import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages } from '../rule-messages.js';

/** channel-owner: somebody must open the channel and keep it working; an `external` channel is its partner's to run. */
export const channelOwnerRule = defineRule({
    id: 'channel-owner',
    defaultLevel: 'error',
    checks: {
        Channel: (channel, ctx) => {
            if (!channel.owner && !channel.external && channel.name) {
                report(ctx.accept, channelOwnerRule, ruleMessages.channelOwner({ channel: channel.name }), { node: channel, property: 'name' }, channel);
            }
        },
    },
});
