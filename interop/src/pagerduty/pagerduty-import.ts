/**
 * `playbook import pagerduty FILE`: a PagerDuty export (users, teams, schedules, escalation
 * policies as its REST API returns them) as one organisation file: people with their contact
 * methods and time zones, teams with members, schedules as rotations (one layer per schedule
 * layer, its turn length and virtual start as the hand-off, its restrictions as `only` windows,
 * overrides), escalation policies as escalation paths (delays, targets, loops). Every playbook of
 * the workspace then sees them; nobody types them again.
 */
import { formatDuration } from '../../../server/src/language/durations.js';
import { validZone, wallClock } from '../../../server/src/time/zoned-clock.js';
import { quote, toName } from '../playbook-writer.js';
import type { PdEscalationPolicy, PdExport, PdLayer, PdRestriction, PdSchedule, PdTeam, PdUser } from './pagerduty-types.js';
import { importErrors, writtenTexts } from '../messages.js';

/** A problem with the input, with the JSON path where it is. */
export class PagerDutyImportError extends Error {
    constructor(readonly where: string, message: string) {
        super(message);
    }
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const DAY_SECONDS = 86_400;

/** The organisation file's text for a PagerDuty export. */
export function fromPagerDuty(input: unknown, header?: string): string {
    const data = asExport(input);
    const names = new Names();
    const users = data.users ?? [];
    for (const user of users) names.add('user', user.id, user.name ?? user.summary ?? user.email ?? user.id, 'person');
    for (const team of data.teams ?? []) names.add('team', team.id, team.name ?? team.summary ?? team.id, 'team');
    for (const schedule of data.schedules ?? []) names.add('schedule', schedule.id, schedule.name ?? schedule.summary ?? schedule.id, 'rotation');
    for (const policy of data.escalation_policies ?? []) names.add('policy', policy.id, policy.name ?? policy.summary ?? policy.id, 'escalation');
    const out: string[] = [];
    if (header) out.push(...header.split('\n').map(line => `// ${line}`), '');
    const blocks = [
        ...users.map(user => person(user)),
        ...(data.teams ?? []).map(team => teamText(team, users, names)),
        ...(data.schedules ?? []).map(schedule => rotation(schedule, names)),
        ...(data.escalation_policies ?? []).map(policy => escalation(policy, names)),
    ];
    out.push(blocks.join('\n\n'));
    return `${out.join('\n')}\n`;

    function person(user: PdUser): string {
        const lines = contacts(user).map(c => `  ${c}`);
        const zone = validZone(user.time_zone);
        if (zone) lines.push(`  timezone ${quote(zone)}`);
        const head = `person ${names.of('user', user.id)} ${quote(user.name ?? user.summary ?? user.id)}`;
        return lines.length > 0 ? `${head} {\n${lines.join('\n')}\n}` : head;
    }
}

function asExport(input: unknown): PdExport {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        throw new PagerDutyImportError('/', importErrors.pagerDutyNotObject);
    }
    const value = input as Record<string, unknown>;
    const lists = ['users', 'teams', 'schedules', 'escalation_policies'];
    if (!lists.some(key => key in value)) {
        throw new PagerDutyImportError('/', importErrors.pagerDutyNoLists({ lists: lists.join(writtenTexts.listSeparator) }));
    }
    for (const key of lists) {
        if (key in value && !Array.isArray(value[key])) throw new PagerDutyImportError(`/${key}`, importErrors.pagerDutyNotList);
        (value[key] as Array<Record<string, unknown>> | undefined)?.forEach((item, i) => {
            if (typeof item?.id !== 'string') throw new PagerDutyImportError(`/${key}/${i}`, importErrors.pagerDutyNoId);
        });
    }
    (value.schedules as PdSchedule[] | undefined)?.forEach((schedule, s) => schedule.schedule_layers?.forEach((layer, l) => {
        const where = `/schedules/${s}/schedule_layers/${l}`;
        if (!Number.isFinite(Date.parse(layer.rotation_virtual_start))) throw new PagerDutyImportError(`${where}/rotation_virtual_start`, importErrors.pagerDutyBadStart);
        if (!(layer.rotation_turn_length_seconds > 0)) throw new PagerDutyImportError(`${where}/rotation_turn_length_seconds`, importErrors.pagerDutyBadTurn);
    }));
    return value as PdExport;
}

/** Names in the language for PagerDuty ids, unique across kinds (they share one scope). */
class Names {
    private readonly taken = new Set<string>();
    private readonly byId = new Map<string, string>();

    add(kind: string, id: string, text: string, fallback: string) {
        this.byId.set(`${kind}:${id}`, toName(text, this.taken, fallback));
    }

    of(kind: string, id: string): string | undefined {
        return this.byId.get(`${kind}:${id}`);
    }
}

/** A user's contact methods as contact lines; references without an address are left out. */
function contacts(user: PdUser): string[] {
    const lines: string[] = [];
    for (const method of user.contact_methods ?? []) {
        const address = method.address?.trim();
        if (!address) continue;
        const phone = method.country_code !== undefined ? `+${method.country_code} ${address}` : address;
        if (method.type === 'email_contact_method') lines.push(`email ${quote(address)}`);
        else if (method.type === 'phone_contact_method') lines.push(`phone ${quote(phone)}`);
        else if (method.type === 'sms_contact_method') lines.push(`sms ${quote(phone)}`);
        else if (method.type === 'push_notification_contact_method') lines.push(`app ${quote(writtenTexts.pagerDutyApp({ label: method.label ?? address }))}`);
    }
    if (user.email && !lines.some(line => line === `email ${quote(user.email!)}`)) lines.unshift(`email ${quote(user.email)}`);
    return lines;
}

