import { closest } from '../../server/src/catalogue/playbook-closest.js';
import { parseArgs } from 'node:util';
import { messages } from './messages.js';

/** One option of a command. */
export interface OptionSpec {
    type: 'boolean' | 'string';
    short?: string;
    /** A string option given several times collects every value. */
    multiple?: boolean;
    /** A boolean option that also accepts `--no-NAME`. */
    negatable?: boolean;
}

/** The values parsed from the command line, by option name. */
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** A command line split into options and positionals, or the usage error that stopped it. */
export type ParsedArgs =
    | { ok: true; values: OptionValues; positionals: string[] }
    | { ok: false; message: string };

/**
 * Parses a command's arguments with Node's `util.parseArgs` (its tokens, not strict, so that it
 * never throws), then checks each token against the command's options: a misspelt option gets
 * the nearest known one as a hint, `--output --quiet` (a value that looks like an option) is
 * refused so that a forgotten value is not swallowed silently, and a flag with a value
 * (`--quiet=yes`) is refused.
 */
export function parseCommandArgs(argv: readonly string[], specs: Readonly<Record<string, OptionSpec>>, command: string): ParsedArgs {
    const values: OptionValues = {};
    const positionals: string[] = [];
    const known = Object.entries(specs).flatMap(([name, spec]) => spec.negatable ? [`--${name}`, `--no-${name}`] : [`--${name}`]);
    const options = Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }]));
    const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, allowNegative: true, tokens: true });
    for (const token of tokens) {
        if (token.kind === 'positional') {
            positionals.push(token.value);
            continue;
        }
        if (token.kind === 'option-terminator') {
            continue;
        }
        const negated = token.rawName.startsWith('--no-') && specs[token.name]?.negatable === true;
        const spec = specs[token.name];
        if (spec === undefined || (token.rawName.startsWith('--no-') && !negated) || token.rawName !== (token.rawName.startsWith('--') ? token.rawName : `-${spec.short}`)) {
            const suggestion = closest(token.rawName, known);
            return {
                ok: false,
                message: suggestion
                    ? messages.unknownOptionHint({ option: token.rawName, command, suggestion })
                    : messages.unknownOption({ option: token.rawName, command }),
            };
        }
        if (spec.type === 'boolean') {
            if (token.value !== undefined) {
                return { ok: false, message: messages.unexpectedValue({ option: token.rawName }) };
            }
            values[token.name] = !negated;
            continue;
        }
        const value = token.value;
        if (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-')) {
            return { ok: false, message: messages.missingValue({ option: token.rawName }) };
        }
        if (spec.multiple) {
            const list = values[token.name];
            values[token.name] = Array.isArray(list) ? [...list, value] : [value];
        } else {
            values[token.name] = value;
        }
    }
    return { ok: true, values, positionals };
}

// One "did you mean" for the whole project (options, commands, rule ids, time zones); re-exported for the commands.
export { closest };
