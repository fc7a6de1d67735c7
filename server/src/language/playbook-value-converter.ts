import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { parseDuration } from './durations.js';
import { flatString } from './flat-string.js';

/**
 * Converts duration literals to seconds so that every consumer compares numbers, not text, and
 * string literals to their value without building it a character at a time (see convertString).
 */
export class PlaybookValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'DURATION') {
            return parseDuration(input) ?? 0;
        }
        if (rule.name === 'STRING') {
            return convertString(input);
        }
        return super.runConverter(rule, input, cstNode);
    }
}

/**
 * The value of a STRING token (`"..."` with `\x` escapes), as Langium's `convertString` gives it.
 * Langium appends one character at a time: past 12 characters V8 makes each `+=` a rope node of
 * its own (32 bytes a character), which the tree then keeps, about 12 MB of the 100k-line
 * file's heap. Here the value is joined from its runs between escapes into one flat string. A
 * plain `substring` would be smaller still, but it is a view that keeps the whole document text
 * alive, and in-place edits (playbook-token-stable-edit.ts) would then keep every earlier text
 * of the document that one of the tree's strings came from.
 */
export function convertString(input: string): string {
    const end = input.length - 1;
    const parts: string[] = [];
    let from = 1;
    for (let escape = input.indexOf('\\', from); escape >= 0 && escape < end; escape = input.indexOf('\\', from)) {
        parts.push(input.slice(from, escape), escapedCharacter(input.charAt(escape + 1)));
        from = escape + 2;
    }
    const rest = input.slice(from, end);
    if (parts.length === 0) {
        return flatString(rest);
    }
    parts.push(rest);
    return parts.join('');
}

/** The character `\c` stands for: Langium's escapes (`\n`, `\t`…), else the character itself. */
function escapedCharacter(c: string): string {
    switch (c) {
        case 'b': return '\b';
        case 'f': return '\f';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        case 'v': return '\v';
        case '0': return '\0';
        default: return c;
    }
}
