import type { CodeTexts } from './catalogue/playbook-code-info.js';

/**
 * Every user-facing sentence of the language core (diagnostics), in one place so that it can
 * be translated. Each entry is a whole sentence with named placeholders: never build a
 * message from fragments.
 */
export const messages = {
    unresolvedImport: (p: { path: string }) =>
        `Cannot find the imported file "${p.path}". Check the path: it is relative to this file.`,
    importOutsideWorkspace: (p: { path: string }) =>
        `The imported file "${p.path}" is outside the workspace. Move it into the workspace or copy what you need.`,
    invalidDate: (p: { text: string }) =>
        `"${p.text}" is not a calendar date. Write dates as YYYY-MM-DD, for example 2026-10-01.`,
} as const;

/**
 * The texts of the codes that are not rules (see catalogue/playbook-builtin-codes.ts): a title,
 * one line and a paragraph, for `playbook rules`, SARIF descriptors and the docs index.
 */
export const codeTexts: Readonly<Record<string, CodeTexts>> = {
    'lexing-error': {
        title: 'Unexpected character',
        shortDescription: 'The file contains a character that no word of the language can start with.',
        fullDescription: 'Names use letters, digits, "_" and "-"; prose belongs in "double quotes". The rest of the line is read as well as it can be, but nothing after the character is trusted.',
    },
    'parsing-error': {
        title: 'Syntax error',
        shortDescription: 'The text does not follow the grammar of the language: a word is missing, extra or in the wrong place.',
        fullDescription: 'The message names what was expected, in words ("a severity after `then`"), and for common slips what to write instead. Rules are not run on a block that failed to parse.',
    },
    'linking-error': {
        title: 'Undefined name',
        shortDescription: 'A name refers to nothing defined in this file, its imports or the organisation files.',
        fullDescription: 'Every reference (a role, person, team, rotation, severity, channel, escalation path, step) must name a definition. Check the spelling, or define it.',
    },
    'unresolved-import': {
        title: 'Unresolved import',
        shortDescription: 'An `import` names a file that does not exist in the workspace.',
        fullDescription: 'Import paths are relative to the importing file. The definitions of a missing file cannot be used, so references to them are reported too.',
    },
    'import-outside-workspace': {
        title: 'Import outside the workspace',
        shortDescription: 'An `import` names a file outside the workspace.',
        fullDescription: 'A playbook may only import files of its own workspace, so that checking it never reads other files of the machine.',
    },
    'invalid-date': {
        title: 'Invalid date',
        shortDescription: 'A date is shaped YYYY-MM-DD but names no calendar day (2026-02-30).',
        fullDescription: 'Dates (reviews, drills, hand-offs) are written as YYYY-MM-DD and must exist in the calendar, or date-based rules cannot compute what is due.',
    },
    'file-too-large': {
        title: 'File too large',
        shortDescription: 'The file is larger than the 10 MB that playbook files are read up to.',
        fullDescription: 'A larger file is not read at all, in the editor or in CI, so that one file cannot take minutes and gigabytes. Split it into smaller files.',
    },
    'invalid-config': {
        title: 'Invalid configuration',
        shortDescription: 'playbook.config.yaml has a mistake: invalid YAML, an unknown key, rule or option, or a wrong value.',
        fullDescription: 'The CLI stops with exit status 2 and the editor shows the problem on the configuration file, so that a misspelt rule id never silently changes what is checked.',
    },
};

/** How the parser names what it expected; keywords are shown as written. */
export const tokenDescriptions: Readonly<Record<string, string>> = {
    ID: 'a name',
    STRING: 'a quoted string',
    DURATION: 'a duration such as 10m or 1h30m',
    DATE: 'a date such as 2026-10-01',
    TIME: 'a time such as 09:00',
    INT: 'a number',
};

