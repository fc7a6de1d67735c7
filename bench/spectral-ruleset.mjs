/**
 * The Spectral ruleset of the CLI benchmark (bench/cli-peers.ts): the cross-reference checks a
 * team linting playbooks kept as YAML would write, one rule per kind of reference our linker
 * resolves (owners, holders, targets, flow items, severities, escalation paths, channels, team
 * and rotation members). Each playbook file refers to the organisation file with a `$ref`, which
 * Spectral resolves, so the rules see the organisation too. Shapes are ajv-cli's part.
 */

/** @type {WeakMap<object, Map<string, Set<string>>>} */
const cache = new WeakMap();

/** The names of one kind visible from a playbook (or, for `people`, in the organisation). */
function namesOf(root, playbook, kind) {
    const key = playbook ?? root;
    let byKind = cache.get(key);
    if (!byKind) {
        byKind = new Map();
        cache.set(key, byKind);
    }
    let names = byKind.get(kind);
    if (!names) {
        const org = root.org ?? {};
        const named = items => (items ?? []).map(item => item.name);
        const holders = [...named(org.people), ...named(org.teams), ...named(org.rotations)];
        const lists = {
            people: named(org.people),
            holders,
            roles: named(playbook?.roles),
            parties: [...holders, ...named(playbook?.roles)],
            items: (playbook?.phases ?? []).flatMap(phase => named(phase.items)),
            severities: named(playbook?.severities),
            escalations: named(playbook?.escalations),
            channels: named(playbook?.channels),
        };
        names = new Set(lists[kind]);
        byKind.set(kind, names);
    }
    return names;
}

const SINGULAR = { people: 'person', holders: 'holder', roles: 'role', parties: 'party', items: 'step or decision', severities: 'severity', escalations: 'escalation path', channels: 'channel' };

/** Spectral function: the value is the name of a definition of `kind` that exists. */
function definedName(value, options, context) {
    const root = context.documentInventory.resolved;
    const playbook = context.path[0] === 'playbooks' ? root.playbooks?.[context.path[1]] : undefined;
    if (typeof value !== 'string' || namesOf(root, playbook, options.kind).has(value)) {
        return [];
    }
    return [{ message: `No ${SINGULAR[options.kind]} named '${value}'.` }];
}

const refers = (given, kind) => ({ given, severity: 'error', then: { function: definedName, functionOptions: { kind } } });
const playbook = '$.playbooks[*]';

export default {
    rules: {
        'member-defined': refers(['$.org.teams[*].members[*]', '$.org.rotations[*].members[*]'], 'people'),
        'flow-owner-defined': refers(`${playbook}.phases[*].items[*].owner`, 'roles'),
        'flow-target-defined': refers([`${playbook}.phases[*].items[*].after`, `${playbook}.phases[*].items[*].yes`, `${playbook}.phases[*].items[*].no`], 'items'),
        'review-owner-defined': refers(`${playbook}.review.owner`, 'roles'),
        'assigned-role-defined': refers(`${playbook}.assignments[*].role`, 'roles'),
        'holder-defined': refers([`${playbook}.assignments[*].holder`, `${playbook}.assignments[*].backup`], 'holders'),
        'severity-path-defined': refers(`${playbook}.severities[*].escalation`, 'escalations'),
        'trigger-severity-defined': refers([`${playbook}.triggers[*].then`, `${playbook}.triggers[*].otherwise`, `${playbook}.notify[*].during`], 'severities'),
        'party-defined': refers([`${playbook}.triggers[*].by[*]`, `${playbook}.escalations[*].levels[*].notify`, `${playbook}.channels[*].owner`, `${playbook}.notify[*].owner`], 'parties'),
        'channel-defined': refers([`${playbook}.channels[*].backup`, `${playbook}.notify[*].via`], 'channels'),
    },
};
