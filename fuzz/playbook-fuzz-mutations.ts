import type { FuzzRandom } from './playbook-fuzz-random.js';

/** A token of the text as the real lexer sees it: where it is and what kind it is. */
export interface TokenSpan {
    start: number;
    end: number;
    type: string;
}

/** What a mutation needs besides the text: its tokens, the language's keywords and the dice. */
export interface MutationContext {
    text: string;
    tokens: readonly TokenSpan[];
    keywords: readonly string[];
    random: FuzzRandom;
    /** How large "huge" is: the suite keeps inputs small, `npm run fuzz` goes further. */
    scale: number;
}

/** One way to damage a playbook; returns the new text. */
export interface Mutation {
    name: string;
    apply(context: MutationContext): string;
}

/**
 * Characters that break naive text handling: astral (surrogate pairs), right-to-left marks and
 * scripts, zero-width characters, combining marks, lone surrogates, odd line ends, NUL.
 */
export const HOSTILE_CHARACTERS: readonly string[] = [
    '😀', '𝔘', '🏳️‍🌈', '\u202E', '\u202B', '\u200F', 'שלום', 'مرحبا', '\u200B', '\u200D', '\uFEFF',
    'e\u0301', '\u0301', '\u0338\u0338\u0338', '\uD800', '\uDFFF', '\r', '\u2028', '\u2029', '\0',
    '\t', '\\', '"', '\\"', '/*', '*/', '//', '陳', 'ż', 'İ', 'ß', '\u00A0', '\u3000',
];

function splice(text: string, start: number, end: number, insert: string): string {
    return text.slice(0, start) + insert + text.slice(end);
}

function tokenText(context: MutationContext, token: TokenSpan): string {
    return context.text.slice(token.start, token.end);
}

/** A random place between tokens (or the ends of the text). */
function boundary(context: MutationContext): number {
    const { tokens, random, text } = context;
    if (tokens.length === 0) {
        return random.int(text.length + 1);
    }
    const token = random.pick(tokens);
    return random.chance(0.5) ? token.start : token.end;
}

function withTokens(context: MutationContext, apply: (token: TokenSpan) => string): string {
    return context.tokens.length === 0 ? context.text : apply(context.random.pick(context.tokens));
}

