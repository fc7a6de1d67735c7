import type { CodeTexts } from '../catalogue/playbook-code-info.js';
import { peopleRuleTexts } from './rule-messages-people.js';
import { gapRuleTexts } from './rule-messages-gaps.js';
import { responseRuleTexts } from './rule-messages-response.js';

/**
 * THE one place for the text of validation: rule descriptions, the diagnostics of every rule,
 * suppression comments, configuration problems and quick-fix titles. Each entry is a whole
 * sentence with named placeholders, so that it can be translated; never build a message from
 * fragments. (Parse, linking and literal messages stay in server/src/messages.ts.)
 */

/**
 * The texts of each rule: a title, one line (docs index, `playbook rules`, SARIF short
 * description) and a paragraph (SARIF full description and help). Keyed by rule id; a test
 * checks that every rule of the catalogue has them.
 */
export const ruleTexts: Readonly<Record<string, CodeTexts>> = {
    ...peopleRuleTexts,
    ...gapRuleTexts,
    ...responseRuleTexts,
    'unassigned-role': {
        title: 'Unassigned role',
        shortDescription: 'A role that a step, channel, communication rule, escalation level, review or trigger relies on is held by nobody.',
        fullDescription: 'Every role that a step, decision, channel, communication rule, escalation level, review or trigger relies on must be held by a person, or by a team or rotation with members, through the playbook\'s own `assign` lines or the organisation\'s. During an incident nobody steps into a role that nobody holds.',
    },
    'missing-escalation': {
        title: 'Missing escalation path',
        shortDescription: 'A severity, or a trigger whose severities have none, has no escalation path.',
        fullDescription: 'Each severity needs an escalation path, on the severity or on every trigger that starts it, so that when nobody acknowledges someone else is called.',
    },
    'escalation-cycle': {
        title: 'Escalation loop',
        shortDescription: 'Escalation paths continue into each other in a loop.',
        fullDescription: 'Escalation paths that continue into each other with `then` in a loop never stop paging and never reach a human who decides.',
    },
    'escalation-order': {
        title: 'Escalation levels out of order',
        shortDescription: 'Escalation levels are out of order, their delays do not strictly increase, or a level notifies nobody.',
        fullDescription: 'Escalation levels are numbered 1, 2, 3 in the order they fire, each fires strictly later than the one before, and each notifies someone who can answer (not only teams or rotations with no members).',
    },
    'no-backup': {
        title: 'No backup holder',
        shortDescription: 'A critical role (the incident commander, a role marked critical or listed in the configuration) has no backup holder, or one person is the only holder of several critical roles.',
        fullDescription: 'A critical role (the incident commander, a role marked `critical`, or one listed under `criticalRoles`) needs a backup holder other than its holders, and one person should not be the only holder of several critical roles: one absence would leave them all empty.',
    },
    'unreachable-contact': {
        title: 'Unreachable contact',
        shortDescription: 'A person has no contact method, or a team or rotation has no members.',
        fullDescription: 'A person needs at least one way to be contacted (phone, sms, email, chat, app or pager), and a team or rotation needs members, or nobody answers for them.',
    },
    'coverage-gap': {
        title: 'Coverage gap',
        shortDescription: 'A business-hours rotation answers for a severity that needs a 24x7 response, or a rotation has only one person.',
        fullDescription: 'A severity that needs a 24x7 response must not escalate to a rotation that covers business hours only, and a rotation of one person leaves that person on call all the time.',
    },
    'channel-owner': {
        title: 'Channel without owner',
        shortDescription: 'A channel has no owner.',
        fullDescription: 'Every channel needs an owner, a role or person responsible for opening it and keeping it working during an incident.',
    },
    'channel-backup': {
        title: 'Channel without backup',
        shortDescription: 'A channel used for the most severe level has no backup channel.',
        fullDescription: 'A channel that carries communication for the most severe level needs a backup channel for when it fails, unless the communication rule already sends through several channels.',
    },
    'comms-cadence': {
        title: 'No update cadence',
        shortDescription: 'The most severe level has no update cadence for any audience outside the response team.',
        fullDescription: 'The most severe level keeps someone outside the response team (executives, customers, regulators…) updated on a regular cadence (`every`).',
    },
    'step-cycle': {
        title: 'Step cycle',
        shortDescription: 'Steps wait for each other in a loop, or decisions jump back into a loop that no decision can leave.',
        fullDescription: 'Steps that wait for each other through `after` in a loop can never start, and decisions that jump back into a loop that no branch leaves keep the response going round forever.',
    },
    'unreachable-step': {
        title: 'Unreachable step',
        shortDescription: 'A step or decision that no path from the start of the plan can reach.',
        fullDescription: 'A step or decision that no path from the start of the plan reaches (by falling through, a decision\'s branch or `after`) is never done.',
    },
    'timebox-exceeds-target': {
        title: 'Time box exceeds target',
        shortDescription: 'A step\'s time box is longer than the resolve target of every severity of the playbook.',
        fullDescription: 'A step whose time box (`within`) is longer than the resolve target of every severity of the playbook cannot finish in time for any of them.',
    },
    'no-activation-authority': {
        title: 'No activation authority',
        shortDescription: 'A trigger that nobody may activate and that does not activate automatically.',
        fullDescription: 'A trigger must say who may activate the playbook (`activated by`) or that it activates automatically, or nobody knows whether they may start the response.',
    },
    'review-overdue': {
        title: 'Review overdue',
        shortDescription: 'The playbook\'s last review plus its review interval is before today.',
        fullDescription: 'A playbook with a review interval (`reviewed <date> every <duration>`) whose last review plus the interval is before today is out of date.',
    },
    'drill-overdue': {
        title: 'Drill overdue',
        shortDescription: 'A drill\'s last run plus its cadence is before today, or no run of the drill is recorded.',
        fullDescription: 'A drill whose last run plus its cadence is before today is overdue, and a drill with no recorded run (`last`) has no evidence that the plan was ever exercised.',
    },
    'duplicate-name': {
        title: 'Duplicate name',
        shortDescription: 'Two definitions share one name in one scope, so references cannot tell them apart.',
        fullDescription: 'Two definitions that share one name in one scope cannot be told apart by references.',
    },
    'duplicate-clause': {
        title: 'Duplicate clause',
        shortDescription: 'A clause that takes one value is written twice in the same block.',
        fullDescription: 'A clause that takes one value written twice in the same block keeps only the last one, which hides a mistake.',
    },
    'unused-definition': {
        title: 'Unused definition',
        shortDescription: 'A role, person, channel or escalation path that nothing uses.',
        fullDescription: 'A role, person, channel or escalation path that nothing uses is probably left over or misspelt where it should be used.',
    },
    'unused-suppression': {
        title: 'Unused suppression',
        shortDescription: 'A suppression comment that suppresses nothing.',
        fullDescription: 'A suppression comment that suppresses nothing hides nothing and should go, or the problem it was for has moved.',
    },
    'invalid-suppression': {
        title: 'Invalid suppression',
        shortDescription: 'A suppression comment that names no rule, an unknown rule, or gives no reason.',
        fullDescription: 'A suppression comment must name the rules it suppresses and say why after `--`.',
    },
};

