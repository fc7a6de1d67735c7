import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { configMessages } from '../validation/rule-messages.js';
import { findRule, RULES, type RuleSeverity } from '../validation/rules.js';
import { closestName } from './playbook-closest-name.js';

/** The configuration file the CLI and the language server look for. */
export const CONFIG_FILE_NAME = 'playbook.config.yaml';

/** What playbook.config.yaml says: rule severities (or off), files to skip, extra critical roles. */
export interface PlaybookConfig {
    rules: Record<string, RuleSeverity | 'off'>;
    ignore: string[];
    criticalRoles: string[];
}

/** The configuration when there is no file: every rule at its default severity. */
export const DEFAULT_CONFIG: PlaybookConfig = Object.freeze({
    rules: Object.freeze({}) as Record<string, RuleSeverity | 'off'>,
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

const SEVERITY_VALUES: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'hint', 'off']);
const KEYS = ['rules', 'ignore', 'criticalRoles'] as const;

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
    if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) {
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
        if (!(KEYS as readonly string[]).includes(key)) {
            at(...span(keyNode), configMessages.unknownKey({ key }));
        } else if (key === 'rules') {
            readRules(value, keyNode, config, at);
        } else {
            const list = readStringList(key, value, keyNode, at);
            config[key as 'ignore' | 'criticalRoles'] = list;
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
        const severityNode = pair.value as YamlNode | null;
        if (!findRule(id)) {
            const near = closestName(id, RULES.map(r => r.id));
            at(...span(idNode), configMessages.unknownRule({ id, suggestion: near ? configMessages.didYouMean({ id: near }) : configMessages.seeRuleList }));
            continue;
        }
        const severity = isScalar(severityNode) ? severityNode.value : undefined;
        if (typeof severity !== 'string' || !SEVERITY_VALUES.has(severity)) {
            at(...span(severityNode ?? idNode), configMessages.badSeverity({ id, value: isScalar(severityNode) ? String(severityNode.value) : '' }));
            continue;
        }
        config.rules[id] = severity as RuleSeverity | 'off';
    }
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

/** The severity a rule reports with under this configuration: configured, or its default; `off` silences it. */
export function effectiveSeverity(config: PlaybookConfig, ruleId: string): RuleSeverity | 'off' | undefined {
    return config.rules[ruleId] ?? findRule(ruleId)?.defaultSeverity;
}
