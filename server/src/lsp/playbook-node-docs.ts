import type { AstNode, IndexManager } from 'langium';
import {
    isChannel, isDecision, isEscalationPath, isPerson, isPhase, isPlaybook, isRole, isRotation, isSeverity, isStep,
    isTeam, isTrigger, type Channel, type Decision, type EscalationPath, type Holder, type Party, type Person,
    type Playbook, type Role, type Rotation, type Severity, type Step, type Team, type Trigger,
} from '../language/generated/ast.js';
import { escapeMarkdown } from '../../../escaping/src/markdown.js';
import { formatDuration } from '../language/durations.js';
import { isCalendar, isQualification } from '../language/generated/ast.js';
import { peopleLines } from './playbook-people-docs.js';
import { sharedOverrideLines } from './playbook-shared-docs.js';
import { escalationTimeline } from '../language/playbook-escalation-timeline.js';
import { isHeld, type RoleHolderReader } from '../workspace/playbook-role-holding.js';
import { definitionKinds, hoverMessages as m } from '../messages.js';
import { responseHoverMessages as rm } from './playbook-hover-messages-response.js';
import { responseDefinitionLines, severitySemanticsLines } from './playbook-node-docs-response.js';

/** Playbook text as Markdown prose; a property the parser could not fill (a broken clause) is absent, whatever its type says. */
const prose = (text: string | undefined): string => escapeMarkdown(text ?? '');

/**
 * Markdown that explains a definition: what hover shows and what completion items carry as
 * documentation. `context` is where the reader is: a role's holders depend on the playbook
 * being read, since a playbook may assign a shared role to someone else. Every piece of text
 * the playbook wrote (titles, duties, descriptions, contacts) goes through `prose`, so it shows
 * as written and never becomes a heading, an image or a link.
 */
export class PlaybookNodeDocs {
    constructor(private readonly holders: RoleHolderReader, private readonly index: IndexManager) {}

    /** The Markdown for a definition, or undefined for nodes that are not definitions. */
    describe(node: AstNode, context: AstNode = node): string | undefined {
        // People, roles and time (playbook-people-docs.ts) add their lines; calendars and qualifications have only those.
        const own = this.lines(node, context);
        const lines = own || isCalendar(node) || isQualification(node)
            ? [...(own ?? []), ...peopleLines(node), ...sharedOverrideLines(node, this.index)] : undefined;
        if (!lines) {
            return undefined;
        }
        return [heading(node), ...lines].filter(l => l !== '').join(m.paragraphSeparator);
    }

    /** Who holds a role as seen from `context`, in Markdown, or undefined when nobody can answer. */
    private holdersText(role: Role, context: AstNode): string | undefined {
        const holding = this.holders.holding(role, context);
        return isHeld(holding) ? partyList(holding.holders) : undefined;
    }

    private lines(node: AstNode, context: AstNode): string[] | undefined {
        if (isRole(node)) return this.role(node, context);
        if (isPerson(node)) return person(node);
        if (isTeam(node)) return team(node);
        if (isRotation(node)) return rotation(node);
        if (isEscalationPath(node)) return escalation(node);
        if (isSeverity(node)) return severity(node);
        if (isChannel(node)) return channel(node);
        if (isStep(node) || isDecision(node)) return this.flowItem(node);
        if (isTrigger(node)) return trigger(node);
        if (isPhase(node)) return [m.itemCounts({ phases: 1, steps: node.items.length })];
        if (isPlaybook(node)) return playbook(node);
        return responseDefinitionLines(node);
    }

    private role(role: Role, context: AstNode): string[] {
        const holding = this.holders.holding(role, context);
        const lines: string[] = [];
        if (role.section) lines.push(m.section({ section: prose(role.section) }));
        if (role.critical) lines.push(m.critical);
        if (role.aliases.length > 0) lines.push(m.aliases({ aliases: role.aliases.map(prose).join(m.listSeparator) }));
        if (role.duties.length > 0) lines.push([m.duties, ...role.duties.map(text => m.listItem({ text: prose(text) }))].join('\n'));
        if (holding.state === 'unassigned') {
            lines.push(m.unassigned);
        } else if (holding.state === 'run-time' && holding.holders.length === 0) {
            // How it is filled is among the people lines.
        } else if (holding.state === 'unreachable') {
            lines.push(m.heldByUnreachable({ holders: partyList(holding.holders) }));
        } else {
            lines.push(m.heldBy({ holders: partyList(holding.holders) }));
            lines.push(holding.backups.length > 0 ? m.backups({ backups: partyList(holding.backups) }) : m.noBackup);
        }
        return lines;
    }

    private flowItem(item: Step | Decision): string[] {
        const lines: string[] = [];
        if (isDecision(item) && item.question) lines.push(prose(item.question));
        const role = item.owner?.ref;
        if (role && item.owner) {
            const holders = this.holdersText(role, item);
            lines.push(holders ? m.ownerRole({ role: item.owner.$refText, holders }) : m.ownerRoleUnassigned({ role: item.owner.$refText }));
        }
        if (item.timebox !== undefined) lines.push(m.within({ duration: formatDuration(item.timebox) }));
        if (item.dependsOn.length > 0) lines.push(m.after({ items: item.dependsOn.map(d => `\`${d.$refText}\``).join(m.listSeparator) }));
        if (isStep(item) && item.severities.length > 0) lines.push(rm.stepDuring({ severities: item.severities.map(s => `\`${s.$refText}\``).join(m.listSeparator) }));
        if (isStep(item) && item.checks.length > 0) lines.push([m.checks, ...item.checks.map(c => m.listItem({ text: prose(c.text) }))].join('\n'));
        return lines;
    }
}

