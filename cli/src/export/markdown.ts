import { escapeMarkdown } from '../../../escaping/src/markdown.js';
import { formatDuration } from '../../../server/src/language/durations.js';
import type { CommunicationRuleModel, FlowItemModel, PartyRef, PlaybookModel, RoleModel, RotationModel } from '../../../protocol/src/playbook-model-types.js';
import { messages } from '../messages.js';

const md = messages.markdown;

/**
 * Renders the resolved model as a Markdown document for a wiki page or a review: who holds
 * which role, the severities and their targets, triggers, escalation timelines, channels, the
 * communication plan and the steps as a checklist. Empty sections are left out.
 */
export function renderMarkdown(model: PlaybookModel, version: string): string {
    const blocks: string[] = [md.generated({ version }), md.title({ title: inline(model.title ?? model.name), name: model.name })];
    if (model.description) {
        blocks.push(inline(model.description));
    }
    blocks.push(lines([
        model.owner && md.owner({ owner: party(model.owner) }),
        model.version && md.version({ version: inline(model.version) }),
        model.reviewed && (model.reviewEverySeconds
            ? md.reviewedEvery({ date: model.reviewed, every: formatDuration(model.reviewEverySeconds) })
            : md.reviewed({ date: model.reviewed })),
    ]));
    if (model.roles.length > 0) {
        blocks.push(md.rolesHeading, table(md.rolesHeader, model.roles.map(roleRow)), ...model.roles.filter(r => r.duties.length > 0).map(duties));
    }
    if (model.severities.length > 0) {
        blocks.push(md.severitiesHeading, table(md.severitiesHeader, model.severities.map(s => [
            code(s.name), inline(s.title), duration(s.respondSeconds), duration(s.resolveSeconds),
            s.escalation ? code(s.escalation) : md.none, duration(s.updateEverySeconds), s.coverage ?? md.none,
        ])));
    }
    if (model.triggers.length > 0) {
        blocks.push(md.triggersHeading, ...model.triggers.map(t => [
            md.triggerHeading({ title: inline(t.title ?? t.name), name: t.name }),
            lines([
                t.category && md.category({ category: t.category }),
                t.source && (t.sourceDetail ? md.sourceDetail({ source: t.source, detail: inline(t.sourceDetail) }) : md.source({ source: t.source })),
                ...t.criteria.map(c => md.criterion({ condition: inline(c.condition), severity: c.severity ? code(c.severity) : md.none })),
                t.otherwise && md.otherwise({ severity: code(t.otherwise) }),
                t.activators.length > 0 && md.activatedBy({ parties: t.activators.map(party).join(md.listSeparator) }),
                t.automatic && md.activatedAutomatically,
                t.escalation && md.triggerEscalation({ path: code(t.escalation) }),
            ]),
        ].join('\n\n')));
    }
    if (model.escalations.length > 0) {
        blocks.push(md.escalationsHeading, ...model.escalations.map(e => [
            md.escalationHeading({ title: inline(e.title ?? e.name), name: e.name }),
            table(md.escalationHeader, e.levels.map(l => [String(l.number), duration(l.delaySeconds), duration(l.atSeconds), l.notify.map(party).join(md.listSeparator)])),
            lines([e.repeat > 0 && md.escalationRepeat({ times: e.repeat }), e.then && md.escalationThen({ path: e.then })]),
        ].filter(Boolean).join('\n\n')));
    }
    if (model.channels.length > 0) {
        blocks.push(md.channelsHeading, table(md.channelsHeader, model.channels.map(c => [
            code(c.name), c.kind, inline(c.address), c.owner ? party(c.owner) : md.none, c.backup ? code(c.backup) : md.none, c.standby ? md.yes : md.no,
        ])));
    }
    if (model.communications.length > 0) {
        blocks.push(md.communicationsHeading, table(md.communicationsHeader, model.communications.map(communicationRow)));
    }
    if (model.phases.length > 0) {
        blocks.push(md.stepsHeading, ...model.phases.map(phase => [
            md.phaseHeading({ title: inline(phase.title ?? phase.name), name: phase.name }),
            phase.items.map((item, i) => flowItem(item, i + 1)).join('\n'),
        ].join('\n\n')));
    }
    if (model.review) {
        const r = model.review;
        blocks.push(md.reviewHeading, lines([
            r.title && md.reviewTitle({ title: inline(r.title) }),
        ]), lines([
            r.owner && md.reviewOwner({ owner: code(r.owner) }),
            r.dueSeconds !== undefined && md.reviewDue({ duration: formatDuration(r.dueSeconds) }),
            ...r.assessments.map(text => md.assess({ text: inline(text) })),
            ...r.followUps.map(text => md.followUp({ text: inline(text) })),
            ...r.kpis.map(text => md.kpi({ text: inline(text) })),
        ]));
    }
    if (model.drills.length > 0) {
        blocks.push(md.drillsHeading, table(md.drillsHeader, model.drills.map(d => [d.kind, inline(d.title), duration(d.everySeconds), d.last ?? md.none])));
    }
    if (model.people.length + model.teams.length + model.rotations.length > 0) {
        blocks.push(md.contactsHeading);
        if (model.people.length > 0) {
            blocks.push(table(md.peopleHeader, model.people.map(p => [
                code(p.name), inline(p.title), p.timezone ?? md.none,
                p.contacts.map(c => md.contact({ kind: c.kind, value: inline(c.value) })).join(md.listSeparator) || md.none,
            ])));
        }
        if (model.teams.length > 0) {
            blocks.push(table(md.teamsHeader, model.teams.map(t => [code(t.name), inline(t.title), t.members.map(code).join(md.listSeparator) || md.none])));
        }
        if (model.rotations.length > 0) {
            blocks.push(table(md.rotationsHeader, model.rotations.map(rotationRow)));
        }
    }
    return blocks.filter(b => b !== '').join('\n\n') + '\n';
}

