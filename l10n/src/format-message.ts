import { IntlMessageFormat } from 'intl-messageformat';
import type { Locale } from './locales.js';

/** Argument values a template is formatted with. */
export type MessageValues = Readonly<Record<string, string | number | Date>>;

/** Compiled templates by locale and text: a diagnostic's message is formatted on every validation. */
const compiled = new Map<string, IntlMessageFormat>();

/**
 * Compiles an ICU MessageFormat template for `locale`. `ignoreTag`: our texts name placeholders
 * of the language itself in angle brackets (`assign <role> to <person>`), which are text, not
 * markup.
 */
export function compileMessage(template: string, locale: Locale): IntlMessageFormat {
    const key = `${locale}\u0000${template}`;
    let format = compiled.get(key);
    if (format === undefined) {
        format = new IntlMessageFormat(template, locale, undefined, { ignoreTag: true });
        compiled.set(key, format);
    }
    return format;
}

/** Formats `template` in `locale`; plurals follow Intl.PluralRules, numbers and dates Intl. */
export function formatMessage(template: string, locale: Locale, values?: MessageValues): string {
    const result = compileMessage(template, locale).format<string>(values);
    return Array.isArray(result) ? result.join('') : String(result);
}
