import { snippetDescriptions } from '../messages.js';

/**
 * Snippets for whole blocks, with tab stops. The server offers each one where its first
 * keyword is valid; snippets/playbook.json holds the same snippets for editors that read
 * snippet files (a test keeps the two equal). Bodies indent with two spaces, as the formatter
 * and the samples do; `${CURRENT_YEAR}`... are VS Code snippet variables.
 */
export interface PlaybookSnippet {
    /** The grammar rule whose first keyword the snippet writes. */
    rule: string;
    /** The keyword typed to reach it (VS Code's snippet prefix). */
    prefix: string;
    /** Shown as the completion label: the keyword and an ellipsis for the block. */
    label: string;
    /** What the snippet writes, in the active locale (server/src/messages.ts). */
    readonly description: string;
    body: string[];
}

const WEEKDAYS = 'monday,tuesday,wednesday,thursday,friday,saturday,sunday';

/** Every snippet, in the order they are listed in snippets/playbook.json. */
export const PLAYBOOK_SNIPPETS: readonly PlaybookSnippet[] = [
    {
        rule: 'Playbook', prefix: 'playbook', label: 'playbook {…}',
        get description() { return snippetDescriptions.playbook; },
        body: [
            'playbook ${1:name} "${2:Title}" {',
            '  owner ${3:commander}',
            '  reviewed ${4:${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}} every ${5:90d}',
            '',
            '  severity ${6:sev1} "${7:Most severe}" {',
            '    respond within ${8:15m}',
            '    resolve within ${9:4h}',
            '    escalation ${10:on-call}',
            '  }',
            '',
            '  escalation ${10:on-call} {',
            '    level 1 notify ${11:commander}',
            '    level 2 after ${12:10m} notify ${13:deputy}',
            '  }',
            '',
            '  phase ${14:identify} "${15:Identify}" {',
            '    step ${16:confirm} "${17:Confirm the event}" owner ${3:commander} within ${18:30m}',
            '  }',
            '  $0',
            '}',
        ],
    },
    {
        rule: 'Role', prefix: 'role', label: 'role {…}',
        get description() { return snippetDescriptions.role; },
        body: [
            'role ${1:name} "${2:Title}" {',
            '  section ${3|command,planning,logistics,operations,finance|}',
            '  duty "${4:What this role does}"',
            '}',
            '$0',
        ],
    },
    {
        rule: 'Person', prefix: 'person', label: 'person {…}',
        get description() { return snippetDescriptions.person; },
        body: [
            'person ${1:name} "${2:Full name}" {',
            '  phone "${3:+1 555 0100}"',
            '  email "${4:name@example.com}"',
            '  timezone "${5:Europe/Warsaw}"',
            '}',
            '$0',
        ],
    },
    {
        rule: 'Rotation', prefix: 'rotation', label: 'rotation {…}',
        get description() { return snippetDescriptions.rotation; },
        body: [
            'rotation ${1:name} "${2:Title}" {',
            '  members ${3:first}, ${4:second}',
            `  handoff every \${5:1w} on \${6|${WEEKDAYS}|} at \${7:09:00} "\${8:Europe/Warsaw}"`,
            '  covers ${9|24x7,business-hours|}',
            '}',
            '$0',
        ],
    },
    {
        rule: 'EscalationPath', prefix: 'escalation', label: 'escalation {…}',
        get description() { return snippetDescriptions.escalationPath; },
        body: [
            'escalation ${1:name} {',
            '  level 1 notify ${2:on-call}',
            '  level 2 after ${3:10m} notify ${4:commander}',
            '}',
            '$0',
        ],
    },
    {
        rule: 'Phase', prefix: 'phase', label: 'phase {…}',
        get description() { return snippetDescriptions.phase; },
        body: [
            'phase ${1:name} "${2:Title}" {',
            '  step ${3:first} "${4:What to do}" owner ${5:commander} within ${6:30m}',
            '}',
            '$0',
        ],
    },
    {
        rule: 'Step', prefix: 'step', label: 'step {…}',
        get description() { return snippetDescriptions.step; },
        body: [
            'step ${1:name} "${2:What to do}" owner ${3:commander} within ${4:30m} {',
            '  check "${5:Done when}"',
            '}',
            '$0',
        ],
    },
    {
        rule: 'Decision', prefix: 'decide', label: 'decide {…}',
        get description() { return snippetDescriptions.decision; },
        body: [
            'decide ${1:name} "${2:Question?}" owner ${3:commander} {',
            '  yes goto ${4:step}',
            '  no goto ${5:step}',
            '}',
            '$0',
        ],
    },
];

/** The snippets in VS Code's snippet-file format (the content of snippets/playbook.json). */
export function snippetFile(): Record<string, { prefix: string; description: string; body: string[] }> {
    return Object.fromEntries(PLAYBOOK_SNIPPETS.map(s => [s.label, { prefix: s.prefix, description: s.description, body: s.body }]));
}
