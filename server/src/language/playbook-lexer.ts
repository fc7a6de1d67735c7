import { Lexer as ChevrotainLexer, type TokenType, type TokenTypeDictionary } from 'chevrotain';
import type { LangiumCoreServices, Lexer, LexerResult, TokenBuilder } from 'langium';
import { keywordWords, type KeywordWords } from './playbook-keyword-words.js';
import { MAX_DOCUMENT_CHARACTERS } from './playbook-size-limit.js';

/**
 * The lexer: Langium's tokens, read by one Chevrotain lexer as Langium's DefaultLexer reads them
 * (same options, same result), with two changes:
 *   - a text over the size limit yields no tokens: parsing and linking it would take minutes
 *     and gigabytes (checkDocumentSize reports it);
 *   - keywords that are also names are read as names and then turned into keywords
 *     (playbook-keyword-words.ts): the same tokens, several times faster to find.
 * It is not a subclass of DefaultLexer, whose constructor builds a Chevrotain lexer of every
 * token (15-20 ms of every start) that this one would replace. test/language/keyword-words.test.ts
 * compares its tokens with DefaultLexer's.
 */
export class PlaybookLexer implements Lexer {
    readonly definition: TokenTypeDictionary;
    private readonly tokenBuilder: TokenBuilder;
    private readonly words: KeywordWords | undefined;
    private readonly chevrotain: ChevrotainLexer;

    constructor(services: LangiumCoreServices) {
        this.tokenBuilder = services.parser.TokenBuilder;
        const vocabulary = this.tokenBuilder.buildTokens(services.Grammar, { caseInsensitive: services.LanguageMetaData.caseInsensitive });
        // Langium's token builder gives one list (one lexer mode), in the order Chevrotain tries them.
        if (!Array.isArray(vocabulary)) {
            throw new Error('PlaybookLexer reads one list of tokens; the token builder gave lexer modes or a dictionary');
        }
        const tokens: TokenType[] = vocabulary;
        this.definition = Object.fromEntries(tokens.map(token => [token.name, token]));
        this.words = keywordWords(tokens);
        this.chevrotain = new ChevrotainLexer(this.words?.tokens ?? tokens, {
            positionTracking: 'full',
            skipValidations: services.LanguageMetaData.mode === 'production',
            errorMessageProvider: services.parser.LexerErrorMessageProvider,
        });
    }

    tokenize(text: string): LexerResult {
        if (text.length > MAX_DOCUMENT_CHARACTERS) {
            return { tokens: [], errors: [], hidden: [] };
        }
        const result = this.chevrotain.tokenize(text);
        this.words?.retype(result.tokens);
        return { tokens: result.tokens, errors: result.errors, hidden: result.groups['hidden'] ?? [], report: this.tokenBuilder.flushLexingReport?.(text) };
    }
}
