import type { TokenSpan } from './playbook-fuzz-mutations.js';
import type { FuzzRandom } from './playbook-fuzz-random.js';

/** What a writer may type inside a string: letters, Polish and Chinese, an escaped quote, a parameter. */
const STRING_PIECES = ['a', 'Zespół ', '陳志明', ' — ', '\\"', '{ticket}', '42', ' '];

/**
 * The text with some strings and names retyped and some lines indented further, and nothing else
 * changed: every token keeps its kind (unless a name becomes a keyword), and only strings and
 * names change their text. Spaces go only after spacing already there, so no two tokens are
 * pulled apart or run together.
 */
export function retypeTexts(text: string, tokens: readonly TokenSpan[], random: FuzzRandom): string {
    const edits: Array<{ start: number; end: number; text: string }> = [];
    for (const token of tokens) {
        if (token.type === 'STRING' && random.chance(0.4)) {
            const length = random.int(4);
            const inner = Array.from({ length }, () => random.pick(STRING_PIECES)).join('');
            edits.push({ start: token.start, end: token.end, text: `"${inner}"` });
        } else if (token.type === 'ID' && random.chance(0.1)) {
            // A name retyped; it may become a keyword (the edit is then refused, not applied).
            edits.push({ start: token.end, end: token.end, text: random.pick(['x', '2', '-b', 'ł']) });
        } else if (token.start > 0 && /\s/.test(text[token.start - 1]!) && random.chance(0.05)) {
            edits.push({ start: token.start, end: token.start, text: random.chance(0.5) ? '  ' : '\n  ' });
        }
    }
    let out = text;
    for (const edit of edits.reverse()) {
        out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    }
    return out;
}
