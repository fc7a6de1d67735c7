/**
 * What a client says about itself when it starts the server (LSP `initializationOptions`).
 * The VS Code extension contributes snippets/playbook.json statically (they work before the
 * server is up), so it asks the server not to offer the same snippets again as completion items.
 */
export interface PlaybookInitializationOptions {
    snippetsContributed?: boolean;
    /** The `playbook.configFile` setting: the rule configuration's path, relative to the workspace folder. */
    configFile?: string;
}

/** The kinds of JSON value, to say what a setting should be and what it was. */
export type JsonKind = 'string' | 'boolean' | 'number' | 'array' | 'object' | 'null';

/** Each option's kind, and the setting a user changes to fix it (the VS Code client fills the options from its settings). */
export const INITIALIZATION_OPTIONS: Readonly<Record<keyof PlaybookInitializationOptions, { kind: JsonKind; setting: string }>> = {
    snippetsContributed: { kind: 'boolean', setting: 'initializationOptions.snippetsContributed' },
    configFile: { kind: 'string', setting: 'playbook.configFile' },
};

/** An option of the wrong kind: it is left out, so the server runs with that option's default. */
export interface InitializationOptionProblem {
    setting: string;
    expected: JsonKind;
    actual: JsonKind;
}

/** The kind of a JSON value. */
export function jsonKind(value: unknown): JsonKind {
    if (value === null) return 'null';
    if (Array.isArray(value)) return 'array';
    const kind = typeof value;
    return kind === 'string' || kind === 'boolean' || kind === 'number' ? kind : 'object';
}

/**
 * Reads what a client sent as initialization options, trusting nothing: options of the wrong
 * kind are left out and reported (never thrown: a setting typed wrong must not stop the server),
 * unset and null ones are left out silently, unknown ones are ignored (newer clients may send more).
 */
export function readInitializationOptions(value: unknown): { options: PlaybookInitializationOptions; problems: InitializationOptionProblem[] } {
    if (value === undefined || value === null) {
        return { options: {}, problems: [] };
    }
    if (jsonKind(value) !== 'object') {
        return { options: {}, problems: [{ setting: 'initializationOptions', expected: 'object', actual: jsonKind(value) }] };
    }
    const sent = value as Record<string, unknown>;
    const options: Record<string, unknown> = {};
    const problems: InitializationOptionProblem[] = [];
    for (const [name, { kind, setting }] of Object.entries(INITIALIZATION_OPTIONS)) {
        const option = sent[name];
        if (option === undefined || option === null) continue;
        if (jsonKind(option) === kind) {
            options[name] = option;
        } else {
            problems.push({ setting, expected: kind, actual: jsonKind(option) });
        }
    }
    return { options: options as PlaybookInitializationOptions, problems };
}
