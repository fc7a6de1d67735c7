import { activeLocale } from './active-locale.js';
import type { Locale } from './locales.js';

/**
 * Dates, times, durations and lists in the reader's locale, through Intl (never by hand), for
 * the texts that show them outside a message template. Each takes the locale explicitly or
 * uses the active one.
 */

/** A calendar day, `2 grudnia 2026` / `2026年12月2日` / `December 2, 2026`. */
export function formatDate(date: Date, locale: Locale = activeLocale(), timeZone = 'UTC'): string {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
}

/** A moment with its day and time in `timeZone`. */
export function formatDateTime(date: Date, locale: Locale = activeLocale(), timeZone = 'UTC'): string {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** A time of day in `timeZone`, `09:00` / `上午9:00` / `9:00 AM`. */
export function formatTime(date: Date, locale: Locale = activeLocale(), timeZone = 'UTC'): string {
    return new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(date);
}

/** A list with the locale's conjunction: `a, b and c` / `a, b i c` / `a、b和c`. */
export function formatList(items: readonly string[], locale: Locale = activeLocale(), type: 'conjunction' | 'disjunction' = 'conjunction'): string {
    return new Intl.ListFormat(locale, { style: 'long', type }).format(items);
}

const DURATION_UNITS = [
    ['weeks', 'week', 7 * 24 * 3600],
    ['days', 'day', 24 * 3600],
    ['hours', 'hour', 3600],
    ['minutes', 'minute', 60],
    ['seconds', 'second', 1],
] as const;

/** Intl.DurationFormat where the runtime has it (Node 23+, current browsers); typed here because ES2023's lib lacks it. */
interface DurationFormatLike {
    format(duration: Partial<Record<(typeof DURATION_UNITS)[number][0], number>>): string;
}
type DurationFormatConstructor = new (locale: string, options: { style: 'long' | 'short' | 'narrow'; secondsDisplay?: 'always' | 'auto' }) => DurationFormatLike;

/**
 * A length of time in words, `1 hour, 30 minutes` / `1 godzina, 30 minut` / `1 小時 30 分鐘`:
 * Intl.DurationFormat when the runtime has it, otherwise the same from Intl.NumberFormat's units
 * joined by Intl.ListFormat (Node 22 has no DurationFormat).
 */
export function formatDuration(seconds: number, locale: Locale = activeLocale(), style: 'long' | 'short' | 'narrow' = 'long'): string {
    const parts: Partial<Record<(typeof DURATION_UNITS)[number][0], number>> = {};
    let rest = Math.max(0, Math.round(seconds));
    for (const [field, , size] of DURATION_UNITS) {
        const count = Math.floor(rest / size);
        if (count > 0) {
            parts[field] = count;
            rest -= count * size;
        }
    }
    const zero = Object.keys(parts).length === 0;
    if (zero) {
        parts.seconds = 0;
    }
    const DurationFormat = (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
    if (DurationFormat !== undefined) {
        // DurationFormat leaves out units that are zero, so a zero duration would print nothing ("overdue by ").
        return new DurationFormat(locale, { style, ...(zero ? { secondsDisplay: 'always' as const } : {}) }).format(parts);
    }
    const words = DURATION_UNITS.filter(([field]) => parts[field] !== undefined)
        .map(([field, unit]) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: style }).format(parts[field] ?? 0));
    return new Intl.ListFormat(locale, { style: style === 'long' ? 'long' : 'narrow', type: 'unit' }).format(words);
}
