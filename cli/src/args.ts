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

/** The candidate nearest to a misspelt word, if one is close enough to be a plausible typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // A third of the word may be wrong; a shared prefix also counts (--form for --format).
    const prefix = best !== undefined && word.length >= 4 && best.startsWith(word);
    return best !== undefined && (bestDistance <= Math.max(1, Math.floor(word.length / 3)) || prefix) ? best : undefined;
}

/** Levenshtein distance with adjacent transpositions, for typo hints. */
function editDistance(a: string, b: string): number {
    const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) {
        rows[0]![j] = j;
    }
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, rows[i - 2]![j - 2]! + 1);
            }
            rows[i]![j] = value;
        }
    }
    return rows[a.length]![b.length]!;
}