/** Sentences of the parser and lexer. */
export const syntaxMessages = {
    expectedButFound: (p: { expected: string; found: string }) => `Expected ${p.expected} but found ${p.found}.`,
    expectedOneOfButFound: (p: { expected: string; found: string }) => `Expected one of ${p.expected} but found ${p.found}.`,
    expectedEndButFound: (p: { found: string }) => `Expected the end of the file but found ${p.found}. Is a brace "}" missing or one too many?`,
    found: (p: { image: string }) => `"${p.image}"`,
    foundEnd: 'the end of the file',
    unexpectedCharacters: (p: { text: string }) => `Unexpected character "${p.text}". Names use letters, digits, "_" and "-"; prose belongs in "double quotes".`,
    listSeparator: ', ',
    // Common slips, each with what to write instead (issue 15.4).
    durationRange: (p: { text: string; first: string }) =>
        `"${p.text}" is a range, and a duration is one value: pick one duration, for example "${p.first}".`,
    durationNeedsUnit: (p: { number: string }) =>
        `A duration has its unit attached: write "${p.number}m" (or h, d, w, s). Business time is written "${p.number} business-days" where the language allows it.`,
    oneOwner: (p: { found: string }) =>
        `Only one owner fits here, but ${p.found} follows it. To share the work, make the owner a team, or give the role a backup with "assign <role> to <holder> backup <holder>".`,
    commaNotAnd: 'Use a comma between items ("alice, bob"), not "and".',
    // What a keyword wants next, when it is a reference: "a severity after "then"" (issue 15.4).
    expectedAfterButFound: (p: { expected: string; keyword: string; found: string }) => `Expected ${p.expected} after "${p.keyword}" but found ${p.found}.`,
    eitherOf: (p: { first: string; last: string }) => `${p.first} or ${p.last}`,
} as const;

/** What each kind of reference is called in an "undefined name" message. */
export const referenceKinds: Readonly<Record<string, string>> = {
    Person: 'person',
    Team: 'team',
    Rotation: 'rotation',
    Role: 'role',
    Holder: 'person, team or rotation',
    Party: 'person, team, rotation or role',
    Severity: 'severity',
    EscalationPath: 'escalation path',
    Channel: 'channel',
    FlowItem: 'step or decision',
    Recipient: 'audience, person, team, rotation or role',
    Measure: 'measure',
    Parameter: 'parameter',
};

/** What each kind of reference is called where the parser expected one, with its article. */
export const referenceDescriptions: Readonly<Record<string, string>> = {
    Person: 'a person',
    Team: 'a team',
    Rotation: 'a rotation',
    Role: 'a role',
    Holder: 'a person, team or rotation',
    Party: 'a person, team, rotation or role',
    Severity: 'a severity',
    EscalationPath: 'an escalation path',
    Channel: 'a channel',
    FlowItem: 'a step or decision',
    Recipient: 'an audience, person, team, rotation or role',
    Measure: 'a measure',
    Parameter: 'a parameter',
    Calendar: 'a calendar',
    Qualification: 'a qualification',
    Exclusive: 'a role or rotation',
    Shared: 'a severity scale, communication plan or calendar',
};

/** Sentences of the linker. */
export const linkingMessages = {
    undefinedName: (p: { kind: string; name: string }) =>
        `No ${p.kind} named "${p.name}" is defined here or in the organisation files. Check the spelling, or define it.`,
} as const;

// ---------------------------------------------------------------------------------
// Editor: hover, completion, code lens, inlay hints, rename (server/src/lsp)
// ---------------------------------------------------------------------------------

/** What each kind of definition is called in hover headings and completion details. */
export const definitionKinds: Readonly<Record<string, string>> = {
    Person: 'Person',
    Team: 'Team',
    Rotation: 'On-call rotation',
    Role: 'Role',
    Playbook: 'Playbook',
    Severity: 'Severity',
    Trigger: 'Trigger',
    EscalationPath: 'Escalation path',
    Channel: 'Channel',
    Phase: 'Phase',
    Step: 'Step',
    Decision: 'Decision',
    Measure: 'Measure',
    NamedAudience: 'Audience',
    Parameter: 'Parameter',
    Procedure: 'Procedure',
    SubTeam: 'Sub-team',
};

