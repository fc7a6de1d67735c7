import { AstUtils, GrammarAST } from 'langium';

/**
 * The documentation of a keyword: the doc comment of the grammar rule it belongs to
 * (grammar/playbook.langium), or of `fallbackRule` when that rule has none (value lists such
 * as ChannelKind are documented by the rule that uses them).
 */
export function keywordDoc(keyword: GrammarAST.Keyword, grammar: GrammarAST.Grammar, fallbackRule?: string): string | undefined {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isAbstractRule);
    return ruleDoc(rule) ?? ruleDoc(grammar.rules.find(r => r.name === fallbackRule));
}

/** The grammar rule a keyword belongs to. */
export function keywordRule(keyword: GrammarAST.Keyword): string | undefined {
    return AstUtils.getContainerOfType(keyword, GrammarAST.isAbstractRule)?.name;
}

/** The text of a rule's doc comment without its delimiters and leading stars. */
export function ruleDoc(rule: GrammarAST.AbstractRule | undefined): string | undefined {
    const comment = (rule as { $comment?: string } | undefined)?.$comment;
    if (!comment) {
        return undefined;
    }
    return comment
        .replace(/^\/\*\*/, '')
        .replace(/\*\/$/, '')
        .split('\n')
        .map(line => line.replace(/^\s*\*\s?/, '').trim())
        .filter(line => line !== '')
        .join(' ');
}
