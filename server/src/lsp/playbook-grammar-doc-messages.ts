import type { GrammarAST } from 'langium';
import { defineMessages } from '../../../l10n/src/index.js';
import { IncidentPlaybookGrammar } from '../language/generated/grammar.js';
import { grammarDocMessagesPl } from './playbook-grammar-doc-messages.pl.js';
import { grammarDocMessagesZhTw } from './playbook-grammar-doc-messages.zh-TW.js';

/**
 * The doc comments of the grammar's rules (grammar/playbook.langium), which a hover on a
 * definition keyword and keyword completion show. The English text stays in the grammar, its
 * one home: this catalogue's source is read from the generated grammar, keyed by rule name, so
 * a rule that gains, loses or rewords its comment changes the catalogue by itself and the
 * completeness test names every translation that is missing or keyed by a rule that is gone.
 */

/** The text of a rule's doc comment without its delimiters and leading stars, on one line. */
export function docCommentText(rule: GrammarAST.AbstractRule | undefined): string | undefined {
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

/**
 * A comment as an ICU template that formats back to itself: the comments are prose with code
 * spans (`layer primary { … }`, `{update-every}`), so every apostrophe and brace is quoted.
 */
function asTemplate(text: string): string {
    return text.replace(/'/g, "''").replace(/[{}]/g, brace => `'${brace}'`);
}

function grammarDocSource(grammar: GrammarAST.Grammar): Readonly<Record<string, string>> {
    const entries = grammar.rules.flatMap(rule => {
        const text = docCommentText(rule);
        return text === undefined ? [] : [[rule.name, asTemplate(text)] as const];
    });
    return Object.freeze(Object.fromEntries(entries));
}

/** A translation of the grammar's doc comments: rule name to ICU template. */
export type GrammarDocTranslation = Readonly<Record<string, string>>;

export const grammarDocMessages = defineMessages('server.grammarDocs', grammarDocSource(IncidentPlaybookGrammar()), {
    'zh-TW': grammarDocMessagesZhTw,
    pl: grammarDocMessagesPl,
});