function heading(node: AstNode): string {
    const named = node as AstNode & { name?: string; title?: string };
    const kind = definitionKinds[node.$type] ?? node.$type;
    const name = named.name ?? '';
    return named.title ? m.heading({ kind, name, title: prose(named.title) }) : m.headingUntitled({ kind, name });
}

function person(node: Person): string[] {
    const lines = node.contacts.map(c => m.contact({ kind: c.kind, value: prose(c.value) }));
    if (lines.length === 0) lines.push(m.noContact);
    if (node.timezone) lines.push(m.timezone({ timezone: prose(node.timezone) }));
    return [lines.join('  \n')];
}

function team(node: Team): string[] {
    const lines = node.members.length > 0 ? [m.members({ members: partyRefs(node.members) })] : [];
    const contacts = node.contacts.map(c => m.contact({ kind: c.kind, value: prose(c.value) }));
    return contacts.length > 0 ? [...lines, contacts.join('  \n')] : lines;
}

function rotation(node: Rotation): string[] {
    const lines: string[] = [];
    if (node.members.length > 0) lines.push(m.members({ members: partyRefs(node.members) }));
    if (node.handoff?.$cstNode) lines.push(m.handoff({ handoff: prose(node.handoff.$cstNode.text.replace(/^handoff\s+/, '')) }));
    if (node.coverage) lines.push(m.covers({ coverage: node.coverage }));
    return lines;
}

/** The path's timeline in one line: `L1 0m -> L2 10m -> L3 30m`. */
export function timelineText(path: EscalationPath): string {
    return escalationTimeline(path)
        .map(entry => m.timelineEntry({ level: entry.number, at: formatDuration(entry.at) }))
        .join(m.timelineSeparator);
}

function escalation(node: EscalationPath): string[] {
    if (node.levels.length === 0) return [m.noLevels];
    const lines = [m.timeline({ timeline: timelineText(node) })];
    lines.push(escalationTimeline(node)
        .map(entry => m.level({ level: entry.number, at: formatDuration(entry.at), targets: partyRefs(entry.level.targets) }))
        .join('  \n'));
    if (node.repeat !== undefined) lines.push(m.repeat({ times: node.repeat }));
    if (node.next) lines.push(m.then({ next: node.next.$refText }));
    return lines;
}

function severity(node: Severity): string[] {
    const targets: string[] = [];
    if (node.respond !== undefined) targets.push(m.respond({ duration: formatDuration(node.respond) }));
    if (node.resolve !== undefined) targets.push(m.resolve({ duration: formatDuration(node.resolve) }));
    if (node.updateEvery !== undefined) targets.push(m.updates({ duration: formatDuration(node.updateEvery) }));
    const lines = [targets.length > 0 ? targets.join('  \n') : m.noTargets];
    if (node.coverage) lines.push(m.coverage({ coverage: node.coverage }));
    if (node.description) lines.push(prose(node.description));
    lines.push(...severitySemanticsLines(node));
    const path = node.escalation?.ref;
    if (node.escalation) {
        lines.push(m.escalation({ path: node.escalation.$refText }));
        if (path && path.levels.length > 0) lines.push(m.timeline({ timeline: timelineText(path) }));
    }
    return lines;
}

function channel(node: Channel): string[] {
    const lines = [m.channel({ kind: node.kind, address: prose(node.address) })];
    if (node.owner) lines.push(m.owner({ owner: `\`${node.owner.$refText}\`` }));
    if (node.backup) lines.push(m.channelBackup({ backup: node.backup.$refText }));
    if (node.standby) lines.push(m.standby);
    return lines;
}

function trigger(node: Trigger): string[] {
    const lines: string[] = [];
    if (node.category) lines.push(m.category({ category: prose(node.category) }));
    if (node.source) lines.push(m.source({ source: prose(node.sourceDetail ? `${node.source} (${node.sourceDetail})` : node.source) }));
    if (node.activators.length > 0) lines.push(m.activatedBy({ parties: partyRefs(node.activators) }));
    if (node.automatic) lines.push(m.activatedAutomatically);
    return lines;
}

function playbook(node: Playbook): string[] {
    const lines: string[] = [];
    if (node.description) lines.push(prose(node.description));
    if (node.owner) lines.push(m.owns({ owner: `\`${node.owner.$refText}\`` }));
    if (node.reviewed) {
        lines.push(node.reviewEvery !== undefined
            ? m.reviewedEvery({ date: node.reviewed, every: formatDuration(node.reviewEvery) })
            : m.reviewed({ date: node.reviewed }));
    }
    const phases = node.elements.filter(isPhase);
    lines.push(m.itemCounts({ phases: phases.length, steps: phases.reduce((n, p) => n + p.items.length, 0) }));
    return lines;
}

/** `alice` (Alice Nowak), `sre` (SRE on-call) */
export function partyList(parties: readonly Party[] | readonly Holder[]): string {
    return parties.map(p => p.title ? m.holderWithTitle({ name: p.name, title: prose(p.title) }) : m.holderUntitled({ name: p.name })).join(m.listSeparator);
}

function partyRefs(refs: ReadonlyArray<{ $refText: string; ref?: Party }>): string {
    return refs.map(r => r.ref ? partyList([r.ref]) : m.holderUntitled({ name: r.$refText })).join(m.listSeparator);
}

