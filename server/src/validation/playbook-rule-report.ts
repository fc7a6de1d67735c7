import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { findRule, ruleDocsUrl, type RuleId } from './rules.js';

/** Where a rule points: a node, narrowed to a property (and index) or a range. */
export type RuleLocation<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code' | 'codeDescription'>;

/**
 * Reports a rule's finding at its default severity, with the rule id as `code` and a link to
 * its docs page. The document validator later applies the configuration and suppressions.
 */
export function report<N extends AstNode>(accept: ValidationAcceptor, rule: RuleId, message: string, location: RuleLocation<N>): void {
    const severity = findRule(rule)?.defaultSeverity ?? 'warning';
    accept(severity, message, { ...location, code: rule, codeDescription: { href: ruleDocsUrl(rule) } } as DiagnosticInfo<N>);
}
