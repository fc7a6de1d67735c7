import type { IToken, TokenType } from 'chevrotain';

/**
 * Keywords read as words. Langium gives Chevrotain every keyword as a token of its own, tried
 * before the terminals, longest first, with the name terminal (ID) as its "longer alternative":
 * at a word of the text Chevrotain tries each keyword that starts with its first letter (twenty
 * or more for `s`) before the name, then the name again to see whether it matches further. A
 * tenth or more of a parse went there.
 *
 * The same tokens come out of a lexer that has no keyword that is also a name (`step`,
 * `check-in`) and turns every name token whose text is such a keyword into that keyword: where
 * Chevrotain would have matched such a keyword, it matched the name as well, as far as the name
 * goes (its longer alternative), and chose the keyword only when the two were the same text.
 * That holds when, for every keyword taken out:
 *   - its only longer alternative is the one name terminal, which matches the whole keyword;
 *   - no keyword left in is a prefix of it (it could then match where the keyword did);
 *   - no terminal tried before the name matches at its start.
 * `keywordWords` checks these on the grammar's tokens and returns undefined when one fails (the
 * lexer then stays Langium's); test/language/keyword-words.test.ts compares the two lexers' tokens
 * on the samples, generated files and random text.
 */
export interface KeywordWords {
    /** The tokens of the lexer that reads keywords as words, in Langium's order. */
    tokens: TokenType[];
    /** Turns the name tokens whose text is a keyword into that keyword, in place. */
    retype(tokens: IToken[]): void;
}

export function keywordWords(vocabulary: readonly TokenType[]): KeywordWords | undefined {
    const terminals = vocabulary.filter(token => typeof token.PATTERN !== 'string');
    const keywords = vocabulary.filter(token => typeof token.PATTERN === 'string');
    const words = keywords.filter(keyword => longerAlternatives(keyword).length > 0);
    const name = words.length > 0 ? longerAlternatives(words[0]!)[0] : undefined;
    if (!name || !(name.PATTERN instanceof RegExp) || !terminals.includes(name)) {
        return undefined;
    }
    const whole = new RegExp(`^(?:${name.PATTERN.source})$`, name.PATTERN.flags.replace(/[gy]/g, ''));
    const before = terminals.slice(0, terminals.indexOf(name)).map(matcherAtStart);
    const kept = keywords.filter(keyword => !words.includes(keyword));
    const sound = words.every(word => {
        const text = word.PATTERN as string;
        const alternatives = longerAlternatives(word);
        return alternatives.length === 1 && alternatives[0] === name && whole.test(text)
            && !kept.some(keyword => text.startsWith(keyword.PATTERN as string))
            && !before.some(matches => matches(text));
    });
    if (!sound) {
        return undefined;
    }
    const byText = new Map(words.map(word => [word.PATTERN as string, word]));
    return {
        tokens: vocabulary.filter(token => !words.includes(token)),
        retype(tokens) {
            for (const token of tokens) {
                if (token.tokenType === name) {
                    const keyword = byText.get(token.image);
                    if (keyword) {
                        token.tokenType = keyword;
                        token.tokenTypeIdx = keyword.tokenTypeIdx!;
                    }
                }
            }
        },
    };
}

function longerAlternatives(token: TokenType): TokenType[] {
    const alternatives = token.LONGER_ALT;
    return alternatives === undefined ? [] : Array.isArray(alternatives) ? alternatives : [alternatives];
}

/**
 * Whether the terminal's pattern matches at the start of a text (a regular expression, or a
 * custom matcher), made once per terminal and asked of every keyword.
 */
function matcherAtStart(terminal: TokenType): (text: string) => boolean {
    const pattern = terminal.PATTERN;
    if (pattern instanceof RegExp) {
        const sticky = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '') + 'y');
        return text => {
            sticky.lastIndex = 0;
            return sticky.test(text);
        };
    }
    if (typeof pattern === 'function') {
        return text => pattern(text, 0, [], {}) !== null;
    }
    if (pattern && typeof pattern === 'object' && 'exec' in pattern) {
        const custom = pattern as { exec(text: string, offset: number, tokens: IToken[], groups: Record<string, IToken[]>): unknown };
        return text => custom.exec(text, 0, [], {}) !== null;
    }
    // A pattern this check cannot run: assume it could match.
    return () => true;
}
