import type { AstNode, LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { EMAIL_ADDRESS, httpsUrl } from '../../../../protocol/src/playbook-contact-forms.js';
import { isChannel, isContact } from '../../language/generated/ast.js';
import { readTimeZone } from '../../validation/playbook-time-zones.js';
import { E164 } from '../../validation/rules/contact-unverifiable.js';
import { replaceProperty } from './playbook-clause-edits.js';
import { nodeAt, quickFix } from './playbook-edit-helpers.js';
import { fixMessages } from './playbook-fix-messages.js';

/**
 * unknown-timezone: the zone a near miss stands for ("Europe/Warsw" → "Europe/Warsaw",
 * preferred), or one action per zone an abbreviation may mean ("ET" → "America/New_York", …,
 * none preferred: which city is meant is the writer's choice).
 */
export function timezoneFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const node = nodeAt(document, diagnostic) as (AstNode & { timezone?: string }) | undefined;
    const text = node?.timezone;
    if (!node || text === undefined) {
        return [];
    }
    const reading = readTimeZone(text);
    const zones = reading.kind === 'abbreviation' ? reading.zones : reading.kind === 'unknown' && reading.suggestion ? [reading.suggestion] : [];
    return zones.flatMap(zone => {
        const edit = replaceProperty(node, 'timezone', JSON.stringify(zone));
        return edit ? [quickFix(fixMessages.useValue({ value: zone }), document, diagnostic, [edit], reading.kind === 'unknown')] : [];
    });
}

/**
 * contact-unverifiable, where the intended value is plain: a phone number written with `00` or
 * brackets (`0048 (22) 555 0100` → `+48 22 555 0100`), an address with `mailto:` or a display
 * name (`Dana <dana@example.com>`), a web address without `https://` or with `http://`. A number
 * without a country code, or a chat name that may be a user or a channel, has no obvious fix.
 */
export function contactFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const node = nodeAt(document, diagnostic);
    const target = isContact(node) ? { kind: node.kind, value: node.value, property: 'value' }
        : isChannel(node) ? { kind: node.kind, value: node.address, property: 'address' } : undefined;
    const fixed = target?.kind && target.value !== undefined ? verifiable(target.kind, target.value.trim()) : undefined;
    const edit = fixed && node ? replaceProperty(node, target!.property, JSON.stringify(fixed)) : undefined;
    return edit ? [quickFix(fixMessages.useValue({ value: fixed! }), document, diagnostic, [edit], true)] : [];
}

/** The value as it was surely meant, when the rule would accept that. */
export function verifiable(kind: string, value: string): string | undefined {
    switch (kind) {
        case 'phone':
        case 'sms': {
            const spaced = value.replace(/^00/, '+').replace(/[().]/g, ' ').replace(/\s+/g, ' ').trim();
            return E164.test(spaced.replace(/[\s-]/g, '')) ? spaced : undefined;
        }
        case 'email': {
            const address = /<([^<>]+)>\s*$/.exec(value)?.[1] ?? value.replace(/^mailto:/i, '');
            return EMAIL_ADDRESS.test(address.trim()) ? address.trim() : undefined;
        }
        case 'chat':
        case 'web':
        case 'status-page': {
            const url = value.replace(/^http:\/\//i, 'https://');
            const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : kind === 'chat' ? undefined : `https://${url}`;
            return withScheme && /\./.test(withScheme) && httpsUrl(withScheme) !== undefined ? withScheme : undefined;
        }
        default:
            return undefined;
    }
}
