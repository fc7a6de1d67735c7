import { closest } from '../catalogue/playbook-closest.js';
// Asks Intl once per known zone: the clock keeps a formatter for each.
import { validZone } from '../time/zoned-clock.js';

/**
 * What a time zone name is: an IANA zone as `Intl` knows it, an abbreviation people write
 * instead (ET, CET), or neither. One home for the question, so that the rule and anything else
 * that reads a zone agree.
 */

/** Abbreviations written as if they were zones, and the zones they usually stand for (ambiguous ones list several). */
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
    ET: ['America/New_York'], EST: ['America/New_York'], EDT: ['America/New_York'],
    CT: ['America/Chicago'], CDT: ['America/Chicago'], CST: ['America/Chicago', 'Asia/Shanghai', 'Asia/Taipei'],
    MT: ['America/Denver'], MST: ['America/Denver', 'America/Phoenix'], MDT: ['America/Denver'],
    PT: ['America/Los_Angeles'], PST: ['America/Los_Angeles'], PDT: ['America/Los_Angeles'],
    AKST: ['America/Anchorage'], HST: ['Pacific/Honolulu'],
    BST: ['Europe/London'], IST: ['Asia/Kolkata', 'Europe/Dublin'],
    WET: ['Europe/Lisbon'], WEST: ['Europe/Lisbon'],
    CET: ['Europe/Warsaw', 'Europe/Berlin', 'Europe/Paris'], CEST: ['Europe/Warsaw', 'Europe/Berlin', 'Europe/Paris'],
    EET: ['Europe/Athens', 'Europe/Helsinki'], EEST: ['Europe/Athens', 'Europe/Helsinki'],
    MSK: ['Europe/Moscow'], JST: ['Asia/Tokyo'], KST: ['Asia/Seoul'], HKT: ['Asia/Hong_Kong'],
    SGT: ['Asia/Singapore'], AEST: ['Australia/Sydney'], AEDT: ['Australia/Sydney'], NZST: ['Pacific/Auckland'],
};

/** What a time zone text turned out to be. */
export type TimeZoneReading =
    | { kind: 'zone' }
    | { kind: 'abbreviation'; zones: readonly string[] }
    | { kind: 'unknown'; suggestion?: string };

let zones: readonly string[] | undefined;

/** The IANA zones this runtime knows (canonical names), computed once. */
function knownZones(): readonly string[] {
    zones ??= Intl.supportedValuesOf('timeZone');
    return zones;
}

/**
 * Reads a time zone text. `UTC` and `GMT` are zones (with no daylight saving, as their writers
 * mean). An offset such as `+01:00` is not: it knows no daylight saving. Backward links that
 * IANA keeps for old abbreviations (`CET`, `EST`) are read as abbreviations, since they are not
 * what the writer means by a place's time.
 */
export function readTimeZone(text: string): TimeZoneReading {
    const abbreviation = ABBREVIATIONS[text.toUpperCase()];
    if (abbreviation) {
        return { kind: 'abbreviation', zones: abbreviation };
    }
    if (/^[A-Za-z]/.test(text) && validZone(text) !== undefined) {
        return { kind: 'zone' };
    }
    const suggestion = closest(text, knownZones());
    return suggestion ? { kind: 'unknown', suggestion } : { kind: 'unknown' };
}
