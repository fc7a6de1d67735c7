import { closest } from '../../server/src/catalogue/playbook-closest.js';
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
 * Parses a command's arguments. Unlike `util.parseArgs`, it never throws, it suggests the
 * nearest known option for a misspelt one, and it refuses `--output --quiet` (a value that
 * looks like an option) so that a forgotten value is not swallowed silently.
 */
export function parseCommandArgs(argv: readonly string[], specs: Readonly<Record<string, OptionSpec>>, command: string): ParsedArgs {
    const values: OptionValues = {};
    const positionals: string[] = [];
    const byShort = new Map(Object.entries(specs).flatMap(([name, spec]) => spec.short ? [[spec.short, name] as const] : []));
    const known = Object.entries(specs).flatMap(([name, spec]) => spec.negatable ? [`--${name}`, `--no-${name}`] : [`--${name}`]);
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i]!;
        if (arg === '--') {
            positionals.push(...argv.slice(i + 1));
            break;
        }
        if (!arg.startsWith('-') || arg === '-') {
            positionals.push(arg);
            continue;
        }
        const equals = arg.indexOf('=');
        const flag = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg;
        const inline = arg.startsWith('--') && equals > 0 ? arg.slice(equals + 1) : undefined;
        const name = flag.startsWith('--') ? flag.slice(2) : byShort.get(flag.slice(1));
        const negated = name?.startsWith('no-') && specs[name.slice(3)]?.negatable ? name.slice(3) : undefined;
        const spec = name === undefined ? undefined : specs[negated ?? name];
        if (name === undefined || spec === undefined || (flag.length > 2 && !flag.startsWith('--'))) {
            const suggestion = closest(flag, known);
            return {
                ok: false,
                message: suggestion
                    ? messages.unknownOptionHint({ option: flag, command, suggestion })
                    : messages.unknownOption({ option: flag, command }),
            };
        }
        if (spec.type === 'boolean') {
            if (inline !== undefined) {
                return { ok: false, message: messages.unexpectedValue({ option: flag }) };
            }
            values[negated ?? name] = negated === undefined;
            continue;
        }
        const value = inline ?? argv[i + 1];
        if (value === undefined || (inline === undefined && value.startsWith('-') && value !== '-')) {
            return { ok: false, message: messages.missingValue({ option: flag }) };
        }
        if (inline === undefined) {
            i++;
        }
        if (spec.multiple) {
            const list = values[name];
            values[name] = Array.isArray(list) ? [...list, value] : [value];
        } else {
            values[name] = value;
        }
    }
    return { ok: true, values, positionals };
}

// One "did you mean" for the whole project (options, commands, rule ids, time zones); re-exported for the commands.
export { closest };
