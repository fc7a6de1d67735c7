import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';
import { MAX_DOCUMENT_CHARACTERS } from './playbook-size-limit.js';

/**
 * Langium's lexer, except that a text over the size limit yields no tokens: parsing and linking
 * it would take minutes and gigabytes. checkDocumentSize reports it.
 */
export class PlaybookLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        if (text.length > MAX_DOCUMENT_CHARACTERS) {
            return { tokens: [], errors: [], hidden: [] };
        }
        return super.tokenize(text, options);
    }
}
