import { SOURCE_LOCALE, type Locale } from './locales.js';

/**
 * The locale messages are formatted in. One per process: the language server follows its one
 * client's `locale` (set once at initialize), the CLI its `--locale` or environment (set once at
 * start), the runner page its responder's choice. Catalogues read it each time a message is
 * formatted, so callers never pass a locale and a change takes effect on the next message.
 */
let active: Locale = SOURCE_LOCALE;

/** The locale messages are formatted in now. */
export function activeLocale(): Locale {
    return active;
}

/** Formats every message from now on in `locale`. */
export function setActiveLocale(locale: Locale): void {
    active = locale;
}

/** Runs `work` with messages in `locale`, then restores the previous locale (tests, exports). */
export function withLocale<T>(locale: Locale, work: () => T): T {
    const previous = active;
    active = locale;
    try {
        return work();
    } finally {
        active = previous;
    }
}
