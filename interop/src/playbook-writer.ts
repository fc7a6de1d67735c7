/**
 * Writes a resolved playbook model back as playbook text: what every import (`playbook import
 * cacao|pagerduty`) ends with. The file is self-contained: the people, teams, rotations and
 * roles the model names are written inside the playbook. The CLI passes the text through the
 * formatter, so only the structure matters here, not the layout.
 */
import type {
    ChannelModel, CommunicationRuleModel, EscalationPathModel, FlowItemModel, PartyRef, PersonModel, PlaybookModel,
    RoleModel, RotationModel, SeverityModel, TeamModel, TriggerModel,
} from '../../protocol/src/playbook-model-types.js';
import { formatDuration } from '../../server/src/language/durations.js';

/** A string literal of the language: `\` and `"` escaped; line breaks, which a string cannot hold, as spaces. */
export function quote(text: string): string {
    return `"${text.replace(/[\r\n]+/g, ' ').replace(/[\\"]/g, c => `\\${c}`)}"`;
}

const NAME = /^[\p{L}_][\p{L}\p{N}_-]*$/u;

/**
 * A name of the language made from free text: lower case, runs of other characters as `-`,
 * unique among `taken` (a counter is appended). Letters of any script are kept.
 */
export function toName(text: string, taken: Set<string>, fallback = 'item'): string {
    let base = text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^[-\p{N}]+|-+$/gu, '').slice(0, 60).replace(/-+$/, '');
    if (!NAME.test(base)) base = fallback;
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
    taken.add(name);
    return name;
}

const title = (text: string | undefined) => text !== undefined ? ` ${quote(text)}` : '';
const names = (refs: readonly PartyRef[]) => refs.map(r => r.name).join(', ');

/** The playbook text of a model. */
export function writePlaybook(model: PlaybookModel, header?: string): string {
    const out: string[] = [];
    if (header) out.push(...header.split('\n').map(line => `// ${line}`), '');
    out.push(`playbook ${model.name}${title(model.title)} {`);
    if (model.owner) out.push(`owner ${model.owner.name}`);
    if (model.version !== undefined) out.push(`version ${quote(model.version)}`);
    if (model.reviewed !== undefined) out.push(`reviewed ${model.reviewed}${model.reviewEverySeconds ? ` every ${formatDuration(model.reviewEverySeconds)}` : ''}`);
    if (model.description !== undefined) out.push(`description ${quote(model.description)}`);
    const block = (lines: string[]) => { if (lines.length > 0) out.push('', ...lines); };
    block(model.people.flatMap(person));
    block(model.teams.flatMap(team));
    block(model.rotations.flatMap(rotation));
    block(model.roles.flatMap(role));
    block(model.roles.flatMap(assignment));
    block(model.severities.flatMap(severity));
    block(model.triggers.flatMap(trigger));
    block(model.escalations.flatMap(escalation));
    block(model.channels.map(channel));
    block(model.communications.map(communication));
    for (const phase of model.phases) {
        out.push('', `phase ${phase.name}${title(phase.title)} {`, ...phase.items.flatMap(item), '}');
    }
    if (model.review) {
        const r = model.review;
        const body = [
            ...r.assessments.map(a => `assess ${quote(a)}`),
            ...r.followUps.map(f => `follow-up ${quote(f)}`),
            ...r.kpis.map(k => `kpi ${k}`),
        ];
        const head = `review${title(r.title)}${r.owner ? ` owner ${r.owner}` : ''}${r.dueSeconds ? ` within ${formatDuration(r.dueSeconds)}` : ''}`;
        out.push('', ...(body.length > 0 ? [`${head} {`, ...body, '}'] : [head]));
    }
    block(model.drills.map(d => `drill ${d.kind}${title(d.title)}${d.everySeconds ? ` every ${formatDuration(d.everySeconds)}` : ''}${d.last ? ` last ${d.last}` : ''}`));
    out.push('}');
    return `${out.join('\n')}\n`;
}

function person(p: PersonModel): string[] {
    const body = [...p.contacts.map(c => `${c.kind} ${quote(c.value)}`), ...(p.timezone ? [`timezone ${quote(p.timezone)}`] : [])];
    return body.length > 0 ? [`person ${p.name}${title(p.title)} {`, ...body, '}'] : [`person ${p.name}${title(p.title)}`];
}

function team(t: TeamModel): string[] {
    return t.members.length > 0 ? [`team ${t.name}${title(t.title)} {`, `members ${t.members.join(', ')}`, '}'] : [`team ${t.name}${title(t.title)}`];
}

function rotation(r: RotationModel): string[] {
    const body: string[] = [];
    if (r.members.length > 0) body.push(`members ${r.members.join(', ')}`);
    const h = r.handoff;
    if (h) {
        body.push(`handoff every ${formatDuration(h.everySeconds)}${h.day ? ` on ${h.day}` : ''}${h.time ? ` at ${h.time}` : ''}${h.timezone ? ` ${quote(h.timezone)}` : ''}${h.from ? ` from ${h.from}` : ''}`);
    }
    if (r.coverage) body.push(`covers ${r.coverage}`);
    return [`rotation ${r.name}${title(r.title)} {`, ...body, '}'];
}

