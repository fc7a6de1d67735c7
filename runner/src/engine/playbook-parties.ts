/** Who a role, team, rotation or person means at a given moment: the people to call. */
import type { PartyRef, PersonModel, PlaybookModel, RoleModel } from '../../../protocol/src/playbook-model-types.js';
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

/** The people a holder (person, team, rotation) stands for now; a rotation gives its on-call member only. */
export function resolveHolder(model: PlaybookModel, ref: PartyRef, at: Millis): ResolvedParty {
    const person = (name: string, via?: PartyRef): ReachablePerson[] => {
        const found = model.people.find(p => p.name === name);
        return found ? [{ person: found, ...(via ? { via } : {}) }] : [];
    };
    const title = partyTitle(model, ref);
    switch (ref.kind) {
        case 'person':
            return { ref, title, people: person(ref.name) };
        case 'team':
            return { ref, title, people: (model.teams.find(t => t.name === ref.name)?.members ?? []).flatMap(m => person(m, ref)) };
        case 'rotation': {
            const rotation = model.rotations.find(r => r.name === ref.name);
            if (!rotation) return { ref, title, people: [] };
            const onCall = onCallAt(rotation, at, calendarLookup(model));
            return { ref, title, people: onCall.member ? person(onCall.member, ref) : [], onCall };
        }
        case 'role': {
            const role = model.roles.find(r => r.name === ref.name);
            return { ref, title, people: role ? role.holders.flatMap(h => resolveHolder(model, h, at).people) : [] };
        }
    }
}

/** A role's holders and backups, each resolved to people now. */
export function roleHolders(model: PlaybookModel, role: RoleModel, at: Millis): { holders: ResolvedParty[]; backups: ResolvedParty[] } {
    return {
        holders: role.holders.map(h => resolveHolder(model, h, at)),
        backups: role.backups.map(h => resolveHolder(model, h, at)),
    };
}
