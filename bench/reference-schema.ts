/**
 * The peer's fairest schema: the shape schema of bench/yaml-baseline.ts, with every reference
 * a JSON Schema can check written as an enum of the names that exist (owners, holders, targets,
 * escalation paths, channels, severities), so yaml-language-server checks what it can of what
 * our linker checks. Cross-file, per-playbook scoping and everything the rules add stay ours.
 */
import type { Org, PlaybookSpec } from './generate.js';
import { schema } from './yaml-baseline.js';

type Json = Record<string, unknown>;

export function referenceSchema(org: Org, playbooks: readonly PlaybookSpec[]): unknown {
    const names = (items: ReadonlyArray<{ name: string }>) => ({ enum: [...new Set(items.map(i => i.name))] });
    const roles = names(playbooks.flatMap(p => p.roles));
    const holders = names([...org.people, ...org.teams, ...org.rotations]);
    const parties = names([...org.people, ...org.teams, ...org.rotations, ...playbooks.flatMap(p => p.roles)]);
    const people = names(org.people);
    const severities = names(playbooks.flatMap(p => p.severities));
    const paths = names(playbooks.flatMap(p => p.escalations));
    const channels = names(playbooks.flatMap(p => p.channels));
    const items = names(playbooks.flatMap(p => p.phases.flatMap(ph => ph.items)));
    const copy = JSON.parse(JSON.stringify(schema)) as Json;
    const at = (path: string[]): Json => path.reduce<Json>((node, key) => node[key] as Json, copy);
    const set = (path: string[], key: string, value: unknown) => { at(path)[key] = value; };
    const pb = ['properties', 'playbooks', 'items', 'properties'];
    const arrayItem = (field: string) => [...pb, field, 'items', 'properties'];
    set(['properties', 'org', 'properties', 'teams', 'items', 'properties', 'members'], 'items', people);
    set(['properties', 'org', 'properties', 'rotations', 'items', 'properties', 'members'], 'items', people);
    set(arrayItem('severities'), 'escalation', paths);
    set(arrayItem('assignments'), 'role', roles);
    set(arrayItem('assignments'), 'holder', holders);
    set(arrayItem('assignments'), 'backup', holders);
    set(arrayItem('triggers'), 'then', severities);
    set(arrayItem('triggers'), 'otherwise', severities);
    set(arrayItem('triggers'), 'by', { type: 'array', items: parties });
    set([...arrayItem('escalations'), 'levels', 'items', 'properties'], 'notify', parties);
    set(arrayItem('channels'), 'owner', parties);
    set(arrayItem('channels'), 'backup', channels);
    set(arrayItem('notify'), 'via', channels);
    set(arrayItem('notify'), 'during', severities);
    set(arrayItem('notify'), 'owner', parties);
    const [step, decision] = at([...arrayItem('phases'), 'items', 'items']).anyOf as Json[];
    Object.assign((step as { properties: Json }).properties, { owner: roles, after: items });
    Object.assign((decision as { properties: Json }).properties, { owner: roles, yes: items, no: items });
    set([...pb, 'review', 'properties'], 'owner', roles);
    return copy;
}
