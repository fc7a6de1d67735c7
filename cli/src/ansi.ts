/**
 * Terminal colours: five SGR codes are all the CLI needs, so it writes them itself rather
 * than depend on a colour library (and its start-up cost).
 */
export interface Palette {
    red(text: string): string;
    yellow(text: string): string;
    green(text: string): string;
    dim(text: string): string;
    bold(text: string): string;
    underline(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const COLOURED: Palette = {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    underline: wrap(4, 24),
};

const identity = (text: string) => text;
const PLAIN: Palette = { red: identity, yellow: identity, green: identity, dim: identity, bold: identity, underline: identity };

/** The palette to use: colours when asked for, or by default on a terminal unless NO_COLOR is set. */
export function palette(choice: { flag: boolean | undefined; isTTY: boolean; env: Readonly<Record<string, string | undefined>> }): Palette {
    if (choice.flag !== undefined) {
        return choice.flag ? COLOURED : PLAIN;
    }
    // https://no-color.org: any non-empty NO_COLOR turns colours off.
    if (choice.env.NO_COLOR) {
        return PLAIN;
    }
    return choice.isTTY ? COLOURED : PLAIN;
}
