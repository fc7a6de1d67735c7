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
        `The ${p.drill} drill has never run. Run it and record the day with "last YYYY-MM-DD".`,
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
