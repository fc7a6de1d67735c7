import { isSeverity, type CommunicationRule, type Playbook, type Severity, type Trigger } from '../language/generated/ast.js';

/** The most severe level of a playbook: the first severity declared (docs/language.md). */
export function mostSevere(playbook: Playbook): Severity | undefined {
    return playbook.elements.find(isSeverity);
}

/** True when a communication rule applies under `severity`: it names it, or names no severity at all. */
export function appliesTo(rule: CommunicationRule, severity: Severity): boolean {
    return rule.severities.length === 0 || rule.severities.some(s => s?.ref === severity);
}

/** The severities a trigger can start: those of its criteria and its `otherwise`. */
export function triggerSeverities(trigger: Trigger): Severity[] {
    const severities = [...trigger.criteria.map(c => c.severity?.ref), trigger.otherwise?.ref];
    return [...new Set(severities.filter(isSeverity))];
}