/** The mutations the fuzzer draws from; grammar-aware ones work on the lexer's tokens. */
export const MUTATIONS: readonly Mutation[] = [
    {
        name: 'delete-token',
        apply: c => withTokens(c, t => splice(c.text, t.start, t.end, '')),
    },
    {
        name: 'duplicate-token',
        apply: c => withTokens(c, t => splice(c.text, t.end, t.end, ' ' + tokenText(c, t))),
    },
    {
        name: 'swap-tokens',
        apply: c => {
            if (c.tokens.length < 2) {
                return c.text;
            }
            const i = c.random.int(c.tokens.length - 1);
            const j = c.random.chance(0.7) ? i + 1 : c.random.between(i + 1, c.tokens.length - 1);
            const a = c.tokens[i]!;
            const b = c.tokens[j]!;
            return c.text.slice(0, a.start) + tokenText(c, b) + c.text.slice(a.end, b.start) + tokenText(c, a) + c.text.slice(b.end);
        },
    },
    {
        name: 'insert-keyword',
        apply: c => {
            const at = boundary(c);
            return splice(c.text, at, at, ` ${c.random.pick(c.keywords)} `);
        },
    },
    {
        name: 'replace-token-with-keyword',
        apply: c => withTokens(c, t => splice(c.text, t.start, t.end, c.random.pick(c.keywords))),
    },
    {
        name: 'truncate',
        apply: c => c.text.slice(0, c.random.int(c.text.length)),
    },
    {
        name: 'unbalanced-brace',
        apply: c => {
            const braces = c.tokens.filter(t => t.type === '{' || t.type === '}');
            if (braces.length > 0 && c.random.chance(0.5)) {
                const brace = c.random.pick(braces);
                return splice(c.text, brace.start, brace.end, '');
            }
            const at = boundary(c);
            return splice(c.text, at, at, c.random.pick(['{', '}', '{{', '}}}']));
        },
    },
    {
        name: 'hostile-unicode',
        apply: c => {
            let text = c.text;
            for (let n = c.random.between(1, 4); n > 0; n--) {
                const at = c.random.chance(0.5) ? c.random.int(text.length + 1) : boundary({ ...c, text });
                text = splice(text, at, at, c.random.pick(HOSTILE_CHARACTERS));
            }
            return text;
        },
    },
    {
        name: 'unicode-in-strings-and-names',
        apply: c => withTokens(c, t => {
            const inside = t.type === 'STRING' && t.end - t.start >= 2 ? t.start + 1 : t.end;
            return splice(c.text, inside, inside, c.random.pick(HOSTILE_CHARACTERS) + c.random.pick(HOSTILE_CHARACTERS));
        }),
    },
    {
        name: 'huge-string',
        apply: c => {
            const strings = c.tokens.filter(t => t.type === 'STRING');
            const body = c.random.pick(['x', 'ą', '😀', '\\"', ' ', '<script>']).repeat(c.random.between(c.scale / 10, c.scale));
            if (strings.length === 0) {
                return `${c.text}\nperson huge "${body}"\n`;
            }
            const s = c.random.pick(strings);
            return splice(c.text, s.start, s.end, `"${body}"`);
        },
    },
    {
        name: 'unterminated-string',
        apply: c => {
            const strings = c.tokens.filter(t => t.type === 'STRING');
            return strings.length === 0 ? c.text + '"' : splice(c.text, strings.at(-1)!.end - 1, strings.at(-1)!.end, '');
        },
    },
    {
        name: 'unterminated-comment',
        apply: c => {
            const at = boundary(c);
            return splice(c.text, at, at, ' /* ');
        },
    },
    {
        name: 'deep-nesting',
        apply: c => {
            const depth = c.random.between(c.scale / 100, c.scale / 10);
            const opener = c.random.pick(['{', 'phase p { ', 'playbook x { ', 'decide d { yes goto ', '( ', 'step s { check "c" ']);
            const at = boundary(c);
            const closing = c.random.chance(0.5) ? ' }'.repeat(depth) : '';
            return splice(c.text, at, at, opener.repeat(depth) + closing);
        },
    },
    {
        name: 'long-line',
        apply: c => c.random.chance(0.5)
            ? c.text.replace(/\r?\n/g, ' ')
            : splice(c.text, boundary(c), boundary(c), ' ' + Array.from({ length: c.scale / 8 }, (_, i) => `n${i}`).join(', ')),
    },
    {
        name: 'long-list',
        apply: c => {
            const names = Array.from({ length: c.random.between(c.scale / 100, c.scale / 10) }, (_, i) => `m${i}`).join(', ');
            return `${c.text}\nteam crowd { members ${names} }\nassign commander to ${names}\n`;
        },
    },
    {
        name: 'line-endings',
        apply: c => c.text.replace(/\n/g, c.random.pick(['\r\n', '\r', '\u2028', '\n\n\n'])),
    },
    {
        name: 'duplicate-block',
        apply: c => {
            const start = boundary(c);
            const end = Math.min(c.text.length, start + c.random.int(400));
            return splice(c.text, end, end, c.text.slice(start, end));
        },
    },
];

/** Applies one to three random mutations to a text, re-tokenising in between; returns the text and what was done. */
export function mutate(
    text: string,
    random: FuzzRandom,
    keywords: readonly string[],
    tokenize: (text: string) => TokenSpan[],
    scale: number,
): { text: string; applied: string[] } {
    const applied: string[] = [];
    let current = text;
    for (let n = random.between(1, 3); n > 0; n--) {
        const mutation = random.pick(MUTATIONS);
        current = mutation.apply({ text: current, tokens: tokenize(current), keywords, random, scale });
        applied.push(mutation.name);
    }
    return { text: current, applied };
}

/** Gaps between tokens filled with other whitespace and comments: the file still means the same. */
const GAPS: readonly string[] = [' ', '  ', '\n', '\t', '\n\n\n', '\r\n', ' /* note */ ', ' // note\n', '\n  // note\n  ', ' /* a\n b */\n'];

/**
 * Re-spaces a file without changing what it says, so that the formatter's promises (same
 * meaning, idempotent) are tested on valid but messy input, comments in odd places included.
 */
export const REFLOW: Mutation = {
    name: 'reflow-whitespace',
    apply: c => {
        let out = '';
        let last = 0;
        for (const token of c.tokens) {
            const gap = c.text.slice(last, token.start);
            out += last === 0 && gap === '' ? '' : /^\s*$/.test(gap) && gap.length > 0 ? c.random.pick(GAPS) : gap;
            out += c.text.slice(token.start, token.end);
            last = token.end;
        }
        const tail = c.text.slice(last);
        return out + (/^\s*$/.test(tail) ? c.random.pick(['', '\n', '\n\n\n', ' ']) : tail);
    },
};
