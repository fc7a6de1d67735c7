import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type YAMLMap as YamlMap } from 'yaml';
import { closest } from '../catalogue/playbook-closest.js';
import { isLevelSetting, LEVEL_SETTINGS, type LevelSetting } from '../catalogue/playbook-levels.js';
import type { RuleOptionSpec } from '../catalogue/playbook-code-info.js';
import { findRule, suggestRuleId } from '../validation/playbook-code-catalogue.js';
import { configMessages } from '../validation/rule-messages.js';

/** The configuration file the CLI and the language server look for. */
export const CONFIG_FILE_NAME = 'playbook.config.yaml';

/** A configured option value: a choice's word or a boolean. */
export type RuleOptionSetting = string | boolean;

/** What playbook.config.yaml says: rule levels (or off), rule options, files to skip, extra critical roles. */
export interface PlaybookConfig {
    rules: Record<string, LevelSetting>;
    /** The options set for each rule (`no-backup: { roles: all-owners }`); unset options take their defaults. */
    ruleOptions?: Record<string, Record<string, RuleOptionSetting>>;
    ignore: string[];
    criticalRoles: string[];
}

/** The configuration when there is no file: every rule at its default level. */
export const DEFAULT_CONFIG: PlaybookConfig = Object.freeze({
    rules: Object.freeze({}) as Record<string, LevelSetting>,
    ignore: Object.freeze([]) as unknown as string[],
    criticalRoles: Object.freeze([]) as unknown as string[],
});

/** A mistake in the configuration file, located with 1-based lines and columns. */
export interface ConfigProblem {
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}

/** The keys of the file: the rules' levels and options, then the two lists of strings. */
export const CONFIG_KEYS = ['rules', 'ignore', 'criticalRoles'] as const;

/** The keys whose value is a list of non-blank strings. */
export const STRING_LIST_KEYS = ['ignore', 'criticalRoles'] as const satisfies ReadonlyArray<typeof CONFIG_KEYS[number]>;

/** Parses the text of playbook.config.yaml; every mistake becomes a located problem, never a silent default. */
export function parseConfig(text: string): { config: PlaybookConfig; problems: ConfigProblem[] } {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const problems: ConfigProblem[] = [];
    const at = (start: number, end: number, message: string) => problems.push(locate(lineCounter, start, end, message));
    const config: PlaybookConfig = { rules: {}, ignore: [], criticalRoles: [] };
    for (const error of [...doc.errors, ...doc.warnings]) {
        at(error.pos[0], error.pos[1], configMessages.yamlError({ detail: error.message.split('\n')[0] ?? '' }));
    }
    if (doc.errors.length > 0) {
        return { config, problems };
    }
    const root = doc.contents;
    // An empty file (or one of comments, or `~`) is the defaults; any other scalar is not a configuration.
    if (root === null || (isScalar(root) && root.value === null)) {
        return { config, problems };
    }
    if (!isMap(root)) {
        at(...span(root), configMessages.notAMapping);
        return { config, problems };
    }
    for (const pair of root.items) {
        const keyNode = pair.key as YamlNode | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : '';
        const value = pair.value as YamlNode | null;
        if (!(CONFIG_KEYS as readonly string[]).includes(key)) {
            at(...span(keyNode), configMessages.unknownKey({ key }));
        } else if (key === 'rules') {
            readRules(value, keyNode, config, at);
        } else {
            const list = readStringList(key, value, keyNode, at);
            config[key as typeof STRING_LIST_KEYS[number]] = list;
        }
    }
    return { config, problems };
}

type At = (start: number, end: number, message: string) => void;

function readRules(value: YamlNode | null, keyNode: YamlNode | null, config: PlaybookConfig, at: At): void {
    if (value === null || (isScalar(value) && value.value === null)) {
        return;
    }
    if (!isMap(value)) {
        at(...span(value ?? keyNode), configMessages.rulesNotAMapping);
        return;
    }
    for (const pair of value.items) {
        const idNode = pair.key as YamlNode | null;
        const id = isScalar(idNode) ? String(idNode.value) : '';
        const settingNode = pair.value as YamlNode | null;
        if (!findRule(id)) {
            const near = suggestRuleId(id);
            at(...span(idNode), configMessages.unknownRule({ id, suggestion: near ? configMessages.didYouMean({ id: near }) : configMessages.seeRuleList }));
        } else if (isMap(settingNode)) {
            readRuleSettings(id, settingNode, config, at);
        } else {
            const level = readLevel(id, settingNode, idNode, at);
            if (level) {
                config.rules[id] = level;
            }
        }
    }
}

