/** Who a role, team, rotation or person means at a given moment: the people to call. */
import type { PartyRef, PersonModel, PlaybookModel, RoleModel } from '../../../protocol/src/playbook-model-types.js';
import { calendarOpenAt } from '../../../server/src/time/weekly-windows.js';
import { calendarLookup, onCallAt, type OnCall } from './playbook-rotation.js';
import type { Millis } from '../../../protocol/src/playbook-run-store.js';

export interface ReachablePerson {
    person: PersonModel;
    /** The team or rotation through which this person is reached. */
    via?: PartyRef;
}

export interface ResolvedParty {
    ref: PartyRef;
    title: string;
    people: ReachablePerson[];
    /** Set when a rotation is involved: its on-call answer. */
    onCall?: OnCall;
}

/** The display name of a party: its title, or its name. */
export function partyTitle(model: PlaybookModel, ref: PartyRef): string {
    const list: ReadonlyArray<{ name: string; title?: string }> =
        ref.kind === 'role' ? model.roles : ref.kind === 'person' ? model.people : ref.kind === 'team' ? model.teams : model.rotations;
    return list.find(entry => entry.name === ref.name)?.title ?? ref.name;
}

/**
 * The people a holder (person, team, rotation) stands for now; a rotation gives its on-call
 * member only. `severity`, when known, chooses among a role's holders that apply only during
 * some severities (`assign lead to imoc during sev1, sev2`).
 */
export function resolveHolder(model: PlaybookModel, ref: PartyRef, at: Millis, severity?: string): ResolvedParty {
    const person = (name: string, via?: PartyRef): ReachablePerson[] => {
        const found = model.people.find(p => p.name === name);
        return found ? [{ person: found, ...(via ? { via } : {}) }] : [];
    };
    const title = partyTitle(model, ref);
    switch (ref.kind) {
        case 'person':
            return { ref, title, people: person(ref.name) };
        case 'team': {
            const team = model.teams.find(t => t.name === ref.name);
            const members = (team?.members ?? []).flatMap(m => person(m, ref));
            // An office reached through its own mailbox or desk phone is called as one, beside its members.
            const office: ReachablePerson[] = team?.contacts ? [{ person: { name: team.name, ...(team.title ? { title: team.title } : {}), contacts: team.contacts } }] : [];
            return { ref, title, people: [...office, ...members] };
        }
        case 'rotation': {
            const rotation = model.rotations.find(r => r.name === ref.name);
            if (!rotation) return { ref, title, people: [] };
            const onCall = onCallAt(rotation, at, calendarLookup(model));
            return { ref, title, people: onCall.member ? person(onCall.member, ref) : [], onCall };
        }
        case 'role': {
            const role = model.roles.find(r => r.name === ref.name);
            return { ref, title, people: role ? holdersNow(model, role, at, severity).holders.flatMap(h => resolveHolder(model, h, at).people) : [] };
        }
    }
}

/** A role's holders and backups now (for the severity, when known), each resolved to people. */
export function roleHolders(model: PlaybookModel, role: RoleModel, at: Millis, severity?: string): { holders: ResolvedParty[]; backups: ResolvedParty[] } {
    const now = holdersNow(model, role, at, severity);
    return {
        holders: now.holders.map(h => resolveHolder(model, h, at)),
        backups: now.backups.map(h => resolveHolder(model, h, at)),
    };
}

/**
 * Which of a role's holders apply now (issue 13: holders that depend on the severity or the
 * hour). The `assign` lines with `during` or `inside/outside hours of` that hold now win; when
 * none holds, the role's other holders (those of its plain `assign` lines) do.
 */
export function holdersNow(model: PlaybookModel, role: RoleModel, at: Millis, severity?: string): { holders: PartyRef[]; backups: PartyRef[] } {
    const conditional = role.conditionalHolders ?? [];
    if (conditional.length === 0) return { holders: role.holders, backups: role.backups };
    const calendars = calendarLookup(model);
    const applies = conditional.filter(c => (c.severities.length === 0 || (severity !== undefined && c.severities.includes(severity)))
        && (c.condition === undefined || (() => {
            const calendar = calendars(c.condition.calendar);
            return calendar !== undefined && calendarOpenAt(calendar, at) === c.condition.inside;
        })()));
    const same = (a: PartyRef, b: PartyRef): boolean => a.kind === b.kind && a.name === b.name;
    if (applies.length > 0) return { holders: applies.flatMap(c => c.holders), backups: applies.flatMap(c => c.backups) };
    const plain = (list: PartyRef[], pick: (c: typeof conditional[number]) => PartyRef[]): PartyRef[] => list.filter(h => !conditional.some(c => pick(c).some(x => same(x, h))));
    return { holders: plain(role.holders, c => c.holders), backups: plain(role.backups, c => c.backups) };
}
