import type { IRecognitionException, IToken } from 'chevrotain';
import { EOF } from 'chevrotain';
import {
    createParser, LangiumCompletionParser, LangiumParser,
    type AstNode, type CompletionParserResult, type LangiumCoreServices, type ParseResult, type ParserOptions,
} from 'langium';
import { robustnessMessages } from '../messages.js';
import { linkContainers } from './ast-containers.js';
import { clearParserStack, parseUnlinked } from './langium-internals.js';

/**
 * Langium's parser, except that input which makes Chevrotain's error recovery overflow the stack
 * is reported instead of crashing. Recovery inside a repetition re-enters the repetition once per
 * error, so a few thousand errors in a row (`decide d { yes goto ` pasted 3 000 times) exhaust
 * the stack; the language server would die with the document open.
 *
 * It also links the nodes to their containers with a walk of its own (ast-containers.ts), about
 * four times as fast as the one Langium's parse ends with; where Langium's parser lacks what that
 * needs (an upgrade), it parses as Langium does.
 */
export class PlaybookParser extends LangiumParser {
    override parse<T extends AstNode = AstNode>(input: string, options?: ParserOptions): ParseResult<T> {
        try {
            const result = parseUnlinked<T>(this, input, options);
            if (!result) {
                return super.parse<T>(input, options);
            }
            linkContainers(result.value);
            return result;
        } catch (error) {
            return this.recover(error, input, options);
        } finally {
            // Chevrotain keeps the token vector of the last parse until the next one. The tree
            // holds no token (its leaves copy what they need), so a large file's tokens, about a
            // third of its tree's size, would stay in memory through linking and validation.
            this.wrapper.input = [];
        }
    }

    /** After a stack overflow in error recovery: one error instead of a crash (see above). */
    private recover<T extends AstNode>(error: unknown, input: string, options?: ParserOptions): ParseResult<T> {
        if (!(error instanceof RangeError)) {
            throw error;
        }
        // The aborted run left its half-built nodes on the parser's stack: drop them. Without
        // that stack (a Langium upgrade), the next parse cannot be trusted: report the error.
        if (!clearParserStack(this)) {
            throw error;
        }
        const empty = super.parse<T>('', options);
        return { ...empty, parserErrors: [gaveUp(input)] };
    }
}

/** The parser of the language, built the way Langium builds its default one. */
export function createPlaybookParser(services: LangiumCoreServices): PlaybookParser {
    const parser = createParser(services.Grammar, new PlaybookParser(services), services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

/** One error on the first line that says the file could not be read and what to do. */
function gaveUp(input: string): IRecognitionException {
    const firstLine = /^[^\r\n]*/.exec(input)?.[0] ?? '';
    const token: IToken = {
        image: firstLine, startOffset: 0, endOffset: Math.max(0, firstLine.length - 1), startLine: 1, startColumn: 1,
        endLine: 1, endColumn: Math.max(1, firstLine.length), tokenTypeIdx: EOF.tokenTypeIdx!, tokenType: EOF,
    };
    return { name: 'TooManyErrors', message: robustnessMessages.tooManySyntaxErrors, token, resyncedTokens: [], context: { ruleStack: [], ruleOccurrenceStack: [] } };
}

/**
 * The parser completion runs on the text before the cursor, with the same guard: when its error
 * recovery overflows the stack, completion offers what fits at the start of a file instead of
 * failing the request.
 *
 * Its rules are built and analysed at its first use, not when it is created: the language
 * server creates every service while answering `initialize`, and this grammar analysis (about
 * 35 ms of a 300-400 ms start) would delay the workspace's first diagnostics for a parser that
 * only completion needs. `prepare` lets the server build it once the workspace is loaded, so
 * that the first completion does not pay for it either.
 */
export class PlaybookCompletionParser extends LangiumCompletionParser {
    private prepared = false;

    constructor(private readonly services: LangiumCoreServices) {
        super(services);
    }

    /** Builds the rules and the lookahead, once; parse calls it, and so may anyone earlier. */
    prepare(): void {
        if (!this.prepared) {
            this.prepared = true;
            createParser(this.services.Grammar, this, this.services.parser.Lexer.definition);
            this.finalize();
        }
    }

    override parse(input: string): CompletionParserResult {
        this.prepare();
        try {
            return super.parse(input);
        } catch (error) {
            if (!(error instanceof RangeError)) {
                throw error;
            }
            return super.parse('');
        }
    }
}

/** The completion parser of the language; its rules are built at its first use (see above). */
export function createPlaybookCompletionParser(services: LangiumCoreServices): PlaybookCompletionParser {
    return new PlaybookCompletionParser(services);
}
