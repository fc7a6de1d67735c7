import type { AstNode, Reference } from 'langium';
import { isPerson, isRole, isTeam, type Contact, type Party } from '../language/generated/ast.js';
import type { ContactModel, PartyRef } from '../../../protocol/src/playbook-model-types.js';

/** A reference to a party in the model, or undefined when it does not resolve (never guessed). */
export function partyRef(reference: Reference<Party> | undefined): PartyRef | undefined {
    const target = reference?.ref;
    return target ? partyOf(target) : undefined;
}

export function partyOf(target: Party): PartyRef {
    const kind = isRole(target) ? 'role' : isPerson(target) ? 'person' : isTeam(target) ? 'team' : 'rotation';
    return { kind, name: target.name };
}

export function partyRefs(references: ReadonlyArray<Reference<Party>>): PartyRef[] {
    return references.map(partyRef).filter((ref): ref is PartyRef => ref !== undefined);
}

export function refNames(references: ReadonlyArray<Reference<{ name: string } & AstNode>>): string[] {
    return references.map(reference => reference.ref?.name).filter((name): name is string => name !== undefined);
}

/** `{ key: value }` when the value is present, `{}` otherwise: optional fields stay absent, never `undefined`. */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
    return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The ways to reach a person, a team or an audience, as the model carries them. */
export function contactModels(contacts: readonly Contact[]): ContactModel[] {
    return contacts.map(contact => ({ kind: contact.kind, value: contact.value }));
}
