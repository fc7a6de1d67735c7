/**
 * The element-id fragment for a step or decision name, shared by the views that link to an item
 * and the views that render it (its own module, so neither view imports the other).
 */

/**
 * An id-safe form of a name (names may be any script), one to one: every UTF-8 byte of a
 * character other than an ASCII letter, digit or `-` becomes `_XX`, `_` itself included, so
 * `é` (`_C3_A9`) and a step literally named `_C3_A9` (`_5FC3_5FA9`) never share an id.
 */
export function cssName(name: string): string {
    let id = '';
    for (const char of name) {
        if (/^[A-Za-z0-9-]$/.test(char)) {
            id += char;
            continue;
        }
        for (const byte of new TextEncoder().encode(char)) {
            id += `_${byte.toString(16).toUpperCase().padStart(2, '0')}`;
        }
    }
    return id;
}
