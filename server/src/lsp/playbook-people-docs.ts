/**
 * Hover lines for the constructs of people, roles and time: how a role is filled at run time,
 * its cardinality, qualifications, exclusions and relief; a rotation's owner, layers,
 * restrictions, overrides and hand-off duties; a calendar's hours and holidays; a person's
 * qualifications. PlaybookNodeDocs appends them to its own lines.
 */
import {
    isCalendar, isPerson, isRole, isRotation, isSeverity, isSeverityScale,
    type Calendar, type Person, type Role, type Rotation, type Window,
} from '../language/generated/ast.js';
import type { AstNode } from 'langium';
import { escapeMarkdown as prose } from '../../../escaping/src/markdown.js';
import { formatDuration } from '../language/durations.js';
import { replacedSeverity } from '../language/playbook-shared.js';
import { peopleHoverMessages as m } from '../messages-people.js';

const names = (refs: ReadonlyArray<{ $refText: string }>): string => refs.map(r => `\`${r.$refText}\``).join(m.listSeparator);

function windowText(window: Window | undefined): string {
    if (!window) return '';
    const days = window.first ? (window.last ? m.dayRange({ first: window.first, last: window.last }) : window.first) : m.everyDay;
    const start = window.start as string | undefined;
    return start ? m.windowWithTime({ days, start, end: window.end }) : days;
}

function role(node: Role): string[] {
    const lines: string[] = [];
    if (node.designators.length > 0) lines.push(m.designatedBy({ roles: names(node.designators) }));
    if (node.atStart) lines.push(m.designatedAtStart);
    if (node.volunteers) lines.push(m.volunteers);
    if (node.optional) lines.push(m.optional);
    if (node.defaultFrom) lines.push(m.defaultsTo({ role: `\`${node.defaultFrom.$refText}\`` }));
    const c = node.cardinality;
    if (c) lines.push(c.max !== undefined ? m.upTo({ count: c.max }) : c.orMore ? m.orMore({ count: c.min ?? 1 }) : m.exactly({ count: c.min ?? 1 }));
    if (node.requires.length > 0) lines.push(m.requires({ qualifications: names(node.requires) }));
    if (node.excludes.length > 0) lines.push(m.excludes({ others: names(node.excludes) }));
    if (node.reliefAfter !== undefined) {
        const after = formatDuration(node.reliefAfter);
        lines.push(node.checkInEvery !== undefined ? m.reliefWithCheckIn({ after, every: formatDuration(node.checkInEvery) }) : m.relief({ after }));
    }
    return lines;
}

function rotation(node: Rotation): string[] {
    const lines: string[] = [];
    if (node.owner) lines.push(m.owner({ owner: `\`${node.owner.$refText}\`` }));
    if (node.coverageCalendar) lines.push(m.coversCalendar({ calendar: `\`${node.coverageCalendar.$refText}\`` }));
    for (const layer of node.layers) lines.push(m.layer({ layer: layer.label, members: names(layer.members) }));
    for (const restriction of node.restrictions) {
        lines.push(restriction.calendar ? m.onlyCalendar({ calendar: `\`${restriction.calendar.$refText}\`` }) : m.only({ window: windowText(restriction.window) }));
    }
    for (const override of node.overrides) {
        const who = override.substitute?.$refText ?? '';
        lines.push(override.replaced
            ? m.overrideFor({ person: who, replaced: override.replaced.$refText, start: override.start, end: override.end })
            : m.override({ person: who, start: override.start, end: override.end }));
    }
    for (const duty of node.handoffDuties) lines.push(m.handoffDuty({ duty: prose(duty) }));
    return lines;
}

function calendar(node: Calendar): string[] {
    const lines = [m.timezone({ zone: node.timezone ?? 'UTC' })];
    for (const hours of node.hours) lines.push(m.hours({ window: windowText(hours.window) }));
    if (node.holidays.length > 0) lines.push(m.holidays({ count: node.holidays.length }));
    return lines;
}

function person(node: Person): string[] {
    return node.qualifications.length > 0 ? [m.qualified({ qualifications: names(node.qualifications) })] : [];
}

/** The extra lines for a node (none for the nodes this file does not describe). */
export function peopleLines(node: AstNode): string[] {
    if (isRole(node)) return role(node);
    if (isRotation(node)) return rotation(node);
    if (isCalendar(node)) return calendar(node);
    if (isPerson(node)) return person(node);
    if (isSeverity(node)) {
        const replaced = replacedSeverity(node);
        const scale = replaced?.$container;
        return replaced && isSeverityScale(scale) ? [m.overridesScaleSeverity({ name: node.name, scale: scale.name })] : [];
    }
    return [];
}
