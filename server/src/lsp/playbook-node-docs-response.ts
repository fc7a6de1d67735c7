import type { AstNode } from 'langium';
import {
    isMeasure, isNamedAudience, isParameter, isProcedure, isSubTeam,
    type Measure, type Parameter, type Severity,
} from '../language/generated/ast.js';
import { escapeMarkdown as prose } from '../../../escaping/src/markdown.js';
import { formatDuration } from '../language/durations.js';
import { hoverMessages as hover } from '../messages.js';
import { responseHoverMessages as m } from './playbook-hover-messages-response.js';

/** The hover lines of issue 14's definitions, or undefined for other nodes (playbook-node-docs.ts handles those). */
export function responseDefinitionLines(node: AstNode): string[] | undefined {
    if (isMeasure(node)) return [measure(node)];
    if (isParameter(node)) return parameter(node);
    if (isNamedAudience(node)) {
        const lines = node.contacts.map(c => hover.contact({ kind: c.kind, value: prose(c.value) }));
        if (node.description) lines.push(prose(node.description));
        if (node.members.length > 0) lines.push(m.audienceMembers({ members: node.members.map(r => `\`${r.$refText}\``).join(hover.listSeparator) }));
        return lines;
    }
    if (isProcedure(node)) {
        const lines = [m.procedure({ steps: node.items.length })];
        if (node.condition) lines.push(m.procedureWhen({ when: prose(node.condition) }));
        return lines;
    }
    if (isSubTeam(node)) {
        const lines: string[] = [m.subTeam];
        if (node.leader) lines.push(m.subTeamLeader({ leader: node.leader.$refText }));
        if (node.task) lines.push(m.subTeamTask({ task: prose(node.task) }));
        return lines;
    }
    return undefined;
}

/** What a severity's `declared` and `paging` add to its hover. */
export function severitySemanticsLines(severity: Severity): string[] {
    const lines: string[] = [];
    if (severity.declared) lines.push(m.declared);
    if (severity.paging) lines.push(severity.paging === 'none' ? m.pagingNone : m.paging({ urgency: severity.paging }));
    return lines;
}

function measure(node: Measure): string {
    switch (node.kind) {
        case 'count': return m.measureCount;
        case 'percent': return m.measurePercent;
        case 'duration': return m.measureDuration;
        default: return m.measureValues({ values: node.values.map(v => `\`${v}\``).join(hover.listSeparator) });
    }
}

function parameter(node: Parameter): string[] {
    const lines = [m.parameter({ type: node.type })];
    const value = node.default;
    if (value) {
        const text = value.text !== undefined ? prose(value.text) : value.duration !== undefined ? formatDuration(value.duration) : String(value.number);
        lines.push(m.parameterDefault({ value: text }));
    }
    if (node.asked) lines.push(m.parameterAsked);
    return lines;
}
