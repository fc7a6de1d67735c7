import { styleText } from 'node:util';

/** The styles the reports use; each returns the text wrapped in its escape codes, or as it is. */
export interface Palette {
    red(text: string): string;
    yellow(text: string): string;
    green(text: string): string;
    dim(text: string): string;
    bold(text: string): string;
    underline(text: string): string;
}

type Style = Parameters<typeof styleText>[0];

// Whether to colour is decided here (below), so Node must not decide again from the stream.
const paint = (style: Style) => (text: string) => styleText(style, text, { validateStream: false });

const COLOURED: Palette = {
    red: paint('red'),
    yellow: paint('yellow'),
    green: paint('green'),
    dim: paint('dim'),
    bold: paint('bold'),
    underline: paint('underline'),
};

const identity = (text: string) => text;
const PLAIN: Palette = { red: identity, yellow: identity, green: identity, dim: identity, bold: identity, underline: identity };

/** What decides colour: the command line, the environment, and whether the output is a terminal. */
export interface ColourChoice {
    flag: boolean | undefined;
    isTTY: boolean;
    env: Readonly<Record<string, string | undefined>>;
}

/**
 * True when reports should be coloured, decided as ESLint (chalk's supports-color) and Node do:
 * `--color`/`--no-color` first; then FORCE_COLOR (`0` or `false` off, `1`, `2`, `3`, `true` or
 * empty on); then a non-empty NO_COLOR (https://no-color.org) or TERM=dumb turns colours off;
 * otherwise colours go to a terminal and not to a file or a pipe.
 */
export function wantsColour(choice: ColourChoice): boolean {
    if (choice.flag !== undefined) {
        return choice.flag;
    }
    const force = choice.env.FORCE_COLOR;
    if (force !== undefined) {
        return !(force === '0' || force.toLowerCase() === 'false');
    }
    if (choice.env.NO_COLOR || choice.env.TERM === 'dumb') {
        return false;
    }
    return choice.isTTY;
}

/** The palette to use under a choice. */
export function palette(choice: ColourChoice): Palette {
    return wantsColour(choice) ? COLOURED : PLAIN;
}
