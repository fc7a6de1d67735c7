import { AstUtils, UriUtils, type AstNode, type IndexManager } from 'langium';
import { isCalendar, isChannel, isCommunicationRule, isDocument, isEscalationPath, isPlaybook } from '../language/generated/ast.js';
import { audienceOf, replacedPlanRules } from '../language/playbook-shared.js';
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

/**
 * The hover lines of a playbook's own communication rule that replaces rules of a communication
 * plan it uses. Rules have no names: a rule is identified by whom it tells (its audience or named
 * recipient), which is also what decides the replacement (language/playbook-shared.ts). Shown on
 * the rule's keywords (`notify`, a built-in audience, `via`, `every`…), one line per plan.
 */
export function sharedRuleOverrideLines(node: AstNode): string[] {
    if (!isCommunicationRule(node)) {
        return [];
    }
    const audience = audienceOf(node) ?? '';
    return replacedPlanRules(node).map(({ plan, rules }) => m.overridesSharedRules({
        count: rules.length, audience, plan: plan.name, file: UriUtils.basename(AstUtils.getDocument(plan).uri),
    }));
}
