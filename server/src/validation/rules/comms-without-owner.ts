import { describeNode } from '../playbook-describe.js';
import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { gapMessages } from '../rule-messages-gaps.js';
import { unnamed } from '../rule-messages.js';

/**
 * comms-without-owner: a communication rule with no owner whose channels have no owner either.
 * A rule naming a channel that does not resolve is left to the linking error.
 */
export const commsWithoutOwnerRule = defineRule({
    id: 'comms-without-owner',
    defaultLevel: 'warning',
    checks: {
        CommunicationRule: (rule, ctx) => {
            const channels = rule.channels.map(c => c?.ref);
            if (rule.owner || channels.length === 0 || channels.some(c => c === undefined || c.owner !== undefined)) {
                return;
            }
            const names = channels.map(c => `"${c!.name}"`).join(unnamed.listSeparator);
            report(ctx.accept, commsWithoutOwnerRule, gapMessages.commsNoOwner({ rule: describeNode(rule), channels: names }), { node: rule, keyword: 'notify' });
        },
    },
});
