import type { AstNode } from 'langium';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { readTimeZone } from '../playbook-time-zones.js';
import { gapMessages } from '../rule-messages-gaps.js';
import { unnamed } from '../rule-messages.js';

/**
 * unknown-timezone: every `timezone` (people, hand-offs, calendars, restrictions) must be an IANA
 * zone; abbreviations get the zones they stand for, near misses a "did you mean".
 */
export const unknownTimezoneRule = defineRule({
    id: 'unknown-timezone',
    defaultLevel: 'error',
    checks: {
        Person: checkZone,
        Handoff: checkZone,
        Calendar: checkZone,
        Restriction: checkZone,
    },
});

function checkZone(node: AstNode & { timezone?: string }, ctx: RuleContext): void {
    const text = node.timezone;
    if (text === undefined) {
        return;
    }
    const reading = readTimeZone(text);
    const location = { node, property: 'timezone' } as never;
    if (reading.kind === 'abbreviation') {
        report(ctx.accept, unknownTimezoneRule, gapMessages.timezoneAbbreviation({ text, zones: reading.zones.map(z => `"${z}"`).join(unnamed.listSeparator) }), location);
    } else if (reading.kind === 'unknown') {
        report(ctx.accept, unknownTimezoneRule, reading.suggestion
            ? gapMessages.timezoneNearMiss({ text, zone: reading.suggestion })
            : gapMessages.timezoneUnknown({ text }), location);
    }
}
