import type { CodeTexts } from './catalogue/playbook-code-info.js';
import { defineMessages } from '../../l10n/src/index.js';
import { serverMessagesPl } from './messages.pl.js';
import { serverMessagesZhTw } from './messages.zh-TW.js';

// ---------------------------------------------------------------------------------
// Editor: hover, completion, code lens, inlay hints, rename (server/src/lsp)
// ---------------------------------------------------------------------------------







// ---------------------------------------------------------------------------------
// Runner model request (server/src/model)
// ---------------------------------------------------------------------------------


// ---------------------------------------------------------------------------------
// Robustness: limits of what the language reads (server/src/language)
// ---------------------------------------------------------------------------------

export const serverMessagesSource = {
    /**
     * Every user-facing sentence of the language core (diagnostics), in one place so that it can
     * be translated. Each entry is a whole sentence with named placeholders: never build a
     * message from fragments.
     */
    messages: {
        unresolvedImport: 'Cannot find the imported file "{path}". Check the path: it is relative to this file.',
        importOutsideWorkspace: 'The imported file "{path}" is outside the workspace. Move it into the workspace or copy what you need.',
        invalidDate: '"{text}" is not a calendar date. Write dates as YYYY-MM-DD, for example 2026-10-01.',
    },
    /**
     * The texts of the codes that are not rules (see catalogue/playbook-builtin-codes.ts): a title,
     * one line and a paragraph, for `playbook rules`, SARIF descriptors and the docs index.
     */
    codeTexts: {
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
    },
    /** How the parser names what it expected; keywords are shown as written. */
    tokenDescriptions: {
        ID: 'a name',
        STRING: 'a quoted string',
        DURATION: 'a duration such as 10m or 1h30m',
        DATE: 'a date such as 2026-10-01',
        TIME: 'a time such as 09:00',
        INT: 'a number',
    },
    /** Sentences of the parser and lexer. */
    syntaxMessages: {
        expectedButFound: 'Expected {expected} but found {found}.',
        expectedOneOfButFound: 'Expected one of {expected} but found {found}.',
        expectedEndButFound: 'Expected the end of the file but found {found}. Is a brace "\'}\'" missing or one too many?',
        found: '"{image}"',
        foundEnd: 'the end of the file',
        unexpectedCharacters: 'Unexpected character "{text}". Names use letters, digits, "_" and "-"; prose belongs in "double quotes".',
        listSeparator: ', ',
        // Common slips, each with what to write instead (issue 15.4).
        durationRange: '"{text}" is a range, and a duration is one value: pick one duration, for example "{first}".',
        durationNeedsUnit: 'A duration has its unit attached: write "{number}m" (or h, d, w, s). Business time is written "{number} business-days" where the language allows it.',
        oneOwner: 'Only one owner fits here, but {found} follows it. To share the work, make the owner a team, or give the role a backup with "assign <role> to <holder> backup <holder>".',
        // What a keyword wants next, when it is a reference: "a severity after "then"" (issue 15.4).
        expectedAfterButFound: 'Expected {expected} after "{keyword}" but found {found}.',
        eitherOf: '{first} or {last}',
        commaNotAnd: 'Use a comma between items ("alice, bob"), not "and".',
    },
    /** What each kind of reference is called where the parser expected one, with its article. */
    referenceDescriptions: {
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
    },
    /** What each kind of reference is called in an "undefined name" message. */
    referenceKinds: {
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
    },
    /** Sentences of the linker. */
    linkingMessages: {
        undefinedName: 'No {kind} named "{name}" is defined here or in the organisation files. Check the spelling, or define it.',
    },
    /** What each kind of definition is called in hover headings and completion details. */
    definitionKinds: {
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
    },
    /** Lines of hovers and completion documentation (Markdown); each line is whole on its own. */
    hoverMessages: {
        heading: '**{kind}** `{name}`: {title}',
        headingUntitled: '**{kind}** `{name}`',
        section: 'Section: {section}',
        critical: 'Critical: this role needs a backup holder.',
        aliases: 'Also called: {aliases}',
        duties: 'Duties:',
        listItem: '- {text}',
        heldBy: 'Held by: {holders}',
        backups: 'Backups: {backups}',
        noBackup: 'Backups: none',
        unassigned: 'Nobody holds this role.',
        heldByUnreachable: 'Held by: {holders}, but none of them has members: nobody can answer.',
        contact: '{kind}: {value}',
        timezone: 'Time zone: {timezone}',
        noContact: 'No way to reach this person is written down.',
        members: 'Members: {members}',
        handoff: 'Hand-off: {handoff}',
        covers: 'Covers: {coverage}',
        timeline: 'Timeline: {timeline}',
        timelineEntry: 'L{level} {at}',
        timelineSeparator: ' -> ',
        level: 'Level {level} at {at}: {targets}',
        repeat: '{times, plural, one {Repeats once.} other {Repeats # times.}}',
        then: 'Then continues with `{next}`.',
        noLevels: 'This path has no levels: nobody is notified.',
        respond: 'Respond within {duration}',
        resolve: 'Resolve within {duration}',
        updates: 'Updates every {duration}',
        escalation: 'Escalation: `{path}`',
        coverage: 'Coverage needed: {coverage}',
        noTargets: 'No response targets are set.',
        channel: '{kind}: {address}',
        owner: 'Owner: {owner}',
        channelBackup: 'Falls back on: `{backup}`',
        standby: 'Stand-by: used only during a crisis.',
        ownerRole: 'Owner: `{role}`, held by {holders}',
        ownerRoleUnassigned: 'Owner: `{role}`, held by nobody',
        within: 'Within {duration}',
        after: 'After: {items}',
        checks: 'Checks:',
        category: 'Category: {category}',
        source: 'Source: {source}',
        activatedBy: 'Activated by: {parties}',
        activatedAutomatically: 'Activated automatically.',
        owns: 'Owner: {owner}',
        reviewed: 'Reviewed: {date}',
        reviewedEvery: 'Reviewed: {date}, every {every}',
        itemCounts: 'Phases: {phases} · Steps and decisions: {steps}',
        holderWithTitle: '`{name}` ({title})',
        holderUntitled: '`{name}`',
        listSeparator: ', ',
        paragraphSeparator: `

`,
    },
    /** Titles of the code lenses above a playbook. */
    codeLensMessages: {
        runPlaybook: 'Run playbook',
        summary: 'Steps: {steps} · Roles: {roles} · Unassigned roles: 0',
        summaryWithUnassigned: 'Steps: {steps} · Roles: {roles} · Unassigned roles: {unassigned} ({names})',
    },
    /** Labels and tooltips of inlay hints. */
    inlayHintMessages: {
        escalationAt: 'at {at}',
        escalationAtTooltip: 'This level is notified {at} after the path starts (delays add up level by level).',
        heldBy: 'held by {holders}',
        heldByNobody: 'held by nobody',
        heldByNobodyReachable: 'held by {holders} (no members)',
        filledAtRunTime: 'filled during the incident',
        heldByTooltip: 'Who holds this role for this playbook, from the assignments of the playbook or of the organisation.',
    },
    /** Completion details and rename errors. */
    editorMessages: {
        keywordDetail: 'Keyword',
        durationUnit: 'Duration in {unit}',
        snippetDetail: 'Snippet: {what}',
        renameInvalidName: '"{name}" is not a valid name. A name starts with a letter or "_" and continues with letters of any script, digits, "_" or "-".',
        renameNothing: 'Only the names of definitions (people, roles, steps, channels...) can be renamed here.',
    },
    /** What each snippet writes, for completion details (server/src/lsp/playbook-snippets.ts). */
    snippetDescriptions: {
        playbook: 'A new playbook: owner, review date, a severity, its escalation path and a first phase.',
        role: 'A role with its ICS section and a duty.',
        person: 'A person with a phone, an email and a time zone.',
        rotation: 'An on-call rotation: members, weekly hand-off and coverage.',
        escalationPath: 'An escalation path with two levels.',
        phase: 'A phase with a first step.',
        step: 'A step with an owner, a time box and a check.',
        decision: 'A decision point with yes and no branches.',
    },
    /** Answers of the language server itself. */
    serverMessages: {
        requestCancelled: 'The request was cancelled before it started.',
        requestCancelledWhileWaiting: 'The request was cancelled while it waited for the document to be checked.',
    },
    /** Names of duration units for completion details. */
    durationUnitNames: {
        s: 'seconds', m: 'minutes', h: 'hours', d: 'days', w: 'weeks',
    },
    /** Answers of the `playbook/runnerModel` request when there is no model to give. */
    runnerModelMessages: {
        unknownDocument: 'The language server has not loaded {uri}.',
        noPlaybook: '{uri} defines no playbook to run.',
        unknownPlaybook: '{uri} has no playbook named "{name}"; it has: {names}.',
    },
    /** Sentences about inputs the language refuses to read. */
    robustnessMessages: {
        documentTooLarge: 'This file is {megabytes} MB; playbook files are read up to {limit} MB, so it was not checked. Split it into smaller files.',
        tooManySyntaxErrors:
            'This file has thousands of syntax errors in a row (for example a block opened thousands of times), so it was not read. Fix it from the top, or undo the last paste.',
    },
    /** Settings the client sent that the server cannot use (they are ignored; the server starts with their defaults). */
    settingsMessages: {
        wrongKind: 'The setting {setting} should be {expected}, not {actual}. It is ignored until it is fixed, and its default is used.',
        kinds: { string: 'a text', boolean: 'true or false', number: 'a number', array: 'a list', object: 'an object', null: 'empty' },
    },
} as const;

