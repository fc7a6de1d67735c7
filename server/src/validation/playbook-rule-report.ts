import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { codeDocsUrl } from '../catalogue/playbook-code-info.js';
import type { PlaybookRule } from './playbook-rule.js';

/** Where a rule points: a node, narrowed to a property (and index) or a range. */
export type RuleLocation<N extends AstNode> = Omit<DiagnosticInfo<N>, 'code' | 'codeDescription'>;

/** What a quick fix needs to know about a finding, carried in the diagnostic's `data`. */
export interface RuleFindingData {
    code: string;
    /** The name of the definition the finding is about (role, severity, trigger, channel...). */
    name?: string;
    /** The kind of that definition, as its AST type. */
    type?: string;
}

/**
 * Reports a rule's finding at the rule's default level, with the rule id as `code` and a link
 * to its docs page. The document validator later applies the configuration and suppressions.
 */
export function report<N extends AstNode>(accept: ValidationAcceptor, rule: Pick<PlaybookRule, 'id' | 'defaultLevel'>, message: string, location: RuleLocation<N>, about?: AstNode & { name?: string }): void {
    const data: RuleFindingData = about ? { code: rule.id, name: about.name, type: about.$type } : { code: rule.id };
    accept(rule.defaultLevel, message, { ...location, code: rule.id, codeDescription: { href: codeDocsUrl(rule.id) }, data } as DiagnosticInfo<N>);
}
