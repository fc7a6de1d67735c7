import type { LeafCstNode } from 'langium';
import { isChannel, isContact, type Document } from '../../language/generated/ast.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { gapMessages } from '../rule-messages-gaps.js';
import { walkOf } from '../../workspace/playbook-document-walk.js';

/**
 * What a placeholder looks like inside a string: the marker words (in capitals, so that prose
 * such as "a to-do list" is left alone), `{{…}}`, `<…>` (not an address in angle brackets) and
 * `???`. A single-brace `{name}` is a parameter, checked by the parameter rules, not a placeholder.
 */
export const PLACEHOLDER = /\b(?:TODO|TBD|FIXME|XXX)\b|\{\{[^{}"]*\}\}|<[^<>@\s"][^<>@"]{0,40}>|\?{3,}/;

/**
 * placeholder-text: a placeholder in any string of a file, reported once per string on the
 * placeholder itself. A warning in titles, templates and other texts; an error in a contact (a
 * person's contact, a channel's address), where someone would try to reach it.
 */
export const placeholderTextRule = defineRule({
    id: 'placeholder-text',
    defaultLevel: 'warning',
    checks: { Document: checkPlaceholders },
});

function checkPlaceholders(document: Document, ctx: RuleContext): void {
    for (const node of walkOf(document).strings) {
        const match = PLACEHOLDER.exec(node.text);
        if (match) {
            reportPlaceholder(node, match, ctx);
        }
    }
}

function reportPlaceholder(leaf: LeafCstNode, match: RegExpExecArray, ctx: RuleContext): void {
    const owner = leaf.astNode;
    const inContact = isContact(owner) || isAddress(leaf);
    const start = leaf.range.start;
    const range = { start: { line: start.line, character: start.character + match.index }, end: { line: start.line, character: start.character + match.index + match[0].length } };
    const message = inContact ? gapMessages.placeholderInContact({ text: match[0] }) : gapMessages.placeholder({ text: match[0] });
    report(ctx.accept, placeholderTextRule, message, { node: owner, range }, undefined, inContact ? 'error' : 'warning');
}

/** True when a channel's string is its address (the only string a channel has besides policies). */
function isAddress(leaf: LeafCstNode): boolean {
    const channel = leaf.astNode;
    return isChannel(channel) && channel.address !== undefined && leaf.text.slice(1, -1) === channel.address;
}