const catalogue = defineMessages('server.messages', serverMessagesSource, { 'zh-TW': serverMessagesZhTw, pl: serverMessagesPl });

export const messages = catalogue.messages;
export const codeTexts: Readonly<Record<string, CodeTexts>> = catalogue.codeTexts;
export const tokenDescriptions: Readonly<Record<string, string>> = catalogue.tokenDescriptions;
export const syntaxMessages = catalogue.syntaxMessages;
export const referenceDescriptions: Readonly<Record<string, string>> = catalogue.referenceDescriptions;
export const snippetDescriptions = catalogue.snippetDescriptions;
export const serverMessages = catalogue.serverMessages;
export const referenceKinds: Readonly<Record<string, string>> = catalogue.referenceKinds;
export const linkingMessages = catalogue.linkingMessages;
export const definitionKinds: Readonly<Record<string, string>> = catalogue.definitionKinds;
export const hoverMessages = catalogue.hoverMessages;
export const codeLensMessages = catalogue.codeLensMessages;
export const inlayHintMessages = catalogue.inlayHintMessages;
export const editorMessages = catalogue.editorMessages;
export const durationUnitNames: Readonly<Record<string, string>> = catalogue.durationUnitNames;
export const runnerModelMessages = catalogue.runnerModelMessages;
export const robustnessMessages = catalogue.robustnessMessages;
export const settingsMessages = catalogue.settingsMessages;
