import type { AstNode } from 'langium';
import { isSeverity, type CommunicationRule, type Playbook, type Severity, type Trigger } from '../language/generated/ast.js';
import { playbookSeverities, usedScale } from '../language/playbook-shared.js';
import type { RuleLocation } from './playbook-rule-report.js';

/** The most severe level of a playbook: the first of its severities, its scale's first when it uses one (docs/language.md). */
export function mostSevere(playbook: Playbook): Severity | undefined {
    return playbookSeverities(playbook)[0];
}

/**
 * Where a rule points when it finds something about one of a playbook's severities: the severity
 * (at `property`) when the playbook writes it; for a severity it takes from the organisation's
 * scale, the `uses` that names the scale, since the finding holds for this playbook only (its
 * triggers, paths and rules) and the scale's file is not the one being checked. `own` tells the
 * caller whether a quick fix on the severity applies here.
 */
export function severityLocation(playbook: Playbook, severity: Severity, property: 'name' | 'coverage' | 'coverageCalendar'): { location: RuleLocation<AstNode>; own: boolean } {
    if (severity.$container === playbook) {
        return { location: { node: severity, property }, own: true };
    }
    const scale = usedScale(playbook);
    const index = playbook.uses.findIndex(u => u.ref === scale);
    return { location: { node: playbook, property: 'uses', index: Math.max(index, 0) }, own: false };
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
