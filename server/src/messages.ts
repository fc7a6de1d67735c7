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
};

/** Sentences of the linker. */
export const linkingMessages = {
    undefinedName: (p: { kind: string; name: string }) =>
        `No ${p.kind} named "${p.name}" is defined here or in the organisation files. Check the spelling, or define it.`,
} as const;