function teamText(team: PdTeam, users: readonly PdUser[], names: Names): string {
    const ids = team.members?.map(m => m.user.id) ?? users.filter(u => u.teams?.some(t => t.id === team.id)).map(u => u.id);
    const members = [...new Set(ids)].map(id => names.of('user', id)).filter((n): n is string => n !== undefined);
    const head = `team ${names.of('team', team.id)} ${quote(team.name ?? team.summary ?? team.id)}`;
    return members.length > 0 ? `${head} {\n  members ${members.join(', ')}\n}` : head;
}

/**
 * A schedule as a rotation. PagerDuty gives later layers precedence over earlier ones; the
 * language lets the first layer answer, so the layers are written last first.
 */
function rotation(schedule: PdSchedule, names: Names): string {
    const zone = validZone(schedule.time_zone) ?? 'UTC';
    const lines: string[] = [];
    const layers = [...(schedule.schedule_layers ?? [])].reverse();
    const taken = new Set<string>();
    for (const layer of layers) {
        lines.push(...layerText(layer, zone, names, taken));
    }
    for (const override of schedule.overrides ?? []) {
        const who = names.of('user', override.user.id);
        if (!who) continue;
        const [startDate, startTime] = wall(override.start, zone);
        const [endDate, endTime] = wall(override.end, zone);
        lines.push(`  override ${who} from ${startDate} ${startTime} to ${endDate} ${endTime}`);
    }
    return `rotation ${names.of('schedule', schedule.id)} ${quote(schedule.name ?? schedule.summary ?? schedule.id)} {\n${lines.join('\n')}\n}`;
}

function layerText(layer: PdLayer, zone: string, names: Names, taken: Set<string>): string[] {
    const members = layer.users.map(u => names.of('user', u.user.id)).filter((n): n is string => n !== undefined);
    const [date, time] = wall(layer.rotation_virtual_start, zone);
    const body = [
        `members ${members.join(', ')}`,
        `handoff every ${formatDuration(layer.rotation_turn_length_seconds)} at ${time} ${quote(zone)} from ${date}`,
        ...(layer.restrictions ?? []).flatMap(r => restrictionLines(r, zone)),
    ];
    const label = toName(layer.name ?? 'layer', taken, 'layer');
    return [`  layer ${label}${layer.name ? ` ${quote(layer.name)}` : ''} {`, ...body.map(line => `    ${line}`), '  }'];
}

/** The date and the time of day (`HH:MM`) of an instant in `zone`. */
function wall(iso: string, zone: string): [string, string] {
    const text = new Date(wallClock(Date.parse(iso), zone)).toISOString();
    return [text.slice(0, 10), text.slice(11, 16)];
}

/**
 * A restriction as `only` windows. A daily one is one window a day; a weekly one is cut into
 * days (the language's windows repeat every day they name): its first, partial day, the whole
 * days after it as a range, then its last, partial day.
 */
function restrictionLines(restriction: PdRestriction, zone: string): string[] {
    const start = seconds(restriction.start_time_of_day);
    const duration = restriction.duration_seconds;
    if (restriction.type === 'daily_restriction') {
        if (duration >= DAY_SECONDS) return [];
        return [`only ${clock(start)} to ${clock((start + duration) % DAY_SECONDS)} ${quote(zone)}`];
    }
    if (duration >= 7 * DAY_SECONDS) return [];
    const lines: string[] = [];
    let day = ((restriction.start_day_of_week ?? 1) - 1 + 7) % 7;
    let at = start;
    let left = duration;
    let wholeFrom: number | undefined;
    let wholeDays = 0;
    const flushWhole = () => {
        if (wholeFrom === undefined) return;
        const last = (wholeFrom + wholeDays - 1) % 7;
        lines.push(`only ${WEEKDAYS[wholeFrom]}${wholeDays > 1 ? ` to ${WEEKDAYS[last]}` : ''} ${quote(zone)}`);
        wholeFrom = undefined;
        wholeDays = 0;
    };
    while (left > 0) {
        const span = Math.min(left, DAY_SECONDS - at);
        if (at === 0 && span === DAY_SECONDS) {
            wholeFrom ??= day;
            wholeDays++;
        } else {
            flushWhole();
            lines.push(`only ${WEEKDAYS[day]} ${clock(at)} to ${clock((at + span) % DAY_SECONDS)} ${quote(zone)}`);
        }
        left -= span;
        day = (day + 1) % 7;
        at = 0;
    }
    flushWhole();
    return lines;
}

function seconds(time: string): number {
    const [h, m, s] = time.split(':').map(Number);
    return (h ?? 0) * 3600 + (m ?? 0) * 60 + Math.floor(s ?? 0);
}

function clock(secondsOfDay: number): string {
    const minutes = Math.floor(secondsOfDay / 60);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * An escalation policy as a path: rule 1 notifies at once, each later rule after the previous
 * rule's delay; `num_loops` is how many more times the rules run.
 */
function escalation(policy: PdEscalationPolicy, names: Names): string {
    const rules = policy.escalation_rules ?? [];
    const lines = rules.map((rule, i) => {
        const targets = rule.targets.map(t => t.type?.startsWith('schedule') ? names.of('schedule', t.id) : names.of('user', t.id))
            .filter((n): n is string => n !== undefined);
        const delay = i > 0 ? rules[i - 1]!.escalation_delay_in_minutes : 0;
        return `  level ${i + 1}${delay > 0 ? ` after ${formatDuration(delay * 60)}` : ''} notify ${targets.join(', ')}`;
    }).filter(line => !line.endsWith('notify '));
    if ((policy.num_loops ?? 0) > 0) lines.push(`  repeat ${policy.num_loops}`);
    return `escalation ${names.of('policy', policy.id)} ${quote(policy.name ?? policy.summary ?? policy.id)} {\n${lines.join('\n')}\n}`;
}
