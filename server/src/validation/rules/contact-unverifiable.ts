import type { AstNode } from 'langium';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { gapMessages } from '../rule-messages-gaps.js';
import { EMAIL_ADDRESS, httpsUrl } from '../../../../protocol/src/playbook-contact-forms.js';
import { PLACEHOLDER } from './placeholder-text.js';

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{6,14}$/;
/** A chat handle: `@dana`, `#incident-bridge`. */
const HANDLE = /^[@#][\p{L}\p{N}._-]+$/u;

/**
 * contact-unverifiable: a phone or SMS number not in international form (E.164 once spaces and
 * hyphens are removed), an email address that is not one, a chat contact that is neither a
 * handle nor an https link, a web or status page that is not an https link (for channels, only
 * email, web and status-page addresses: the others may name a group). `app` and `pager`
 * contacts are free-form ids. A value with a placeholder is left to placeholder-text.
 */
export const contactUnverifiableRule = defineRule({
    id: 'contact-unverifiable',
    defaultLevel: 'warning',
    checks: {
        Contact: (contact, ctx) => check(contact, contact.kind, contact.value, 'value', ctx),
        // A channel's phone, sms or chat address may name a group or a bridge ("Crisis SMS group"):
        // only addresses that must be links or mailboxes are checked.
        Channel: (channel, ctx) => {
            if (channel.kind === 'email' || channel.kind === 'web' || channel.kind === 'status-page') {
                check(channel, channel.kind, channel.address, 'address', ctx);
            }
        },
    },
});

function check(node: AstNode, kind: string | undefined, value: string | undefined, property: string, ctx: RuleContext): void {
    if (kind === undefined || value === undefined || PLACEHOLDER.test(value)) {
        return;
    }
    const message = problem(kind, value.trim());
    if (message) {
        report(ctx.accept, contactUnverifiableRule, message, { node, property } as never);
    }
}

function problem(kind: string, value: string): string | undefined {
    switch (kind) {
        case 'phone':
        case 'sms':
            return E164.test(value.replace(/[\s-]/g, '')) ? undefined : gapMessages.phoneNotInternational({ value });
        case 'email':
            return EMAIL_ADDRESS.test(value) ? undefined : gapMessages.emailInvalid({ value });
        case 'chat':
            return HANDLE.test(value) || isHttps(value) ? undefined : gapMessages.chatInvalid({ value });
        case 'web':
        case 'status-page':
            return isHttps(value) ? undefined : gapMessages.urlInvalid({ value });
        default:
            return undefined;
    }
}

function isHttps(value: string): boolean {
    return httpsUrl(value) !== undefined;
}
