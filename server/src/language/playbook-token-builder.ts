import type { CustomPatternMatcherReturn, TokenType } from 'chevrotain';
import { DefaultTokenBuilder, type GrammarAST } from 'langium';

/**
 * Matches a STRING exactly as the grammar's `/"(\\.|[^"\\\r\n])*"/` does, by scanning instead
 * of with the regular expression: V8 backtracks through that alternation once per character
 * and overflows its stack on a string of a few million characters (a whole file pasted into
 * quotes), which crashed the lexer. The scan is linear and uses no stack.
 */
export function matchString(text: string, offset: number): CustomPatternMatcherReturn | null {
    if (text.charCodeAt(offset) !== 0x22) {
        return null;
    }
    for (let i = offset + 1; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 0x22) {
            return [text.substring(offset, i + 1)];
        }
        if (code === 0x0a || code === 0x0d) {
            return null;
        }
        if (code === 0x5c) {
            // `\\.`: any character but a line terminator may follow the backslash.
            const next = text.charCodeAt(i + 1);
            if (Number.isNaN(next) || next === 0x0a || next === 0x0d || next === 0x2028 || next === 0x2029) {
                return null;
            }
            i++;
        }
    }
    return null;
}

/** Langium's token builder with the STRING terminal matched by `matchString`. */
export class PlaybookTokenBuilder extends DefaultTokenBuilder {
    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name !== 'STRING') {
            return token;
        }
        return { ...token, PATTERN: { exec: matchString }, START_CHARS_HINT: ['"'], LINE_BREAKS: false };
    }
}
