import type { Diagnostic } from 'vscode-languageserver-types';
import { codeDocsUrl } from '../catalogue/playbook-code-info.js';
import { LSP_LEVEL } from '../catalogue/playbook-levels.js';
import { effectiveLevel, type PlaybookConfig } from '../config/playbook-config.js';
import { isRuleId, suggestRuleId } from './playbook-code-catalogue.js';
import { configMessages, ruleMessages } from './rule-messages.js';
import type { Suppression } from './playbook-suppressions.js';

/**
 * Applies the configuration and the suppression comments to a document's diagnostics, the
 * same way for the CLI and the language server: rules set to `off` disappear, configured
 * levels replace the levels the rules reported, suppressed findings disappear, and suppression comments
 * that are malformed or suppress nothing are reported. Parse and linking diagnostics are
 * not rules: they pass through untouched.
 */
export function applyPolicy(diagnostics: readonly Diagnostic[], suppressions: readonly Suppression[], config: PlaybookConfig): Diagnostic[] {
    const used = new Set<string>();
    const kept: Diagnostic[] = [];
    for (const diagnostic of diagnostics) {
        const code = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
        if (!code || !isRuleId(code)) {
            kept.push(diagnostic);
            continue;
        }
        // A configured level wins; otherwise the finding keeps the level its rule reported it at.
        const level = config.rules[code];
        if (level === 'off') {
            continue;
        }
        const suppressedBy = findSuppression(suppressions, code, diagnostic.range.start.line);
        if (suppressedBy) {
            used.add(suppressedBy);
            continue;
        }
        kept.push(level ? { ...diagnostic, severity: LSP_LEVEL[level] } : diagnostic);
    }
    for (const [s, suppression] of suppressions.entries()) {
        kept.push(...suppressionProblems(suppression, s, used, config));
    }
    return kept;
}

/** The key of the suppression (index and rule) that covers a finding of `rule` on `line`, if any. */
function findSuppression(suppressions: readonly Suppression[], rule: string, line: number): string | undefined {
    for (const [s, suppression] of suppressions.entries()) {
        const applies = suppression.scope === 'file' || suppression.range.start.line + 1 === line;
        if (applies && suppression.rules.some(r => r.id === rule)) {
            return `${s}:${rule}`;
        }
    }
    return undefined;
}

function suppressionProblems(suppression: Suppression, index: number, used: ReadonlySet<string>, config: PlaybookConfig): Diagnostic[] {
    const problems: Diagnostic[] = [];
    const add = (rule: string, message: string, range: Diagnostic['range']) => {
        const level = effectiveLevel(config, rule);
        if (level && level !== 'off') {
            problems.push({ message, range, severity: LSP_LEVEL[level], code: rule, codeDescription: { href: codeDocsUrl(rule) }, source: 'playbook' });
        }
    };
    if (suppression.rules.length === 0) {
        add('invalid-suppression', ruleMessages.suppressionNoRule, suppression.range);
        return problems;
    }
    for (const rule of suppression.rules) {
        if (!isRuleId(rule.id) || rule.id === 'unused-suppression' || rule.id === 'invalid-suppression') {
            const near = suggestRuleId(rule.id);
            add('invalid-suppression', ruleMessages.suppressionUnknownRule({
                rule: rule.id,
                suggestion: near ? configMessages.didYouMean({ id: near }) : configMessages.seeRuleList,
            }), rule.range);
        } else if (effectiveLevel(config, rule.id) !== 'off' && !used.has(`${index}:${rule.id}`)) {
            add('unused-suppression', ruleMessages.unusedSuppression({ rule: rule.id }), rule.range);
        }
    }
    if (suppression.reason === '' && suppression.rules.length > 0) {
        add('invalid-suppression', ruleMessages.suppressionNoReason({ rule: suppression.rules[0]!.id }), suppression.range);
    }
    return problems;
}
