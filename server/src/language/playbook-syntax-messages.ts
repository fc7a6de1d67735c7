import type { IToken, TokenType } from 'chevrotain';
import { EOF } from 'chevrotain';
import { DefaultLexerErrorMessageProvider, LangiumParserErrorMessageProvider } from 'langium';
import { syntaxMessages, tokenDescriptions } from '../messages.js';

/** At most this many alternatives are listed; a longer list helps nobody. */
const MAX_LISTED = 8;

/**
 * Says what the parser expected in words a playbook author knows. Chevrotain's default
 * lists every token sequence; since every keyword may also be a name, "a name" stands for
 * all of them.
 */
export class PlaybookParserErrorMessageProvider extends LangiumParserErrorMessageProvider {
    override buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken }): string {
        if (options.expected === EOF) {
            // Chevrotain expects EOF when a block closed too early left text behind.
            return syntaxMessages.expectedEndButFound({ found: found(options.actual) });
        }
        return syntaxMessages.expectedButFound({ expected: describe(options.expected), found: found(options.actual) });
    }

    override buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        return syntaxMessages.expectedEndButFound({ found: found(options.firstRedundant) });
    }

    override buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[] }): string {
        return expectedList(options.expectedPathsPerAlt.flat().map(path => path[0]), options.actual[0]);
    }

    override buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[] }): string {
        return expectedList(options.expectedIterationPaths.map(path => path[0]), options.actual[0]);
    }
}

/** Names the offending characters instead of printing offsets. */
export class PlaybookLexerErrorMessageProvider extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        return syntaxMessages.unexpectedCharacters({ text: fullText.substring(startOffset, startOffset + Math.min(length, 20)) });
    }
}

function expectedList(firsts: Array<TokenType | undefined>, actual: IToken | undefined): string {
    const types = firsts.filter((t): t is TokenType => t !== undefined);
    const namesExpected = types.some(t => t.name === 'ID');
    const descriptions = [...new Set(types
        .filter(t => !(namesExpected && isKeyword(t)))
        .map(describe))];
    const foundText = found(actual);
    if (descriptions.length === 1) {
        return syntaxMessages.expectedButFound({ expected: descriptions[0]!, found: foundText });
    }
    const listed = descriptions.slice(0, MAX_LISTED).join(syntaxMessages.listSeparator);
    return syntaxMessages.expectedOneOfButFound({ expected: listed, found: foundText });
}

function isKeyword(type: TokenType): boolean {
    return !(type.name in tokenDescriptions);
}

function describe(type: TokenType): string {
    if (type === EOF) {
        return syntaxMessages.foundEnd;
    }
    const name = type.name.endsWith(':KW') ? type.name.slice(0, -3) : type.name;
    return tokenDescriptions[name] ?? `"${name}"`;
}

function found(token: IToken | undefined): string {
    return !token || token.tokenType === EOF ? syntaxMessages.foundEnd : syntaxMessages.found({ image: token.image });
}
