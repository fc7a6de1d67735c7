/**
 * `playbook export --format ics --from DATE --weeks N`: who is on call, as an iCalendar feed
 * (RFC 5545) with one event per shift of each rotation: the holder in the summary, their
 * contacts in the description. Shifts come from the same computation as the runner's "on call
 * now" (layers, overrides, restrictions, calendars), and are written in UTC, so every calendar
 * shows them at the right local time on both sides of a clock change.
 */
import type { PersonModel, PlaybookModel, RotationModel } from '../../../protocol/src/playbook-model-types.js';
import { calendarLookup } from '../../../runner/src/engine/playbook-rotation.js';
import { onCallSegments } from '../../../server/src/time/on-call.js';
import { writtenTexts } from '../messages.js';

export interface IcsOptions {
    /** The first day of the feed, `YYYY-MM-DD`, from 00:00 UTC. */
    from: string;
    weeks: number;
    /** The rotation to write; every rotation of the playbook when absent. */
    rotation?: string;
    /** The feed's creation time (DTSTAMP). */
    now: Date;
    /** The product identifier's version. */
    toolVersion: string;
}

const WEEK = 7 * 86_400_000;

/** The iCalendar text. Lines end with CRLF and are folded at 75 octets, as RFC 5545 says. */
export function icsFeed(model: PlaybookModel, options: IcsOptions): string {
    const start = Date.parse(`${options.from}T00:00:00Z`);
    const span = { start, end: start + options.weeks * WEEK };
    const rotations = model.rotations.filter(r => options.rotation === undefined || r.name === options.rotation);
    const lines = [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        `PRODID:-//Incident Playbooks//playbook ${text(options.toolVersion)}//EN`,
        'CALSCALE:GREGORIAN',
        `X-WR-CALNAME:${text(writtenTexts.calendarName({ playbook: model.title ?? model.name }))}`,
    ];
    const stamp = utc(options.now.getTime());
    for (const rotation of rotations) {
        for (const shift of onCallSegments(rotation, calendarLookup(model), span)) {
            if (shift.member === undefined) continue;
            lines.push(...event(model, rotation, shift.member, shift.start, shift.end, stamp));
        }
    }
    lines.push('END:VCALENDAR');
    return lines.map(fold).join('\r\n') + '\r\n';
}

function event(model: PlaybookModel, rotation: RotationModel, member: string, start: number, end: number, stamp: string): string[] {
    const person = model.people.find(p => p.name === member);
    const who = person?.title ?? member;
    return [
        'BEGIN:VEVENT',
        `UID:${text(`${model.name}.${rotation.name}.${utc(start)}`)}@incident-playbooks`,
        `DTSTAMP:${stamp}`,
        `DTSTART:${utc(start)}`,
        `DTEND:${utc(end)}`,
        `SUMMARY:${text(writtenTexts.shiftSummary({ person: who, rotation: rotation.title ?? rotation.name }))}`,
        `DESCRIPTION:${text(description(rotation, who, person))}`,
        `CATEGORIES:${text(rotation.name)}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
    ];
}

function description(rotation: RotationModel, who: string, person: PersonModel | undefined): string {
    const contacts = (person?.contacts ?? []).map(c => `${c.kind}: ${c.value}`);
    return [writtenTexts.shiftDescription({ person: who, rotation: rotation.title ?? rotation.name }), ...contacts].join('\n');
}

/** `20261201T080000Z`. */
function utc(ms: number): string {
    return new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as `\n` (RFC 5545, 3.3.11). */
export function text(value: string): string {
    return value.replace(/[\\;,]/g, c => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into lines of at most 75 octets, never inside a UTF-8 sequence (RFC 5545, 3.1). */
function fold(line: string): string {
    const parts: string[] = [];
    let current = '';
    let octets = 0;
    for (const char of line) {
        const size = Buffer.byteLength(char, 'utf8');
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
            parts.push(current);
            current = '';
            octets = 0;
        }
        current += char;
        octets += size;
    }
    parts.push(current);
    return parts.join('\r\n ');
}
