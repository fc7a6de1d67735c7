/**
 * THE one place for the text of validation: rule descriptions, the diagnostics of every rule,
 * suppression comments, configuration problems and quick-fix titles. Each entry is a whole
 * sentence with named placeholders, so that it can be translated; never build a message from
 * fragments. (Parse, linking and literal messages stay in server/src/messages.ts.)
 */

/** One line per rule, shown in docs, SARIF output and `playbook rules`. */
export const ruleDescriptions = {
    'unassigned-role': 'A role that a step, channel, communication rule, escalation level, review or trigger relies on is held by nobody.',
    'missing-escalation': 'A severity, or a trigger whose severities have none, has no escalation path.',
    'escalation-cycle': 'Escalation paths continue into each other in a loop.',
    'escalation-order': 'Escalation levels are out of order, their delays do not strictly increase, or a level notifies nobody.',
    'no-backup': 'A critical role (the incident commander, a role marked critical or listed in the configuration) has no backup holder, or one person is the only holder of several critical roles.',
    'unreachable-contact': 'A person has no contact method, or a team or rotation has no members.',
    'coverage-gap': 'A business-hours rotation answers for a severity that needs a 24x7 response, or a rotation has only one person.',
    'channel-owner': 'A channel has no owner.',
    'channel-backup': 'A channel used for the most severe level has no backup channel.',
    'comms-cadence': 'The most severe level has no update cadence for any audience outside the response team.',
    'step-cycle': 'Steps wait for each other in a loop, or decisions jump back into a loop that no decision can leave.',
    'unreachable-step': 'A step or decision that no path from the start of the plan can reach.',
    'timebox-exceeds-target': 'A step\'s time box is longer than the resolve target of every severity of the playbook.',
    'no-activation-authority': 'A trigger that nobody may activate and that does not activate automatically.',
    'review-overdue': 'The playbook\'s last review plus its review interval is before today.',
    'drill-overdue': 'A drill\'s last run plus its cadence is before today, or the drill never ran.',
    'duplicate-name': 'Two definitions share one name in one scope, so references cannot tell them apart.',
    'duplicate-clause': 'A clause that takes one value is written twice in the same block.',
    'unused-definition': 'A role, person, channel or escalation path that nothing uses.',
    'unused-suppression': 'A suppression comment that suppresses nothing.',
    'invalid-suppression': 'A suppression comment that names no rule, an unknown rule, or gives no reason.',
} as const;

/** Problems found in playbook.config.yaml. */
export const configMessages = {
    yamlError: (p: { detail: string }) => `The configuration is not valid YAML: ${p.detail}`,
    notAMapping: 'The configuration must be a mapping with the keys "rules", "ignore" and "criticalRoles".',
    unknownKey: (p: { key: string }) => `Unknown configuration key "${p.key}". The keys are "rules", "ignore" and "criticalRoles".`,
    rulesNotAMapping: 'The "rules" key must map rule ids to a severity, for example "no-backup: error".',
    unknownRule: (p: { id: string; suggestion: string }) => `Unknown rule "${p.id}". ${p.suggestion}`,
    didYouMean: (p: { id: string }) => `Did you mean "${p.id}"?`,
    seeRuleList: 'The rules are listed in docs/rules.',
    badSeverity: (p: { id: string; value: string }) => `"${p.value}" is not a severity for rule "${p.id}". Use error, warning, info, hint or off.`,
    notAStringList: (p: { key: string }) => `The "${p.key}" key must be a list of strings, for example ${p.key}: ["…"].`,
    notAString: (p: { key: string }) => `Each entry of "${p.key}" must be a string.`,
    emptyString: (p: { key: string }) => `An entry of "${p.key}" is empty.`,
} as const;
