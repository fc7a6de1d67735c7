import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CONFIG, findConfigFile, parseConfig, type PlaybookConfig } from '../../server/src/config/playbook-config.js';
import { CONFIG_PROBLEM_CODE } from '../../server/src/catalogue/playbook-builtin-codes.js';
import { isLevelSetting, type LevelSetting } from '../../server/src/catalogue/playbook-levels.js';
import { findRule, suggestRuleId } from '../../server/src/validation/playbook-code-catalogue.js';
import type { Finding } from './check.js';
import { describeError, shownPath } from './files.js';
import { IgnoreRules } from './ignore.js';
import { messages } from './messages.js';

export { CONFIG_PROBLEM_CODE };

/** The configuration a command runs under, where it came from, and what was wrong with it. */
export interface LoadedConfig {
    config: PlaybookConfig;
    ignore: IgnoreRules;
    /** The config file as shown to the user, when one was used. */
    file?: string;
    /** Mistakes in the config file, located in it; they make the run an input error (exit 2). */
    findings: Finding[];
}

/** Parses `--rule ID=LEVEL` options into rule levels, or says which one is wrong. */
export function parseRuleOverrides(overrides: readonly string[]): { rules: Record<string, LevelSetting> } | { usage: string } {
    const rules: Record<string, LevelSetting> = {};
    for (const override of overrides) {
        const match = /^([^=]+)=(.*)$/.exec(override);
        if (!match || !isLevelSetting(match[2])) {
            return { usage: messages.badRuleOption({ value: override }) };
        }
        const id = match[1]!.trim();
        if (!findRule(id)) {
            const suggestion = suggestRuleId(id);
            return { usage: suggestion ? messages.unknownRuleHint({ id, suggestion }) : messages.unknownRule({ id }) };
        }
        rules[id] = match[2];
    }
    return { rules };
}

/**
 * Reads one config file (or, with none, the defaults, ignore patterns relative to `baseDir`) and
 * merges the `--rule` levels into it. `explicit` is the path as given to `--config`, when it was.
 * Synchronous: a config is a few lines, and each folder's is read once.
 */
export function readConfig(file: string | undefined, cwd: string, baseDir: string, rules: Readonly<Record<string, LevelSetting>>, explicit?: string): LoadedConfig | { usage: string } {
    if (file === undefined) {
        return { config: { ...DEFAULT_CONFIG, rules: { ...rules } }, ignore: new IgnoreRules(baseDir, []), findings: [] };
    }
    const shown = shownPath(file, cwd);
    let text: string;
    try {
        text = readFileSync(file, 'utf8');
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (explicit !== undefined && code === 'ENOENT') {
            return { usage: messages.configNotFound({ path: explicit }) };
        }
        return { usage: messages.unreadable({ path: shown, reason: describeError(error as NodeJS.ErrnoException) }) };
    }
    const parsed = parseConfig(text);
    const findings = parsed.problems.map((p): Finding => ({
        file: shown, line: p.line, column: p.column, endLine: p.endLine, endColumn: p.endColumn,
        severity: 'error', message: p.message, code: CONFIG_PROBLEM_CODE,
    }));
    const config: PlaybookConfig = { ...parsed.config, rules: { ...parsed.config.rules, ...rules } };
    return { config, ignore: new IgnoreRules(path.dirname(file), config.ignore), file: shown, findings };
}

/**
 * Loads the config (`--config FILE`, else the nearest playbook.config.yaml above the working
 * directory, else the defaults) and merges `--rule ID=LEVEL` overrides into it. Returns a usage
 * error message instead when an option is wrong.
 */
export async function loadConfig(cwd: string, explicit: string | undefined, overrides: readonly string[]): Promise<LoadedConfig | { usage: string }> {
    const parsed = parseRuleOverrides(overrides);
    if ('usage' in parsed) {
        return parsed;
    }
    const file = explicit === undefined ? findConfigFile(cwd) : path.resolve(cwd, explicit);
    return readConfig(file, cwd, cwd, parsed.rules, explicit);
}
