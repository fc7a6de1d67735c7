import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import { codeDocsUrl } from '../catalogue/playbook-code-info.js';
import type { Level } from '../catalogue/playbook-levels.js';
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
    /** Which of a rule's findings on one node this is, when a node can have several (`respond`, `owner`…): the fix adds that part. */
    facet?: string;
}

/**
 * Reports a rule's finding at the rule's default level (or at `level`, for the rare rule whose
 * findings differ: a placeholder in a contact is an error), with the rule id as `code` and a link
 * to its docs page. The document validator later applies the configuration and suppressions; a
 * level set in the configuration wins over both. `facet` tells a quick fix which part is missing.
 */
export function report<N extends AstNode>(accept: ValidationAcceptor, rule: Pick<PlaybookRule, 'id' | 'defaultLevel'>, message: string, location: RuleLocation<N>, about?: AstNode & { name?: string }, level: Level = rule.defaultLevel, facet?: string): void {
    const data: RuleFindingData = {
        code: rule.id,
        ...(about ? { name: about.name, type: about.$type } : {}),
        ...(facet ? { facet } : {}),
    };
    accept(level, message, { ...location, code: rule.id, codeDescription: { href: codeDocsUrl(rule.id) }, data } as DiagnosticInfo<N>);
}
