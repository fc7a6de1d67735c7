import { promises as fs } from 'node:fs';
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

/**
 * Loads the config (`--config FILE`, else the nearest playbook.config.yaml above the working
 * directory, else the defaults) and merges `--rule ID=LEVEL` overrides into it. Returns a usage
 * error message instead when an option is wrong.
 */
export async function loadConfig(cwd: string, explicit: string | undefined, overrides: readonly string[]): Promise<LoadedConfig | { usage: string }> {
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
    const file = explicit === undefined ? findConfigFile(cwd) : path.resolve(cwd, explicit);
    if (file === undefined) {
        return { config: { ...DEFAULT_CONFIG, rules }, ignore: new IgnoreRules(cwd, []), findings: [] };
    }
    const shown = shownPath(file, cwd);
    let text: string;
    try {
        text = await fs.readFile(file, 'utf8');
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
