import { AstUtils, GrammarAST } from 'langium';
import { clauseOf, shapeText } from './playbook-clause-shapes.js';
import { grammarDocMessages } from './playbook-grammar-doc-messages.js';
import { clauseKeywordDocs } from './playbook-keyword-messages.js';

/**
 * The documentation of a keyword: the doc comment of the grammar rule it belongs to
 * (grammar/playbook.langium, translated in playbook-grammar-doc-messages*.ts), or of `fallbackRule` when that rule has none (value lists such
 * as ChannelKind are documented by the rule that uses them).
 */
export function keywordDoc(keyword: GrammarAST.Keyword, grammar: GrammarAST.Grammar, fallbackRule?: string): string | undefined {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isAbstractRule);
    return ruleDoc(rule) ?? ruleDoc(grammar.rules.find(r => r.name === fallbackRule));
}

/**
 * The documentation of a keyword itself, for completion: what the clause it starts means and
 * its shape from the grammar (`respond within <duration>`). A keyword that starts a definition
 * is documented by its rule's doc comment; a value of a list (`command`, `24x7`) by the list's.
 */
export function clauseKeywordDoc(keyword: GrammarAST.Keyword): string | undefined {
    const clause = clauseOf(keyword);
    if (!clause) {
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        return rule && GrammarAST.isAlternatives(rule.definition) ? ruleDoc(rule) : undefined;
    }
    const meaning = clause.wholeRule
        ? ruleDoc(AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule))
        : clauseKeywordDocs[`${clause.rule}.${clause.head}`];
    return [meaning, `\`${shapeText(clause)}\``].filter(Boolean).join('\n\n');
}

/** The grammar rule a keyword belongs to. */
export function keywordRule(keyword: GrammarAST.Keyword): string | undefined {
    return AstUtils.getContainerOfType(keyword, GrammarAST.isAbstractRule)?.name;
}

/**
 * A rule's doc comment in the active locale (English, the comment itself, when the locale has
 * no translation of it), from the catalogue keyed by rule name.
 */
export function ruleDoc(rule: GrammarAST.AbstractRule | undefined): string | undefined {
    if (!rule || !Object.hasOwn(grammarDocMessages, rule.name)) {
        return undefined;
    }
    return grammarDocMessages[rule.name];
}