/** Lines of hovers and completion documentation (Markdown); each line is whole on its own. */
export const hoverMessages = {
    heading: (p: { kind: string; name: string; title: string }) => `**${p.kind}** \`${p.name}\`: ${p.title}`,
    headingUntitled: (p: { kind: string; name: string }) => `**${p.kind}** \`${p.name}\``,
    section: (p: { section: string }) => `Section: ${p.section}`,
    critical: 'Critical: this role needs a backup holder.',
    aliases: (p: { aliases: string }) => `Also called: ${p.aliases}`,
    duties: 'Duties:',
    listItem: (p: { text: string }) => `- ${p.text}`,
    heldBy: (p: { holders: string }) => `Held by: ${p.holders}`,
    backups: (p: { backups: string }) => `Backups: ${p.backups}`,
    noBackup: 'Backups: none',
    unassigned: 'Nobody holds this role.',
    heldByUnreachable: (p: { holders: string }) => `Held by: ${p.holders}, but none of them has members: nobody can answer.`,
    contact: (p: { kind: string; value: string }) => `${p.kind}: ${p.value}`,
    timezone: (p: { timezone: string }) => `Time zone: ${p.timezone}`,
    noContact: 'No way to reach this person is written down.',
    members: (p: { members: string }) => `Members: ${p.members}`,
    handoff: (p: { handoff: string }) => `Hand-off: ${p.handoff}`,
    covers: (p: { coverage: string }) => `Covers: ${p.coverage}`,
    timeline: (p: { timeline: string }) => `Timeline: ${p.timeline}`,
    timelineEntry: (p: { level: number; at: string }) => `L${p.level} ${p.at}`,
    timelineSeparator: ' -> ',
    level: (p: { level: number; at: string; targets: string }) => `Level ${p.level} at ${p.at}: ${p.targets}`,
    repeat: (p: { times: number }) => `Repeats ${p.times} times.`,
    then: (p: { next: string }) => `Then continues with \`${p.next}\`.`,
    noLevels: 'This path has no levels: nobody is notified.',
    respond: (p: { duration: string }) => `Respond within ${p.duration}`,
    resolve: (p: { duration: string }) => `Resolve within ${p.duration}`,
    updates: (p: { duration: string }) => `Updates every ${p.duration}`,
    escalation: (p: { path: string }) => `Escalation: \`${p.path}\``,
    coverage: (p: { coverage: string }) => `Coverage needed: ${p.coverage}`,
    noTargets: 'No response targets are set.',
    channel: (p: { kind: string; address: string }) => `${p.kind}: ${p.address}`,
    owner: (p: { owner: string }) => `Owner: ${p.owner}`,
    channelBackup: (p: { backup: string }) => `Falls back on: \`${p.backup}\``,
    standby: 'Stand-by: used only during a crisis.',
    ownerRole: (p: { role: string; holders: string }) => `Owner: \`${p.role}\`, held by ${p.holders}`,
    ownerRoleUnassigned: (p: { role: string }) => `Owner: \`${p.role}\`, held by nobody`,
    within: (p: { duration: string }) => `Within ${p.duration}`,
    after: (p: { items: string }) => `After: ${p.items}`,
    checks: 'Checks:',
    category: (p: { category: string }) => `Category: ${p.category}`,
    source: (p: { source: string }) => `Source: ${p.source}`,
    activatedBy: (p: { parties: string }) => `Activated by: ${p.parties}`,
    activatedAutomatically: 'Activated automatically.',
    owns: (p: { owner: string }) => `Owner: ${p.owner}`,
    reviewed: (p: { date: string }) => `Reviewed: ${p.date}`,
    reviewedEvery: (p: { date: string; every: string }) => `Reviewed: ${p.date}, every ${p.every}`,
    itemCounts: (p: { steps: number; phases: number }) => `Phases: ${p.phases} · Steps and decisions: ${p.steps}`,
    holderWithTitle: (p: { name: string; title: string }) => `\`${p.name}\` (${p.title})`,
    holderUntitled: (p: { name: string }) => `\`${p.name}\``,
    listSeparator: ', ',
    paragraphSeparator: '\n\n',
} as const;

