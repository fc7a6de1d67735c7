import type { CodeTexts } from '../catalogue/playbook-code-info.js';

/**
 * The texts of the rules about measures and criteria, severity tables, conditional
 * communication and parameters (issue 14), kept beside rule-messages.ts, which spreads
 * `responseRuleTexts` into its `ruleTexts`. Whole sentences with named placeholders, as there.
 */
export const responseRuleTexts: Readonly<Record<string, CodeTexts>> = {
    'measure-mismatch': {
        title: 'Measure mismatch',
        shortDescription: 'A criterion or severity table uses a measure with a value of the wrong kind, or a value its list does not have.',
        fullDescription: 'A count is compared with whole numbers, a percentage with percentages (`5%`), a duration with durations (`15m`); a measure with a value list is compared with `is` and its own values, and only such measures can be the rows and columns of a severity table.',
    },
    'overlapping-criteria': {
        title: 'Overlapping criteria',
        shortDescription: 'Two criteria of one trigger that lead to different severities both hold for one value, or a severity table maps one combination twice.',
        fullDescription: 'When two criteria of one trigger compare the same measure, lead to different severities and can both hold for one value (`>= 1000` and `<= 1000` both hold for 1000), the responder cannot tell which level applies. Make the boundaries meet without overlapping (`> 1000` and `<= 1000`). A severity table that maps one combination to two levels is reported too.',
    },
    'criteria-gap': {
        title: 'Criteria gap',
        shortDescription: 'Values of a trigger\'s measures lead to no severity, and the trigger has no otherwise.',
        fullDescription: 'When a trigger\'s criteria all compare measures and some values satisfy none of them (`< 500` and `> 1000` leave 500 to 1000 open), an incident with those values has no level. Add a criterion for them, or `otherwise <severity>`. A count takes whole numbers, so `> 1000` and `< 1001` leave no gap; a percentage or duration takes any amount.',
    },
    'severity-table-gap': {
        title: 'Severity table gap',
        shortDescription: 'An impact by urgency table leaves a combination of values unmapped.',
        fullDescription: 'A severity table maps every combination of its row measure\'s values and its column measure\'s values to a level; a combination with no level leaves the declarer without an answer.',
    },
    'first-message-exceeds-target': {
        title: 'First message exceeds target',
        shortDescription: 'A communication rule\'s first message is due after the respond target of a severity it applies to, though the rule says it must precede it.',
        fullDescription: 'A rule with `first within <duration> before respond` promises that its first message goes out before the severity\'s respond target; when the duration is longer than the respond target of a severity the rule applies to, the promise cannot be kept.',
    },
    'unreachable-audience': {
        title: 'Unreachable audience',
        shortDescription: 'Every channel through which an audience is told is on standby or owned by a role nobody holds, and so are their backups.',
        fullDescription: 'An audience (or named recipient) is reachable when at least one channel of its communication rules, or of their backups, is live (not `standby`) and not owned by a role that nobody holds. A channel with no owner at all is reported by channel-owner instead.',
    },
    'comms-gate-unreachable': {
        title: 'Communication gate unreachable',
        shortDescription: 'A communication rule waits for a step that no path reaches, or for an answer its decision does not offer.',
        fullDescription: 'A rule gated with `after <step>` or `after <decision> is <answer>` never applies when no path from the start of the plan reaches the step, or when the decision has no branch with that answer; the audience is then never told.',
    },
    'undefined-parameter': {
        title: 'Undefined parameter',
        shortDescription: 'A {name} placeholder in a text names no parameter of the playbook.',
        fullDescription: 'Titles, checks, questions, templates and sub-team texts may use `{name}` for a parameter (`param name text`); a placeholder that names no parameter would reach responders as it is written.',
    },
    'unset-parameter': {
        title: 'Unset parameter',
        shortDescription: 'A parameter with no default that no trigger sets and that the runner is not told to ask for.',
        fullDescription: 'A parameter gets its value from its `default`, from a trigger\'s `set <parameter> to <value>`, or from the responder when the run starts (`asked`); with none of these, its placeholders have no value.',
    },
};

