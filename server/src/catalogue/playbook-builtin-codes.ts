import type { CodeFacts } from './playbook-code-info.js';

/** The code of problems in playbook.config.yaml, in the CLI's report and on the file in the editor. */
export const CONFIG_PROBLEM_CODE = 'invalid-config';

/**
 * The codes that are not rules: the file could not be read as written (lexing, parsing,
 * linking, a literal, a limit) or the configuration is wrong. They are always errors and can
 * be neither turned off nor suppressed. Langium names the first three (DocumentValidator).
 */
export const BUILTIN_CODES: readonly CodeFacts[] = Object.freeze([
    { id: 'lexing-error', kind: 'syntax', defaultLevel: 'error', options: {} },
    { id: 'parsing-error', kind: 'syntax', defaultLevel: 'error', options: {} },
    { id: 'linking-error', kind: 'linking', defaultLevel: 'error', options: {} },
    { id: 'unresolved-import', kind: 'linking', defaultLevel: 'error', options: {} },
    { id: 'import-outside-workspace', kind: 'linking', defaultLevel: 'error', options: {} },
    { id: 'invalid-date', kind: 'literal', defaultLevel: 'error', options: {} },
    { id: 'file-too-large', kind: 'limit', defaultLevel: 'error', options: {} },
    { id: CONFIG_PROBLEM_CODE, kind: 'configuration', defaultLevel: 'error', options: {} },
] satisfies CodeFacts[]);
