import { AstUtils, UriUtils, type AstNode, type IndexManager } from 'langium';
import { isCalendar, isChannel, isDocument, isEscalationPath, isPlaybook } from '../language/generated/ast.js';
import { peopleHoverMessages as m } from '../messages-people.js';

const SENTENCES = {
    Channel: m.overridesSharedChannel,
    EscalationPath: m.overridesSharedEscalation,
    Calendar: m.overridesSharedCalendar,
} as const;

/**
 * The hover line of a playbook's own channel, escalation path or calendar that has the name of
 * an organisation-wide one: inside the playbook its own wins (the scope reads it first), so the
 * reader should know that the shared one is hidden there, and where that one is written.
 */
export function sharedOverrideLines(node: AstNode, index: IndexManager): string[] {
    if (!(isChannel(node) || isEscalationPath(node) || isCalendar(node)) || !node.name || !isPlaybook(node.$container)) {
        return [];
    }
    const hidden = index.allElements(node.$type).map(d => d.node)
        .find(other => other !== undefined && other !== node && isDocument(other.$container) && (other as { name?: string }).name === node.name);
    if (!hidden) {
        return [];
    }
    const file = UriUtils.basename(AstUtils.getDocument(hidden).uri);
    return [SENTENCES[node.$type]({ name: node.name, file })];
}