function roleRow(role: RoleModel): string[] {
    const parties = (refs: readonly PartyRef[]) => refs.map(party).join(md.listSeparator) || md.none;
    return [
        code(role.name), inline(role.title), role.section ?? md.none, role.critical ? md.yes : md.no,
        parties(role.holders), parties(role.backups), md.assignedBy[role.assignedBy] ?? role.assignedBy,
    ];
}

function duties(role: RoleModel): string {
    return [md.dutiesOf({ role: role.name }), lines(role.duties.map(d => `- ${inline(d)}`))].join('\n\n');
}

function communicationRow(rule: CommunicationRuleModel): string[] {
    const when = [
        rule.everySeconds !== undefined && md.every({ duration: formatDuration(rule.everySeconds) }),
        rule.event && md.onEvent({ event: rule.event }),
    ].filter((w): w is string => typeof w === 'string');
    return [
        rule.audience, rule.channels.map(code).join(md.listSeparator) || md.none, when.join(md.clauseSeparator) || md.none,
        rule.severities.map(code).join(md.listSeparator) || md.allSeverities, rule.owner ? party(rule.owner) : md.none,
        inline(rule.template), rule.approver ? party(rule.approver) : md.none,
    ];
}

function rotationRow(rotation: RotationModel): string[] {
    const h = rotation.handoff;
    const handoff = h ? [
        md.handoffEvery({ duration: formatDuration(h.everySeconds) }),
        h.day && md.handoffOn({ day: h.day }),
        h.time && md.handoffAt({ time: h.time }),
        h.timezone && md.handoffZone({ timezone: h.timezone }),
        h.from && md.handoffFrom({ date: h.from }),
    ].filter((c): c is string => typeof c === 'string').join(' ') : md.none;
    return [code(rotation.name), inline(rotation.title), rotation.members.map(code).join(md.listSeparator) || md.none, handoff, rotation.coverage ?? md.none];
}

function flowItem(item: FlowItemModel, number: number): string {
    const clauses = [
        item.owner && md.stepOwner({ owner: code(item.owner) }),
        item.timeboxSeconds !== undefined && md.stepWithin({ duration: formatDuration(item.timeboxSeconds) }),
        item.after.length > 0 && md.stepAfter({ names: item.after.map(code).join(md.listSeparator) }),
    ].filter((c): c is string => typeof c === 'string');
    const head = item.kind === 'step'
        ? md.step({ title: inline(item.title ?? item.name), name: item.name })
        : md.decision({ question: inline(item.question ?? item.name), name: item.name });
    const details = item.kind === 'step'
        ? item.checks.map(text => md.check({ text: inline(text) }))
        : item.branches.map(b => md.branch({ label: inline(b.label), target: b.target ?? md.none }));
    return [`${number}. ${[head, ...clauses].join(md.clauseSeparator)}`, ...details.map(d => `   ${d}`)].join('\n');
}

function party(ref: PartyRef): string {
    return md.party({ kind: ref.kind, name: code(ref.name) });
}

function duration(seconds: number | undefined): string {
    return seconds === undefined ? md.none : formatDuration(seconds);
}

function lines(items: ReadonlyArray<string | false | undefined | 0>): string {
    return items.filter((i): i is string => typeof i === 'string' && i !== '').join('\n');
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
    return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- |').join('')}`, ...rows.map(r => `| ${r.join(' | ')} |`)].join('\n');
}

/** A name as inline code; backticks cannot occur in names, so no escaping is needed. */
function code(name: string): string {
    return `\`${name}\``;
}

/** Prose from the playbook, escaped so that it cannot open Markdown or HTML constructs or break a table. */
function inline(text: string | undefined): string {
    return text === undefined || text === '' ? md.none : escapeMarkdown(text);
}