/** The diagnostics of those rules. */
export const responseRuleMessages = {
    measureNotCompared: (p: { measure: string }) =>
        `The measure "${p.measure}" has a value list: compare it with "is" and its values, for example "${p.measure} is <value>".`,
    measureWrongLiteral: (p: { measure: string; kind: string; example: string }) =>
        `The measure "${p.measure}" is a ${p.kind}: compare it with a ${p.kind}, for example "${p.measure} > ${p.example}".`,
    measureNotAList: (p: { measure: string }) =>
        `The measure "${p.measure}" has no value list, so "is" cannot compare it. Use ">", ">=", "<" or "<=", or give the measure values ("measure ${p.measure} of …").`,
    measureUnknownValue: (p: { measure: string; value: string; values: string }) =>
        `"${p.value}" is not a value of the measure "${p.measure}" (its values are ${p.values}).`,
    tableMeasureNotAList: (p: { measure: string }) =>
        `A severity table needs measures with value lists, but "${p.measure}" has none. Give it values ("measure ${p.measure} of high, medium, low").`,
    overlappingCriteria: (p: { trigger: string; first: string; second: string; value: string; firstSeverity: string; secondSeverity: string }) =>
        `In trigger "${p.trigger}", "${p.first}" (severity ${p.firstSeverity}) and "${p.second}" (severity ${p.secondSeverity}) both hold for ${p.value}. Make the boundaries meet without overlapping, for example "> 1000" and "<= 1000".`,
    overlappingTableCell: (p: { row: string; column: string; first: string; second: string }) =>
        `The combination ${p.row}, ${p.column} is mapped twice, to ${p.first} and to ${p.second}. Keep one of the two lines.`,
    criteriaGap: (p: { trigger: string; measure: string; value: string }) =>
        `Trigger "${p.trigger}" gives no severity when ${p.measure} is ${p.value}: no criterion covers it and there is no "otherwise". Add a criterion for it or "otherwise <severity>".`,
    criteriaGapSeveral: (p: { trigger: string; measure: string; value: string }) =>
        `Trigger "${p.trigger}" gives no severity when ${p.measure} is ${p.value} and none of its other measured criteria holds, and there is no "otherwise". Add a criterion for it or "otherwise <severity>".`,
    severityTableGap: (p: { rows: string; columns: string; row: string; column: string; missing: number }) =>
        `The table of ${p.rows} by ${p.columns} gives no severity for ${p.row}, ${p.column} (combinations without one: ${p.missing}). Add "${p.row}, ${p.column} then <severity>".`,
    firstMessageExceedsTarget: (p: { first: string; severity: string; respond: string }) =>
        `The first message is due within ${p.first}, after the respond target of severity "${p.severity}" (${p.respond}), though this rule says it comes before it. Shorten "first within" to ${p.respond} or less.`,
    unreachableAudience: (p: { audience: string; channels: string }) =>
        `Nobody can reach ${p.audience}: every channel it is told through (${p.channels}) is on standby or owned by a role nobody holds, and so are their backups. Assign the owner role, take a channel off standby, or add a live backup.`,
    commsGateUnreachable: (p: { item: string }) =>
        `This rule waits for "${p.item}", which no path from the start of the plan reaches, so it never applies. Wait for a step that is reached, or make "${p.item}" reachable.`,
    commsGateNoAnswer: (p: { item: string; answer: string }) =>
        `This rule waits for decision "${p.item}" to be answered "${p.answer}", but the decision has no such branch, so it never applies. Use one of the decision's answers.`,
    commsGateNotADecision: (p: { item: string }) =>
        `This rule waits for an answer of "${p.item}", which is a step, not a decision. Drop the "is …" or wait for a decision.`,
    undefinedParameter: (p: { name: string }) =>
        `"{${p.name}}" names no parameter of this playbook, so responders would read it as written. Declare it ("param ${p.name} text") or fix the spelling.`,
    reviewNoMeeting: (p: { review: string }) =>
        `The ${p.review} is required for some levels but has no meeting deadline. Add "meeting within <duration>" beside its document deadline.`,
    unsetParameter: (p: { name: string }) =>
        `Parameter "${p.name}" has no default, no trigger sets it, and the runner is not told to ask for it. Add "default <value>", "asked", or "set ${p.name} to <value>" on a trigger.`,
} as const;

/** How a measure's kind is named inside a sentence. */
export const measureKindNames = {
    count: 'whole number',
    percent: 'percentage',
    duration: 'duration',
} as const;