/** The fixed text of docs/rules/README.md, which `playbook rules --format markdown` writes. */
export const rulesIndexTexts = {
    heading: '# Rules and codes',
    intro: 'Every rule of the validator, in the order tools list them. Levels, `off` and rule options are set in\n[`playbook.config.yaml`](../configuration.md); one finding is suppressed with\n`// playbook-disable-next-line <id> -- reason`.',
    tableHeader: '| id | default level | what |',
    otherHeading: '## Codes that are not rules',
    otherIntro: 'These mean the file (or the configuration) could not be read as written. They are always errors and\ncannot be turned off or suppressed.',
    generated: '<!-- Generated by `playbook rules --format markdown` from the code catalogue; a test fails when it drifts. -->',
} as const;

/** Problems found in playbook.config.yaml. */
export const configMessages = {
    yamlError: (p: { detail: string }) => `The configuration is not valid YAML: ${p.detail}`,
    notAMapping: 'The configuration must be a mapping with the keys "rules", "ignore" and "criticalRoles".',
    unknownKey: (p: { key: string }) => `Unknown configuration key "${p.key}". The keys are "rules", "ignore" and "criticalRoles".`,
    rulesNotAMapping: 'The "rules" key must map rule ids to a level or to settings, for example "no-backup: error" or "no-backup: { level: warning, roles: all-owners }".',
    unknownRule: (p: { id: string; suggestion: string }) => `Unknown rule "${p.id}". ${p.suggestion}`,
    didYouMean: (p: { id: string }) => `Did you mean "${p.id}"?`,
    seeRuleList: 'The rules are listed in docs/rules.',
    badLevel: (p: { id: string; value: string; levels: string }) => `"${p.value}" is not a level for rule "${p.id}". Use one of: ${p.levels}.`,
    unknownOption: (p: { id: string; option: string; known: string }) => `Rule "${p.id}" has no option "${p.option}". Its settings are: ${p.known}.`,
    unknownOptionHint: (p: { id: string; option: string; suggestion: string; known: string }) => `Rule "${p.id}" has no option "${p.option}". Did you mean "${p.suggestion}"? Its settings are: ${p.known}.`,
    badChoiceOption: (p: { id: string; option: string; value: string; choices: string }) => `"${p.value}" is not a value of option "${p.option}" of rule "${p.id}". Use one of: ${p.choices}.`,
    badChoiceOptionHint: (p: { id: string; option: string; value: string; choices: string; suggestion: string }) => `"${p.value}" is not a value of option "${p.option}" of rule "${p.id}". Did you mean "${p.suggestion}"? Use one of: ${p.choices}.`,
    badBooleanOption: (p: { id: string; option: string; value: string }) => `Option "${p.option}" of rule "${p.id}" is true or false, not "${p.value}".`,
    notAStringList: (p: { key: string }) => `The "${p.key}" key must be a list of strings, for example ${p.key}: ["…"].`,
    notAString: (p: { key: string }) => `Each entry of "${p.key}" must be a string.`,
    emptyString: (p: { key: string }) => `An entry of "${p.key}" is empty.`,
} as const;

