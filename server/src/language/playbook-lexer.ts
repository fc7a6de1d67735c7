import { Lexer as ChevrotainLexer } from 'chevrotain';
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { keywordWords, type KeywordWords } from './playbook-keyword-words.js';
import { MAX_DOCUMENT_CHARACTERS } from './playbook-size-limit.js';

/**
 * Langium's lexer, with two changes:
 *   - a text over the size limit yields no tokens: parsing and linking it would take minutes
 *     and gigabytes (checkDocumentSize reports it);
 *   - keywords that are also names are read as names and then turned into keywords
 *     (playbook-keyword-words.ts): the same tokens, several times faster to find.
 */
export class PlaybookLexer extends DefaultLexer {
    private readonly words: KeywordWords | undefined;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.words = keywordWords(Object.values(this.tokenTypes));
        if (this.words) {
            // The same options as Langium's own Chevrotain lexer (DefaultLexer's constructor).
            this.chevrotainLexer = new ChevrotainLexer(this.words.tokens, {
                positionTracking: 'full',
                skipValidations: services.LanguageMetaData.mode === 'production',
                errorMessageProvider: this.errorMessageProvider,
            });
        }
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        if (text.length > MAX_DOCUMENT_CHARACTERS) {
            return { tokens: [], errors: [], hidden: [] };
        }
        const result = super.tokenize(text, options);
        this.words?.retype(result.tokens);
        return result;
    }
}
