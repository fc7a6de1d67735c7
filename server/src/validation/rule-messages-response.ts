import { defineMessages } from '../../../l10n/src/index.js';
import { responseRuleMessagesPl } from './rule-messages-response.pl.js';
import { responseRuleMessagesZhTw } from './rule-messages-response.zh-TW.js';

import type { CodeTexts } from '../catalogue/playbook-code-info.js';

export const responseRuleMessagesSource = {
    /**
     * The texts of the rules about measures and criteria, severity tables, conditional
     * communication and parameters (issue 14), kept beside rule-messages.ts, which spreads
     * `responseRuleTexts` into its `ruleTexts`. Whole sentences with named placeholders, as there.
     */
    responseRuleTexts: {
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
            shortDescription: 'A \'{\'name\'}\' placeholder in a text names no parameter of the playbook.',
            fullDescription: 'Titles, checks, questions, templates and sub-team texts may use `\'{\'name\'}\'` for a parameter (`param name text`); a placeholder that names no parameter would reach responders as it is written.',
        },
        'unset-parameter': {
            title: 'Unset parameter',
            shortDescription: 'A parameter with no default that no trigger sets and that the runner is not told to ask for.',
            fullDescription: 'A parameter gets its value from its `default`, from a trigger\'s `set <parameter> to <value>`, or from the responder when the run starts (`asked`); with none of these, its placeholders have no value.',
        },
    },
    /** The diagnostics of those rules. */
    responseRuleMessages: {
        measureNotCompared: 'The measure "{measure}" has a value list: compare it with "is" and its values, for example "{measure} is <value>".',
        measureWrongLiteral: 'The measure "{measure}" is a {kind}: compare it with a {kind}, for example "{measure} > {example}".',
        measureNotAList: 'The measure "{measure}" has no value list, so "is" cannot compare it. Use ">", ">=", "<" or "<=", or give the measure values ("measure {measure} of …").',
        measureUnknownValue: '"{value}" is not a value of the measure "{measure}" (its values are {values}).',
        tableMeasureNotAList: 'A severity table needs measures with value lists, but "{measure}" has none. Give it values ("measure {measure} of high, medium, low").',
        overlappingCriteria: 'In trigger "{trigger}", "{first}" (severity {firstSeverity}) and "{second}" (severity {secondSeverity}) both hold for {value}. Make the boundaries meet without overlapping, for example "> 1000" and "<= 1000".',
        overlappingTableCell: 'The combination {row}, {column} is mapped twice, to {first} and to {second}. Keep one of the two lines.',
        criteriaGap: 'Trigger "{trigger}" gives no severity when {measure} is {value}: no criterion covers it and there is no "otherwise". Add a criterion for it or "otherwise <severity>".',
        criteriaGapSeveral: 'Trigger "{trigger}" gives no severity when {measure} is {value} and none of its other measured criteria holds, and there is no "otherwise". Add a criterion for it or "otherwise <severity>".',
        severityTableGap: 'The table of {rows} by {columns} gives no severity for {row}, {column} (combinations without one: {missing}). Add "{row}, {column} then <severity>".',
        firstMessageExceedsTarget: 'The first message is due within {first}, after the respond target of severity "{severity}" ({respond}), though this rule says it comes before it. Shorten "first within" to {respond} or less.',
        unreachableAudience: 'Nobody can reach {audience}: every channel it is told through ({channels}) is on standby or owned by a role nobody holds, and so are their backups. Assign the owner role, take a channel off standby, or add a live backup.',
        commsGateUnreachable: 'This rule waits for "{item}", which no path from the start of the plan reaches, so it never applies. Wait for a step that is reached, or make "{item}" reachable.',
        commsGateNoAnswer: 'This rule waits for decision "{item}" to be answered "{answer}", but the decision has no such branch, so it never applies. Use one of the decision\'s answers.',
        commsGateNotADecision: 'This rule waits for an answer of "{item}", which is a step, not a decision. Drop the "is …" or wait for a decision.',
        undefinedParameter: '"\'{\'{name}\'}\'" names no parameter of this playbook, so responders would read it as written. Declare it ("param {name} text") or fix the spelling.',
        reviewNoMeeting: 'The {review} is required for some levels but has no meeting deadline. Add "meeting within <duration>" beside its document deadline.',
        unsetParameter: 'Parameter "{name}" has no default, no trigger sets it, and the runner is not told to ask for it. Add "default <value>", "asked", or "set {name} to <value>" on a trigger.',
    },
    /** How a measure's kind is named inside a sentence. */
    measureKindNames: {
        count: 'whole number',
        percent: 'percentage',
        duration: 'duration',
    },
} as const;

const catalogue = defineMessages('server.ruleMessagesResponse', responseRuleMessagesSource, { 'zh-TW': responseRuleMessagesZhTw, pl: responseRuleMessagesPl });

export const responseRuleTexts: Readonly<Record<string, CodeTexts>> = catalogue.responseRuleTexts;
export const responseRuleMessages = catalogue.responseRuleMessages;
export const measureKindNames = catalogue.measureKindNames;
