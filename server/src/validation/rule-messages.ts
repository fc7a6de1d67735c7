import type { CodeTexts } from '../catalogue/playbook-code-info.js';
import { peopleRuleTexts } from './rule-messages-people.js';
import { gapRuleTexts } from './rule-messages-gaps.js';
import { responseRuleTexts } from './rule-messages-response.js';
import { defineMessages } from '../../../l10n/src/index.js';
import { ruleMessagesPl } from './rule-messages.pl.js';
import { ruleMessagesZhTw } from './rule-messages.zh-TW.js';

/**
 * THE one place for the text of validation: rule descriptions, the diagnostics of every rule,
 * suppression comments, configuration problems and quick-fix titles. Each entry is a whole
 * sentence with named placeholders, so that it can be translated; never build a message from
 * fragments. (Parse, linking and literal messages stay in server/src/messages.ts.)
 */

export const ruleMessagesSource = {
    /**
     * The texts of each rule: a title, one line (docs index, `playbook rules`, SARIF short
     * description) and a paragraph (SARIF full description and help). Keyed by rule id; a test
     * checks that every rule of the catalogue has them.
     */
    ruleTexts: {
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
    },
    /** The fixed text of docs/rules/README.md, which `playbook rules --format markdown` writes. */
    rulesIndexTexts: {
        heading: '# Rules and codes',
        intro: `Every rule of the validator, in the order tools list them. Levels, \`off\` and rule options are set in
[\`playbook.config.yaml\`](../configuration.md); one finding is suppressed with
\`// playbook-disable-next-line <id> -- reason\`.`,
        tableHeader: '| id | default level | what |',
        otherHeading: '## Codes that are not rules',
        otherIntro: `These mean the file (or the configuration) could not be read as written. They are always errors and
cannot be turned off or suppressed.`,
        generated: '<!-- Generated by `playbook rules --format markdown` from the code catalogue; a test fails when it drifts. -->',
    },
    /** Problems found in playbook.config.yaml. */
    configMessages: {
        yamlError: 'The configuration is not valid YAML: {detail}',
        notAMapping: 'The configuration must be a mapping with the keys "rules", "ignore" and "criticalRoles".',
        unknownKey: 'Unknown configuration key "{key}". The keys are "rules", "ignore" and "criticalRoles".',
        rulesNotAMapping: 'The "rules" key must map rule ids to a level or to settings, for example "no-backup: error" or "no-backup: \'{\' level: warning, roles: all-owners \'}\'".',
        unknownRule: 'Unknown rule "{id}". {suggestion}',
        didYouMean: 'Did you mean "{id}"?',
        seeRuleList: 'The rules are listed in docs/rules.',
        badLevel: '"{value}" is not a level for rule "{id}". Use one of: {levels}.',
        unknownOption: 'Rule "{id}" has no option "{option}". Its settings are: {known}.',
        unknownOptionHint: 'Rule "{id}" has no option "{option}". Did you mean "{suggestion}"? Its settings are: {known}.',
        badChoiceOption: '"{value}" is not a value of option "{option}" of rule "{id}". Use one of: {choices}.',
        badChoiceOptionHint: '"{value}" is not a value of option "{option}" of rule "{id}". Did you mean "{suggestion}"? Use one of: {choices}.',
        badBooleanOption: 'Option "{option}" of rule "{id}" is true or false, not "{value}".',
        notAStringList: 'The "{key}" key must be a list of strings, for example {key}: ["…"].',
        notAString: 'Each entry of "{key}" must be a string.',
        emptyString: 'An entry of "{key}" is empty.',
    },
    /** How a definition is named inside a sentence: `step "isolate"`. */
    thingKinds: {
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
    },
    /** A named thing inside a sentence. */
    thingTexts: {
        thing: '{kind} "{name}"',
    },
    /** The diagnostics of the rules; each says what is wrong, names what is concerned, and how to fix it. */
    ruleMessages: {
        unassignedRole: 'Nobody holds the role "{role}", which {user} relies on. Assign it: assign {role} to <person, team or rotation>.',
        unassignedRoleEmpty: 'The role "{role}", which {user} relies on, is assigned only to {holders}, which has no members. Add members or assign the role to a person.',
        unassignedRoleAlsoUsed: 'The role "{role}" is also relied on by {user}.',
        missingEscalationSeverity: 'Severity "{severity}" has no escalation path: if nobody acknowledges, nobody else is called. Add "escalation <path>" to it.',
        missingEscalationTrigger: 'Trigger "{trigger}" can start severity "{severity}", which has no escalation path, and names none itself. Add "escalation <path>" to the trigger or to the severity.',
        missingEscalationNoSeverity: 'Trigger "{trigger}" names no severity and no escalation path. Add "otherwise <severity>" or "escalation <path>".',
        escalationCycle: 'Escalation path "{path}" continues into a loop that never ends: {cycle}. Remove one "then" so that escalation stops somewhere a human answers.',
        escalationLevelNumber: 'Level {number} of escalation path "{path}" should be level {expected}: number the levels 1, 2, 3… in the order they fire.',
        escalationDelay: 'Level {number} of escalation path "{path}" fires at the same time as level {previous}. Give it a delay ("after 10m") or merge the two levels.',
        escalationNobody: 'Level {number} of escalation path "{path}" notifies nobody: {targets} has no members. Add members or notify someone else.',
        noBackup: 'The critical role "{role}" has no backup holder: if its holder is unreachable, nobody takes over. Add "backup <person, team or rotation>" to its assignment.',
        noBackupOwner: 'The role "{role}" owns {owns} but has no backup holder: if its holder is unreachable, that work stops. Add "backup <person, team or rotation>" to its assignment.',
        soleHolder: 'Person "{person}" is the only holder of several critical roles ({roles}): one absence leaves all of them empty. Give one of them to someone else or add a second holder.',
        personNoContact: 'Person "{person}" has no way to be contacted. Add a phone, sms, email, chat, app or pager line.',
        groupNoMembers: 'The {kind} "{name}" has no members, so nobody answers for it. Add "members <people>".',
        coverageGap: 'Severity "{severity}" needs a 24x7 response, but rotation "{rotation}" (notified by escalation path "{path}") covers business hours only. Make the rotation cover 24x7 or add a 24x7 level to the path.',
        singlePersonRotation: 'Rotation "{rotation}" has one member ({person}), who is then on call all the time. Add members so that the load rotates.',
        channelOwner: 'Channel "{channel}" has no owner: nobody is responsible for opening it and keeping it working. Add "owner <role or person>".',
        channelBackup: 'Channel "{channel}" carries communication for the most severe level "{severity}" but has no backup channel. Add "backup <channel>" for when it fails.',
        commsCadence: 'The most severe level "{severity}" has no update cadence for anyone outside the response team. Add for example "notify executives via <channel> every 1h during {severity}".',
        stepWaitCycle: '"{step}" waits for itself through "after": {cycle}. None of these can ever start; remove one of the "after" dependencies.',
        stepLoop: 'This jump to "{target}" closes a loop that no decision can leave: {cycle}. Add a branch that leaves the loop or jump elsewhere.',
        unreachableStep: 'The {kind} "{name}" can never be reached from the start of the plan: no reachable step falls through to it, and no branch or "after" leads to it. Add a branch that goes to it, or move it.',
        timeboxExceedsTarget: 'The {kind} "{name}" may take {timebox}, longer than the resolve target of every severity (the longest is {target}, for "{severity}"). Shorten the time box or split the step.',
        noActivationAuthority: 'Nobody may activate trigger "{trigger}". Add "activated by <role or person>" or "activated automatically".',
        reviewOverdue: 'Playbook "{playbook}" was due for review on {due} (today is {today}). Review it and update the "reviewed" date.',
        drillOverdue: 'The {drill} drill was due on {due} (today is {today}). Run it and update its "last" date.',
        drillNeverRan: 'The {drill} drill has no date recorded: nothing shows that it ever ran. Run it, or if it ran, record the day with "last YYYY-MM-DD".',
        duplicateName: 'The name "{name}" of this {kind} is also given to the {other} at {where}. Rename one of them: references cannot tell them apart.',
        duplicateClause: 'The clause "{clause}" is written twice in {what}; only the last one counts. Remove one of them.',
        unusedDefinition: 'The {kind} "{name}" is not used anywhere. Remove it, or use it.',
        unusedSuppression: 'This comment suppresses "{rule}", but no such problem is reported where it applies. Remove the comment.',
        suppressionNoRule: 'This suppression comment names no rule. Write the rule id, for example "// playbook-disable-next-line no-backup -- reason".',
        suppressionUnknownRule: '"{rule}" is not a rule that can be suppressed. {suggestion}',
        suppressionNoReason: 'Say why "{rule}" is suppressed: add " -- <reason>" after the rule id.',
    },
    /** What things are called in messages when they have no name. */
    unnamed: {
        review: 'post-incident review',
        /** A drill with a title; one without is called by its kind alone. */
        drill: '{kind} "{title}"',
        listSeparator: ', ',
        cycleArrow: ' → ',
    },
    /** Titles of the quick fixes offered for the rules' diagnostics. */
    fixTitles: {
        assignRole: 'Assign "{role}" to {kind} "{holder}"',
        createEscalation: 'Create escalation path "{path}" and link it',
        addChannelOwner: 'Make "{owner}" the owner of this channel',
        createDefinition: 'Create {kind} "{name}"',
        removeDefinition: 'Remove the unused {kind} "{name}"',
    },
} as const;

const catalogue = defineMessages('server.ruleMessages', ruleMessagesSource, { 'zh-TW': ruleMessagesZhTw, pl: ruleMessagesPl });

/** Every rule's texts; the other catalogues' groups stay live (each text is read in the active locale). */
export const ruleTexts: Readonly<Record<string, CodeTexts>> = { ...peopleRuleTexts, ...gapRuleTexts, ...responseRuleTexts, ...catalogue.ruleTexts };
export const rulesIndexTexts = catalogue.rulesIndexTexts;
export const configMessages = catalogue.configMessages;
export const thingKinds: Readonly<Record<string, string>> = catalogue.thingKinds;
export const thingTexts = catalogue.thingTexts;
export const ruleMessages = catalogue.ruleMessages;
export const unnamed = catalogue.unnamed;
export const fixTitles = catalogue.fixTitles;
export const thing = catalogue.thingTexts.thing;
