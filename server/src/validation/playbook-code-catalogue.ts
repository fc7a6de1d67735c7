import { BUILTIN_CODES } from '../catalogue/playbook-builtin-codes.js';
import { closest } from '../catalogue/playbook-closest.js';
import { codeDocsUrl, type CodeFacts, type CodeInfo, type CodeTexts, type RuleOptionSpecs } from '../catalogue/playbook-code-info.js';
import { codeTexts } from '../messages.js';
import { RULE_LIST } from './playbook-rule-list.js';
import { ruleTexts } from './rule-messages.js';

/**
 * THE catalogue of diagnostic codes: every code the CLI or the language server can report
 * (rules, syntax, linking, literals, limits, configuration), with its kind, default level,
 * options, texts and documentation page. `playbook rules`, SARIF descriptors, the config
 * validation, the config JSON Schema and the docs index (docs/rules/README.md) are all made from it.
 */

function entry(facts: CodeFacts, texts: CodeTexts | undefined): CodeInfo {
    // A missing text is a programming error caught by the catalogue test; the id keeps tools working.
    // The texts are read when asked for, so that they come in the active locale (docs/l10n.md).
    return Object.freeze({
        id: facts.id, kind: facts.kind, defaultLevel: facts.defaultLevel, options: facts.options,
        get title() { return texts?.title ?? facts.id; },
        get shortDescription() { return texts?.shortDescription ?? facts.id; },
        get fullDescription() { return texts?.fullDescription ?? facts.id; },
        docsUrl: codeDocsUrl(facts.id), configurable: facts.kind === 'rule',
    });
}

/** Every rule, in the stable order in which tools list them. */
export const RULES: readonly CodeInfo[] = Object.freeze(RULE_LIST.map(rule => entry({
    id: rule.id, kind: 'rule', defaultLevel: rule.defaultLevel, options: rule.options,
}, ruleTexts[rule.id])));

/** Every code: the rules, then the codes that are not rules. */
export const CODES: readonly CodeInfo[] = Object.freeze([
    ...RULES,
    ...BUILTIN_CODES.map(facts => entry(facts, codeTexts[facts.id])),
]);

/** The rule ids, in the stable order. */
export const RULE_IDS: readonly string[] = Object.freeze(RULES.map(r => r.id));

const codesById = new Map(CODES.map(code => [code.id, code]));

/** The code with this id, rule or not. */
export function findCode(id: string): CodeInfo | undefined {
    return codesById.get(id);
}

/** The rule with this id, or undefined when no rule has it (parse and linking codes are not rules). */
export function findRule(id: string): CodeInfo | undefined {
    const code = codesById.get(id);
    return code?.kind === 'rule' ? code : undefined;
}

/** True when `id` names a rule: a code that can be configured and suppressed. */
export function isRuleId(id: string): boolean {
    return findRule(id) !== undefined;
}

/** The options a rule takes (none for an unknown id). */
export function ruleOptionSpecs(id: string): RuleOptionSpecs {
    return findRule(id)?.options ?? {};
}

/** The rule id nearest to a misspelt one, for "did you mean" (config, `--rule`, suppression comments). */
export function suggestRuleId(id: string): string | undefined {
    return closest(id, RULE_IDS);
}