function role(r: RoleModel): string[] {
    const body = [
        ...(r.section ? [`section ${r.section}`] : []),
        ...r.duties.map(d => `duty ${quote(d)}`),
        ...r.aliases.map(a => `aka ${quote(a)}`),
        ...(r.critical ? ['critical'] : []),
    ];
    return body.length > 0 ? [`role ${r.name}${title(r.title)} {`, ...body, '}'] : [`role ${r.name}${title(r.title)}`];
}

function assignment(r: RoleModel): string[] {
    if (r.holders.length === 0) return [];
    return [`assign ${r.name} to ${names(r.holders)}${r.backups.length > 0 ? ` backup ${names(r.backups)}` : ''}`];
}

function severity(s: SeverityModel): string[] {
    const body = [
        ...(s.respondSeconds ? [`respond within ${formatDuration(s.respondSeconds)}`] : []),
        ...(s.resolveSeconds ? [`resolve within ${formatDuration(s.resolveSeconds)}`] : []),
        ...(s.escalation ? [`escalation ${s.escalation}`] : []),
        ...(s.updateEverySeconds ? [`updates every ${formatDuration(s.updateEverySeconds)}`] : []),
        ...(s.coverage ? [`coverage ${s.coverage}`] : []),
        ...(s.description !== undefined ? [`description ${quote(s.description)}`] : []),
    ];
    return body.length > 0 ? [`severity ${s.name}${title(s.title)} {`, ...body, '}'] : [`severity ${s.name}${title(s.title)}`];
}

function trigger(t: TriggerModel): string[] {
    const body = [
        ...(t.category ? [`category ${t.category}`] : []),
        ...(t.source ? [`source ${t.source}${t.sourceDetail !== undefined ? ` ${quote(t.sourceDetail)}` : ''}`] : []),
        ...t.criteria.filter(c => c.severity).map(c => `when ${quote(c.condition)} then ${c.severity}`),
        ...(t.otherwise ? [`otherwise ${t.otherwise}`] : []),
        ...(t.automatic ? ['activated automatically'] : []),
        ...(t.activators.length > 0 ? [`activated by ${names(t.activators)}`] : []),
        ...(t.escalation ? [`escalation ${t.escalation}`] : []),
    ];
    return [`trigger ${t.name}${title(t.title)} {`, ...body, '}'];
}

function escalation(e: EscalationPathModel): string[] {
    return [
        `escalation ${e.name}${title(e.title)} {`,
        ...e.levels.map(l => `level ${l.number}${l.delaySeconds > 0 ? ` after ${formatDuration(l.delaySeconds)}` : ''} notify ${names(l.notify)}`),
        ...(e.repeat > 0 ? [`repeat ${e.repeat}`] : []),
        ...(e.then ? [`then ${e.then}`] : []),
        '}',
    ];
}

function channel(c: ChannelModel): string {
    return `channel ${c.name} ${c.kind} ${quote(c.address)}${c.owner ? ` owner ${c.owner.name}` : ''}${c.backup ? ` backup ${c.backup}` : ''}${c.standby ? ' standby' : ''}`;
}

function communication(c: CommunicationRuleModel): string {
    return [
        `notify ${c.audience} via ${c.channels.join(', ')}`,
        ...(c.everySeconds ? [`every ${formatDuration(c.everySeconds)}`] : []),
        ...(c.event ? [`on ${c.event}`] : []),
        ...(c.severities.length > 0 ? [`during ${c.severities.join(', ')}`] : []),
        ...(c.owner ? [`owner ${c.owner.name}`] : []),
        ...(c.template !== undefined ? [`template ${quote(c.template)}`] : []),
        ...(c.approver ? [`approved by ${c.approver.name}`] : []),
    ].join(' ');
}

function item(i: FlowItemModel): string[] {
    const clauses = `${i.owner ? ` owner ${i.owner}` : ''}${i.timeboxSeconds ? ` within ${formatDuration(i.timeboxSeconds)}` : ''}${i.after.length > 0 ? ` after ${i.after.join(', ')}` : ''}`;
    if (i.kind === 'step') {
        const head = `step ${i.name}${title(i.title)}${clauses}${i.severities ? ` during ${i.severities.join(', ')}` : ''}`;
        return i.checks.length > 0 ? [`${head} {`, ...i.checks.map(c => `check ${quote(c)}`), '}'] : [head];
    }
    const branches = i.branches.filter(b => b.target !== undefined)
        .map(b => `${b.label === 'yes' || b.label === 'no' ? b.label : quote(b.label)} goto ${b.target}`);
    return [`decide ${i.name}${title(i.question)}${clauses} {`, ...branches, '}'];
}