/** A level word (`error`, `warning`, `info`, `hint`, `off`), or a located problem. */
function readLevel(id: string, node: YamlNode | null, keyNode: YamlNode | null, at: At): LevelSetting | undefined {
    const level = isScalar(node) ? node.value : undefined;
    if (isLevelSetting(level)) {
        return level;
    }
    at(...span(node ?? keyNode), configMessages.badLevel({ id, value: isScalar(node) ? String(node.value) : '', levels: LEVEL_SETTINGS.join(', ') }));
    return undefined;
}

/** `no-backup: { level: warning, roles: all-owners }`: the level and the rule's options, each checked against the catalogue. */
function readRuleSettings(id: string, map: YamlMap, config: PlaybookConfig, at: At): void {
    const specs = findRule(id)!.options;
    const names = ['level', ...Object.keys(specs)];
    const options: Record<string, RuleOptionSetting> = {};
    for (const pair of map.items) {
        const keyNode = pair.key as YamlNode | null;
        const key = isScalar(keyNode) ? String(keyNode.value) : '';
        const valueNode = pair.value as YamlNode | null;
        const spec = specs[key];
        if (key === 'level') {
            const level = readLevel(id, valueNode, keyNode, at);
            if (level) {
                config.rules[id] = level;
            }
        } else if (!spec) {
            const near = closest(key, names);
            const known = names.map(n => `"${n}"`).join(', ');
            at(...span(keyNode), near
                ? configMessages.unknownOptionHint({ id, option: key, suggestion: near, known })
                : configMessages.unknownOption({ id, option: key, known }));
        } else {
            const setting = readOption(id, key, spec, valueNode, keyNode, at);
            if (setting !== undefined) {
                options[key] = setting;
            }
        }
    }
    if (Object.keys(options).length > 0) {
        config.ruleOptions = { ...config.ruleOptions, [id]: options };
    }
}

function readOption(id: string, option: string, spec: RuleOptionSpec, node: YamlNode | null, keyNode: YamlNode | null, at: At): RuleOptionSetting | undefined {
    const value = isScalar(node) ? node.value : undefined;
    if (spec.type === 'boolean') {
        if (typeof value === 'boolean') {
            return value;
        }
        at(...span(node ?? keyNode), configMessages.badBooleanOption({ id, option, value: String(value ?? '') }));
        return undefined;
    }
    if (typeof value === 'string' && spec.choices.includes(value)) {
        return value;
    }
    const text = String(value ?? '');
    const near = closest(text, spec.choices);
    const choices = spec.choices.join(', ');
    at(...span(node ?? keyNode), near
        ? configMessages.badChoiceOptionHint({ id, option, value: text, choices, suggestion: near })
        : configMessages.badChoiceOption({ id, option, value: text, choices }));
    return undefined;
}

function readStringList(key: string, value: YamlNode | null, keyNode: YamlNode | null, at: At): string[] {
    if (value === null || (isScalar(value) && value.value === null)) {
        return [];
    }
    if (!isSeq(value)) {
        at(...span(value ?? keyNode), configMessages.notAStringList({ key }));
        return [];
    }
    const list: string[] = [];
    for (const item of value.items as Array<YamlNode | null>) {
        if (!isScalar(item) || typeof item.value !== 'string') {
            at(...span(item ?? value), configMessages.notAString({ key }));
        } else if (item.value.trim() === '') {
            at(...span(item), configMessages.emptyString({ key }));
        } else {
            list.push(item.value);
        }
    }
    return list;
}

function span(node: YamlNode | null | undefined): [number, number] {
    const range = node?.range;
    return range ? [range[0], Math.max(range[1], range[0])] : [0, 0];
}

function locate(lineCounter: LineCounter, start: number, end: number, message: string): ConfigProblem {
    const from = lineCounter.linePos(start);
    const to = lineCounter.linePos(Math.max(end, start));
    return { message, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** Walks up from `startDir` to the file system root; returns the first playbook.config.yaml found. */
export function findConfigFile(startDir: string): string | undefined {
    let dir = path.resolve(startDir);
    for (;;) {
        const candidate = path.join(dir, CONFIG_FILE_NAME);
        if (existsSync(candidate) && statSync(candidate).isFile()) {
            return candidate;
        }
        const parent = path.dirname(dir);
        if (parent === dir) {
            return undefined;
        }
        dir = parent;
    }
}

/** The level a rule reports with under this configuration: configured, or its default; `off` silences it. */
export function effectiveLevel(config: PlaybookConfig, ruleId: string): LevelSetting | undefined {
    return config.rules[ruleId] ?? findRule(ruleId)?.defaultLevel;
}
