import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { findRule, ruleDocsUrl, type RuleId } from './rules.js';

/** Where a rule points: a node, narrowed to a property (and index) or a range. */
export type RuleLocation<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code' | 'codeDescription'>;

/** What a quick fix needs to know about a finding, carried in the diagnostic's `data`. */
export interface RuleFindingData {
    code: RuleId;
    /** The name of the definition the finding is about (role, severity, trigger, channel...). */
    name?: string;
    /** The kind of that definition, as its AST type. */
    type?: string;
}

/**
 * Reports a rule's finding at its default severity, with the rule id as `code` and a link to
 * its docs page. The document validator later applies the configuration and suppressions.
 */
export function report<N extends AstNode>(accept: ValidationAcceptor, rule: RuleId, message: string, location: RuleLocation<N>, about?: AstNode & { name?: string }): void {
    const severity = findRule(rule)?.defaultSeverity ?? 'warning';
    const data: RuleFindingData = about ? { code: rule, name: about.name, type: about.$type } : { code: rule };
    accept(severity, message, { ...location, code: rule, codeDescription: { href: ruleDocsUrl(rule) }, data } as DiagnosticInfo<N>);
}
