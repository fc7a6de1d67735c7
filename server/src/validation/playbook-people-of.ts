/**
 * The people behind a holder, and when each of them holds through it: a person always, a team's
 * members always, a rotation's members only while they are on call in it (within the span).
 */
import { isPerson, isRotation, isTeam, type Holder, type Person } from '../language/generated/ast.js';
import { calendarLookupFor, rotationModel } from '../time/playbook-schedule-of.js';
import type { Interval } from '../time/intervals.js';
import { onCallSegments, rotationPeople } from '../time/on-call.js';

/** One person behind a holder; `when` is absent for "always". */
export interface HeldBy {
    person: Person;
    /** The team or rotation through which the person holds. */
    via?: Holder;
    when?: Interval[];
}

/** Every person a holder may put forward, each once (a rotation's members, layers and override substitutes). */
export function peopleOf(holder: Holder): Array<{ person: Person; via?: Holder }> {
    if (isPerson(holder)) return [{ person: holder }];
    if (isTeam(holder)) return unique(holder.members.map(m => m.ref)).map(person => ({ person, via: holder }));
    if (isRotation(holder)) {
        const names = new Set(rotationPeople(rotationModel(holder)));
        const refs = [...holder.members, ...holder.layers.flatMap(l => l.members), ...holder.overrides.map(o => o.substitute)];
        return unique(refs.map(r => r?.ref)).filter(p => names.has(p.name)).map(person => ({ person, via: holder }));
    }
    return [];
}

/** Who holds through a holder, and when, within `span`. */
export function heldBy(holder: Holder, span: Interval): HeldBy[] {
    if (!isRotation(holder)) {
        return peopleOf(holder);
    }
    const segments = onCallSegments(rotationModel(holder), calendarLookupFor(holder), span);
    return peopleOf(holder).map(({ person, via }) => ({
        person,
        ...(via ? { via } : {}),
        when: segments.filter(s => s.member === person.name).map(s => ({ start: s.start, end: s.end })),
    }));
}

function unique(people: Array<Person | undefined>): Person[] {
    return [...new Set(people.filter((p): p is Person => p !== undefined))];
}
