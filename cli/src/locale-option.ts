import { LOCALES, localeFromEnvironment, matchLocale, type Locale } from '../../l10n/src/index.js';
import { messages } from './messages.js';

/**
 * The language of a run: `--locale LOCALE` (or `--locale=LOCALE`) anywhere on the command line,
 * else the first of LC_ALL, LC_MESSAGES and LANG that is set, else English. The option is taken
 * out of the arguments so that every command accepts it. A value that names no locale of ours is
 * a usage error: the user asked for it by name, so silently falling back would hide a typo.
 */
export function takeLocaleOption(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): { argv: string[]; locale: Locale } | { usage: string } {
    const rest: string[] = [];
    let requested: string | undefined;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i]!;
        if (arg === '--locale') {
            requested = argv[i + 1];
            if (requested === undefined || requested.startsWith('-')) {
                return { usage: messages.missingValue({ option: '--locale' }) };
            }
            i++;
        } else if (arg.startsWith('--locale=')) {
            requested = arg.slice('--locale='.length);
        } else {
            rest.push(arg);
        }
    }
    if (requested === undefined) {
        return { argv: rest, locale: localeFromEnvironment(env) };
    }
    const locale = matchLocale(requested);
    return locale === undefined
        ? { usage: messages.badChoice({ option: '--locale', value: requested, choices: LOCALES.join(', ') }) }
        : { argv: rest, locale };
}
