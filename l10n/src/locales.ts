/**
 * The locales the product speaks, and how a requested language (a BCP 47 tag from an editor,
 * a POSIX locale such as `zh_TW.UTF-8` from the environment) maps onto one of them.
 */

/** Every locale with catalogues; English is the source every catalogue is written in. */
export const LOCALES = ['en', 'zh-TW', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];
/** The locales that translate the English source. */
export type TranslatedLocale = Exclude<Locale, 'en'>;
export const TRANSLATED_LOCALES: readonly TranslatedLocale[] = ['zh-TW', 'pl'];
export const SOURCE_LOCALE = 'en' as const satisfies Locale;

/**
 * The supported locale a language tag asks for, or undefined when none fits (the caller then
 * tries its next source or falls back on English). Accepts BCP 47 tags (`zh-Hant-TW`, `pl`) and
 * POSIX locale names (`zh_TW.UTF-8`, `pl_PL.utf8@euro`); `C` and `POSIX` mean English.
 * Chinese is matched by script: our Chinese is Traditional, so `zh-TW`, `zh-HK` and `zh-Hant*`
 * get it, while `zh-CN` and `zh-Hans*` (Simplified) fall back on English rather than get a
 * script their reader did not ask for.
 */
export function matchLocale(requested: string | undefined): Locale | undefined {
    const tag = posixToBcp47(requested?.trim() ?? '');
    if (tag === undefined) {
        return undefined;
    }
    if (tag === 'C' || tag === 'POSIX') {
        return 'en';
    }
    let locale: Intl.Locale;
    try {
        locale = new Intl.Locale(tag).maximize();
    } catch {
        return undefined;
    }
    switch (locale.language) {
        case 'en': return 'en';
        case 'pl': return 'pl';
        case 'zh': return locale.script === 'Hant' ? 'zh-TW' : undefined;
        default: return undefined;
    }
}

/** `zh_TW.UTF-8@modifier` → `zh-TW`; a BCP 47 tag passes unchanged; empty text → undefined. */
function posixToBcp47(text: string): string | undefined {
    const withoutModifier = text.split('@')[0] ?? '';
    const withoutCodeset = withoutModifier.split('.')[0] ?? '';
    const tag = withoutCodeset.replace(/_/g, '-');
    return tag === '' ? undefined : tag;
}

/**
 * The locale of the first candidate that names one, in order, or English. Each candidate that
 * is set decides on its own: an unsupported one is skipped for the next (an editor's `fr`
 * falls through to English, not to an error).
 */
export function negotiateLocale(candidates: readonly (string | undefined)[]): Locale {
    for (const candidate of candidates) {
        const match = matchLocale(candidate);
        if (match !== undefined) {
            return match;
        }
    }
    return SOURCE_LOCALE;
}

/**
 * The POSIX environment's choice of message language: the first of LC_ALL, LC_MESSAGES and
 * LANG that is set and not empty decides (as gettext does), English when it names a language
 * we do not have.
 */
export function localeFromEnvironment(env: Readonly<Record<string, string | undefined>>): Locale {
    const chosen = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(value => value !== undefined && value !== '');
    return matchLocale(chosen) ?? SOURCE_LOCALE;
}
