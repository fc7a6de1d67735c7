/**
 * The one vocabulary of diagnostic levels ("how loudly a code reports"), and how each tool
 * spells a level. "Severity" is a word of the language (an incident's sev1, sev2…); in code the
 * loudness of a diagnostic is always a "level".
 */

/** The levels a diagnostic can have, loudest first. */
export const LEVELS = ['error', 'warning', 'info', 'hint'] as const;

/** How loudly a diagnostic reports. */
export type Level = typeof LEVELS[number];

/** What the configuration may set a code to: a level, or `off` to silence it. */
export type LevelSetting = Level | 'off';

/** Every word the configuration and `--rule ID=LEVEL` accept, in the order messages list them. */
export const LEVEL_SETTINGS: readonly LevelSetting[] = [...LEVELS, 'off'];

/** True when `text` is a level setting word (`error`, `warning`, `info`, `hint`, `off`). */
export function isLevelSetting(text: unknown): text is LevelSetting {
    return typeof text === 'string' && (LEVEL_SETTINGS as readonly string[]).includes(text);
}

/** LSP `DiagnosticSeverity` numbers (1 = Error … 4 = Hint), written out so that this floor imports nothing. */
export const LSP_LEVEL: Readonly<Record<Level, 1 | 2 | 3 | 4>> = { error: 1, warning: 2, info: 3, hint: 4 };

/** The level of an LSP diagnostic; a diagnostic without one is an error, as LSP clients read it. */
export function levelFromLsp(severity: number | undefined): Level {
    return LEVELS[(severity ?? 1) - 1] ?? 'error';
}

/** SARIF 2.1.0 `level` of a result or of a rule's default configuration. */
export const SARIF_LEVEL: Readonly<Record<LevelSetting, 'error' | 'warning' | 'note' | 'none'>> = {
    error: 'error', warning: 'warning', info: 'note', hint: 'note', off: 'none',
};

/** GitHub Actions workflow command that makes an annotation of this level. */
export const GITHUB_ANNOTATION: Readonly<Record<Level, 'error' | 'warning' | 'notice'>> = {
    error: 'error', warning: 'warning', info: 'notice', hint: 'notice',
};

/** The word the CLI prints for a finding of this level (the same word the configuration uses). */
export const CLI_LEVEL_WORD: Readonly<Record<Level, string>> = { error: 'error', warning: 'warning', info: 'info', hint: 'hint' };

/** Orders levels loudest first, for sorting and for "the worst level" questions. */
export function compareLevels(a: Level, b: Level): number {
    return LEVELS.indexOf(a) - LEVELS.indexOf(b);
}
