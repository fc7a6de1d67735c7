import type { AstNode, Properties, ValidationAcceptor } from 'langium';
import { messages } from '../messages.js';

/** Reports a DATE literal (already shaped YYYY-MM-DD by the lexer) that is not a real calendar day. */
export function checkDate<N extends AstNode>(node: N, property: Properties<N>, accept: ValidationAcceptor): void {
    const text = (node as Record<string, unknown>)[property];
    if (typeof text === 'string' && !isCalendarDate(text)) {
        accept('error', messages.invalidDate({ text }), { node, property, code: 'invalid-date' });
    }
}

/** True when `YYYY-MM-DD` names a day that exists (no 2026-02-30). */
export function isCalendarDate(text: string): boolean {
    const [year, month, day] = text.split('-').map(Number);
    const date = new Date(Date.UTC(year!, month! - 1, day!));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
}

/** The day `seconds` after the start of `date` (both UTC), as YYYY-MM-DD. */
export function addToDate(date: string, seconds: number): string {
    return new Date(Date.parse(`${date}T00:00:00Z`) + seconds * 1000).toISOString().slice(0, 10);
}
