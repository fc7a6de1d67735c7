import { activeLocale } from './active-locale.js';
import { formatMessage, type MessageValues } from './format-message.js';
import { SOURCE_LOCALE, type Locale, type TranslatedLocale } from './locales.js';
import type { MessageArguments, TakesArguments } from './message-arguments.js';
import { templateTakesArguments } from './template-parts.js';

/**
 * An English catalogue: keys to ICU MessageFormat templates, or to groups of them. Written
 * `as const` so that the type checker sees each template's text and derives its arguments.
 */
export interface MessageSource {
    readonly [key: string]: string | MessageSource;
}

/** What a catalogue gives its callers: a string for a template without arguments, a function of exactly its arguments otherwise. */
export type Messages<C> = {
    readonly [K in keyof C]: C[K] extends string
        ? TakesArguments<C[K]> extends true ? (values: MessageArguments<C[K]>) => string : string
        : Messages<C[K]>;
};

/**
 * A translation of catalogue `C`: the same keys (a key it lacks falls back on English; the
 * completeness test fails on it), no others (the type checker rejects them), every template
 * with the same arguments (the completeness test checks that).
 */
export type Translation<C> = {
    readonly [K in keyof C]?: C[K] extends string ? string : Translation<C[K]>;
};

/** A catalogue as the completeness test sees it. */
export interface RegisteredCatalogue {
    readonly name: string;
    readonly source: MessageSource;
    readonly translations: Readonly<Partial<Record<TranslatedLocale, Translation<MessageSource>>>>;
}

const registry: RegisteredCatalogue[] = [];

/** Every catalogue defined so far in this process (the completeness test imports them all first). */
export function registeredCatalogues(): readonly RegisteredCatalogue[] {
    return registry;
}

/**
 * Defines a catalogue: `source` is the English text, `translations` the other locales'.
 * Each message is formatted in the active locale when it is read or called, so one catalogue
 * serves every locale, and a template missing (or broken) in a translation falls back on the
 * English one instead of failing in front of a user.
 */
export function defineMessages<const C extends MessageSource>(
    name: string,
    source: C,
    translations: Readonly<Partial<Record<TranslatedLocale, Translation<C>>>>,
): Messages<C> {
    registry.push({ name, source, translations: translations as RegisteredCatalogue['translations'] });
    return build(source, locale => locale === SOURCE_LOCALE ? undefined : translations[locale] as Translation<MessageSource> | undefined) as Messages<C>;
}

type TranslationOf = (locale: Locale) => Translation<MessageSource> | undefined;

function build(source: MessageSource, translationOf: TranslationOf): object {
    const messages: Record<string, unknown> = {};
    for (const [key, template] of Object.entries(source)) {
        if (typeof template !== 'string') {
            messages[key] = build(template, locale => translationOf(locale)?.[key] as Translation<MessageSource> | undefined);
            continue;
        }
        const format = (values?: MessageValues): string => {
            const locale = activeLocale();
            const translated = translationOf(locale)?.[key];
            if (typeof translated === 'string') {
                try {
                    return formatMessage(translated, locale, values);
                } catch {
                    // A broken translation (the completeness test reports it) shows the English text.
                }
            }
            return formatMessage(template, SOURCE_LOCALE, values);
        };
        if (templateTakesArguments(template)) {
            messages[key] = format;
        } else {
            Object.defineProperty(messages, key, { get: () => format(), enumerable: true });
        }
    }
    return Object.freeze(messages);
}
