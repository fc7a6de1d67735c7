/**
 * Text from playbooks and file names on its way to a terminal or a line-based log. Control
 * characters are shown escaped (`\n`, `\x1b`), never sent: a newline in a drill title or a file
 * name would otherwise start a forged finding line in `compact`, and ESC or BEL would drive the
 * terminal even with `--no-color`. Bidirectional overrides are escaped too, so that a line reads
 * in the order it is stored (the "Trojan Source" trick).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with every control or reordering character written as an escape. */
export function terminalText(text: string): string {
    return text.replace(UNSAFE, char => NAMED[char] ?? (char.charCodeAt(0) <= 0xFF
        ? `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`
        : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
