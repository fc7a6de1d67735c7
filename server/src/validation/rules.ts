import { ruleDescriptions } from './rule-messages.js';

/** How loudly a rule reports, as configured or by default. */
export type RuleSeverity = 'error' | 'warning' | 'info' | 'hint';

/** What every tool needs to know about a rule: its id, default severity, one-line description and docs page. */
export interface RuleMeta {
    id: string;
    defaultSeverity: RuleSeverity;
    description: string;
    docsUrl: string;
}

/** Where the rule pages live; each rule's page is `<base>/<id>.md`. */
export const RULE_DOCS_BASE_URL = 'https://github.com/incident-playbooks/incident-playbooks/blob/main/docs/rules';

/** The page that explains a rule. */
export function ruleDocsUrl(id: string): string {
    return `${RULE_DOCS_BASE_URL}/${id}.md`;
}

/** The rule ids, in the stable order in which tools list them. */
export const RULE_IDS = [
    'unassigned-role',
    'missing-escalation',
    'escalation-cycle',
    'escalation-order',
    'no-backup',
    'unreachable-contact',
    'coverage-gap',
    'channel-owner',
    'channel-backup',
    'comms-cadence',
    'step-cycle',
    'unreachable-step',
    'timebox-exceeds-target',
    'no-activation-authority',
    'review-overdue',
    'drill-overdue',
    'duplicate-name',
    'duplicate-clause',
    'unused-definition',
    'unused-suppression',
    'invalid-suppression',
] as const;

/** The id of a rule of this language. */
export type RuleId = typeof RULE_IDS[number];

const defaultSeverities: Record<RuleId, RuleSeverity> = {
    'unassigned-role': 'error',
    'missing-escalation': 'error',
    'escalation-cycle': 'error',
    'escalation-order': 'warning',
    'no-backup': 'warning',
    'unreachable-contact': 'warning',
    'coverage-gap': 'warning',
    'channel-owner': 'error',
    'channel-backup': 'warning',
    'comms-cadence': 'warning',
    'step-cycle': 'error',
    'unreachable-step': 'warning',
    'timebox-exceeds-target': 'warning',
    'no-activation-authority': 'warning',
    'review-overdue': 'warning',
    'drill-overdue': 'warning',
    'duplicate-name': 'error',
    'duplicate-clause': 'error',
    'unused-definition': 'hint',
    'unused-suppression': 'warning',
    'invalid-suppression': 'warning',
};

/** Every rule, in a stable order. */
export const RULES: readonly RuleMeta[] = Object.freeze(RULE_IDS.map(id => Object.freeze({
    id,
    defaultSeverity: defaultSeverities[id],
    description: ruleDescriptions[id],
    docsUrl: ruleDocsUrl(id),
})));

const byId = new Map(RULES.map(rule => [rule.id, rule]));

/** The rule with this id, or undefined when no rule has it (parse and linking codes are not rules). */
export function findRule(id: string): RuleMeta | undefined {
    return byId.get(id);
}

/** True when `id` names a rule of this language. */
export function isRuleId(id: string): id is RuleId {
    return byId.has(id);
}