/** Titles of the code lenses above a playbook. */
export const codeLensMessages = {
    runPlaybook: 'Run playbook',
    summary: (p: { steps: number; roles: number }) => `Steps: ${p.steps} · Roles: ${p.roles} · Unassigned roles: 0`,
    summaryWithUnassigned: (p: { steps: number; roles: number; unassigned: number; names: string }) =>
        `Steps: ${p.steps} · Roles: ${p.roles} · Unassigned roles: ${p.unassigned} (${p.names})`,
} as const;

/** Labels and tooltips of inlay hints. */
export const inlayHintMessages = {
    escalationAt: (p: { at: string }) => `at ${p.at}`,
    escalationAtTooltip: (p: { at: string }) => `This level is notified ${p.at} after the path starts (delays add up level by level).`,
    heldBy: (p: { holders: string }) => `held by ${p.holders}`,
    heldByNobody: 'held by nobody',
    heldByNobodyReachable: (p: { holders: string }) => `held by ${p.holders} (no members)`,
    filledAtRunTime: 'filled during the incident',
    heldByTooltip: 'Who holds this role for this playbook, from the assignments of the playbook or of the organisation.',
} as const;

/** Completion details and rename errors. */
export const editorMessages = {
    keywordDetail: 'Keyword',
    durationUnit: (p: { unit: string }) => `Duration in ${p.unit}`,
    snippetDetail: (p: { what: string }) => `Snippet: ${p.what}`,
    renameInvalidName: (p: { name: string }) =>
        `"${p.name}" is not a valid name. A name starts with a letter or "_" and continues with letters of any script, digits, "_" or "-".`,
    renameNothing: 'Only the names of definitions (people, roles, steps, channels...) can be renamed here.',
} as const;

/** Names of duration units for completion details. */
export const durationUnitNames: Readonly<Record<string, string>> = {
    s: 'seconds', m: 'minutes', h: 'hours', d: 'days', w: 'weeks',
};

// ---------------------------------------------------------------------------------
// Runner model request (server/src/model)
// ---------------------------------------------------------------------------------

/** Answers of the `playbook/runnerModel` request when there is no model to give. */
export const runnerModelMessages = {
    unknownDocument: (p: { uri: string }) => `The language server has not loaded ${p.uri}.`,
    noPlaybook: (p: { uri: string }) => `${p.uri} defines no playbook to run.`,
    unknownPlaybook: (p: { name: string; uri: string; names: string }) => `${p.uri} has no playbook named "${p.name}"; it has: ${p.names}.`,
} as const;

// ---------------------------------------------------------------------------------
// Robustness: limits of what the language reads (server/src/language)
// ---------------------------------------------------------------------------------

/** Sentences about inputs the language refuses to read. */
export const robustnessMessages = {
    documentTooLarge: (p: { megabytes: string; limit: number }) =>
        `This file is ${p.megabytes} MB; playbook files are read up to ${p.limit} MB, so it was not checked. Split it into smaller files.`,
    tooManySyntaxErrors:
        'This file has thousands of syntax errors in a row (for example a block opened thousands of times), so it was not read. Fix it from the top, or undo the last paste.',
} as const;

/** Settings the client sent that the server cannot use (they are ignored; the server starts with their defaults). */
export const settingsMessages = {
    wrongKind: (p: { setting: string; expected: string; actual: string }) =>
        `The setting ${p.setting} should be ${p.expected}, not ${p.actual}. It is ignored until it is fixed, and its default is used.`,
    kinds: { string: 'a text', boolean: 'true or false', number: 'a number', array: 'a list', object: 'an object', null: 'empty' },
} as const;