/** How a definition is named inside a sentence: `step "isolate"`. */
export const thingKinds: Readonly<Record<string, string>> = {
    Person: 'person',
    Team: 'team',
    Rotation: 'rotation',
    Role: 'role',
    Channel: 'channel',
    EscalationPath: 'escalation path',
    EscalationLevel: 'escalation level',
    Step: 'step',
    Decision: 'decision',
    Severity: 'severity',
    Trigger: 'trigger',
    Playbook: 'playbook',
    CommunicationRule: 'communication rule',
    Review: 'review',
    Drill: 'drill',
    Assignment: 'assignment',
};

/** A named thing inside a sentence. */
export const thing = (p: { kind: string; name: string }) => `${p.kind} "${p.name}"`;

/** The diagnostics of the rules; each says what is wrong, names what is concerned, and how to fix it. */
export const ruleMessages = {
    unassignedRole: (p: { role: string; user: string }) =>
        `Nobody holds the role "${p.role}", which ${p.user} relies on. Assign it: assign ${p.role} to <person, team or rotation>.`,
    unassignedRoleEmpty: (p: { role: string; user: string; holders: string }) =>
        `The role "${p.role}", which ${p.user} relies on, is assigned only to ${p.holders}, which has no members. Add members or assign the role to a person.`,
    unassignedRoleAlsoUsed: (p: { role: string; user: string }) => `The role "${p.role}" is also relied on by ${p.user}.`,
    missingEscalationSeverity: (p: { severity: string }) =>
        `Severity "${p.severity}" has no escalation path: if nobody acknowledges, nobody else is called. Add "escalation <path>" to it.`,
    missingEscalationTrigger: (p: { trigger: string; severity: string }) =>
        `Trigger "${p.trigger}" can start severity "${p.severity}", which has no escalation path, and names none itself. Add "escalation <path>" to the trigger or to the severity.`,
    missingEscalationNoSeverity: (p: { trigger: string }) =>
        `Trigger "${p.trigger}" names no severity and no escalation path. Add "otherwise <severity>" or "escalation <path>".`,
    escalationCycle: (p: { path: string; cycle: string }) =>
        `Escalation path "${p.path}" continues into a loop that never ends: ${p.cycle}. Remove one "then" so that escalation stops somewhere a human answers.`,
    escalationLevelNumber: (p: { number: number; expected: number; path: string }) =>
        `Level ${p.number} of escalation path "${p.path}" should be level ${p.expected}: number the levels 1, 2, 3… in the order they fire.`,
    escalationDelay: (p: { number: number; previous: number; path: string }) =>
        `Level ${p.number} of escalation path "${p.path}" fires at the same time as level ${p.previous}. Give it a delay ("after 10m") or merge the two levels.`,
    escalationNobody: (p: { number: number; path: string; targets: string }) =>
        `Level ${p.number} of escalation path "${p.path}" notifies nobody: ${p.targets} has no members. Add members or notify someone else.`,
    noBackup: (p: { role: string }) =>
        `The critical role "${p.role}" has no backup holder: if its holder is unreachable, nobody takes over. Add "backup <person, team or rotation>" to its assignment.`,
    noBackupOwner: (p: { role: string; owns: string }) =>
        `The role "${p.role}" owns ${p.owns} but has no backup holder: if its holder is unreachable, that work stops. Add "backup <person, team or rotation>" to its assignment.`,
    soleHolder: (p: { person: string; roles: string }) =>
        `Person "${p.person}" is the only holder of several critical roles (${p.roles}): one absence leaves all of them empty. Give one of them to someone else or add a second holder.`,
    personNoContact: (p: { person: string }) =>
        `Person "${p.person}" has no way to be contacted. Add a phone, sms, email, chat, app or pager line.`,
    groupNoMembers: (p: { kind: string; name: string }) =>
        `The ${p.kind} "${p.name}" has no members, so nobody answers for it. Add "members <people>".`,
    coverageGap: (p: { severity: string; rotation: string; path: string }) =>
        `Severity "${p.severity}" needs a 24x7 response, but rotation "${p.rotation}" (notified by escalation path "${p.path}") covers business hours only. Make the rotation cover 24x7 or add a 24x7 level to the path.`,
    singlePersonRotation: (p: { rotation: string; person: string }) =>
        `Rotation "${p.rotation}" has one member (${p.person}), who is then on call all the time. Add members so that the load rotates.`,
    channelOwner: (p: { channel: string }) =>
        `Channel "${p.channel}" has no owner: nobody is responsible for opening it and keeping it working. Add "owner <role or person>".`,
    channelBackup: (p: { channel: string; severity: string }) =>
        `Channel "${p.channel}" carries communication for the most severe level "${p.severity}" but has no backup channel. Add "backup <channel>" for when it fails.`,
    commsCadence: (p: { severity: string }) =>
        `The most severe level "${p.severity}" has no update cadence for anyone outside the response team. Add for example "notify executives via <channel> every 1h during ${p.severity}".`,
    stepWaitCycle: (p: { step: string; cycle: string }) =>
        `"${p.step}" waits for itself through "after": ${p.cycle}. None of these can ever start; remove one of the "after" dependencies.`,
    stepLoop: (p: { target: string; cycle: string }) =>
        `This jump to "${p.target}" closes a loop that no decision can leave: ${p.cycle}. Add a branch that leaves the loop or jump elsewhere.`,
    unreachableStep: (p: { kind: string; name: string }) =>
        `The ${p.kind} "${p.name}" can never be reached from the start of the plan: no reachable step falls through to it, and no branch or "after" leads to it. Add a branch that goes to it, or move it.`,
    timeboxExceedsTarget: (p: { kind: string; name: string; timebox: string; target: string; severity: string }) =>
        `The ${p.kind} "${p.name}" may take ${p.timebox}, longer than the resolve target of every severity (the longest is ${p.target}, for "${p.severity}"). Shorten the time box or split the step.`,
    noActivationAuthority: (p: { trigger: string }) =>
        `Nobody may activate trigger "${p.trigger}". Add "activated by <role or person>" or "activated automatically".`,
    reviewOverdue: (p: { playbook: string; due: string; today: string }) =>
        `Playbook "${p.playbook}" was due for review on ${p.due} (today is ${p.today}). Review it and update the "reviewed" date.`,
    drillOverdue: (p: { drill: string; due: string; today: string }) =>
        `The ${p.drill} drill was due on ${p.due} (today is ${p.today}). Run it and update its "last" date.`,
    drillNeverRan: (p: { drill: string }) =>
        `The ${p.drill} drill has no date recorded: nothing shows that it ever ran. Run it, or if it ran, record the day with "last YYYY-MM-DD".`,
    duplicateName: (p: { kind: string; name: string; other: string; where: string }) =>
        `The name "${p.name}" of this ${p.kind} is also given to the ${p.other} at ${p.where}. Rename one of them: references cannot tell them apart.`,
    duplicateClause: (p: { clause: string; what: string }) =>
        `The clause "${p.clause}" is written twice in ${p.what}; only the last one counts. Remove one of them.`,
    unusedDefinition: (p: { kind: string; name: string }) =>
        `The ${p.kind} "${p.name}" is not used anywhere. Remove it, or use it.`,
    unusedSuppression: (p: { rule: string }) =>
        `This comment suppresses "${p.rule}", but no such problem is reported where it applies. Remove the comment.`,
    suppressionNoRule: 'This suppression comment names no rule. Write the rule id, for example "// playbook-disable-next-line no-backup -- reason".',
    suppressionUnknownRule: (p: { rule: string; suggestion: string }) =>
        `"${p.rule}" is not a rule that can be suppressed. ${p.suggestion}`,
    suppressionNoReason: (p: { rule: string }) =>
        `Say why "${p.rule}" is suppressed: add " -- <reason>" after the rule id.`,
} as const;

/** What things are called in messages when they have no name. */
export const unnamed = {
    review: 'post-incident review',
    drill: (p: { kind: string; title?: string }) => p.title ? `${p.kind} "${p.title}"` : p.kind,
    listSeparator: ', ',
    cycleArrow: ' → ',
} as const;

/** Titles of the quick fixes offered for the rules' diagnostics. */
export const fixTitles = {
    assignRole: (p: { role: string; holder: string; kind: string }) => `Assign "${p.role}" to ${p.kind} "${p.holder}"`,
    createEscalation: (p: { path: string }) => `Create escalation path "${p.path}" and link it`,
    addChannelOwner: (p: { owner: string }) => `Make "${p.owner}" the owner of this channel`,
    createDefinition: (p: { kind: string; name: string }) => `Create ${p.kind} "${p.name}"`,
    removeDefinition: (p: { kind: string; name: string }) => `Remove the unused ${p.kind} "${p.name}"`,
} as const;
