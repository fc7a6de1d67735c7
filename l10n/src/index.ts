/**
 * The message system (docs/l10n.md): catalogues of ICU MessageFormat templates with typed
 * arguments, one active locale per process, locale negotiation, and Intl formatting.
 */
export { LOCALES, SOURCE_LOCALE, TRANSLATED_LOCALES, localeFromEnvironment, matchLocale, negotiateLocale, type Locale, type TranslatedLocale } from './locales.js';
export { activeLocale, setActiveLocale, withLocale } from './active-locale.js';
export { defineMessages, registeredCatalogues, type MessageSource, type Messages, type RegisteredCatalogue, type Translation } from './message-catalogue.js';
export type { MessageArguments, TakesArguments } from './message-arguments.js';
export { formatMessage } from './format-message.js';
export { formatDate, formatDateTime, formatDuration, formatList, formatTime } from './intl-format.js';
