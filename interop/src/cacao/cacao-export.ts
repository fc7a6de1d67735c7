/**
 * `playbook export --format cacao`: one playbook as a CACAO 2.0 playbook (OASIS). The action
 * plan becomes the workflow (steps as manual `action` steps, decisions as `if-condition` or
 * `switch-condition`, forks as `parallel`), roles and holders become agents, time boxes become
 * step timeouts. What CACAO has no place for (severities, triggers, escalation, communication,
 * review, drills) travels in one extension of ours, declared by an `extension-definition`, so
 * that `playbook import cacao` gives the same playbook back. docs/interop.md lists the mapping.
 */
import type { PartyRef, PersonModel, PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { flowGraph } from '../../../runner/src/engine/playbook-flow.js';
import { cacaoId } from './cacao-ids.js';
import type { CacaoAgent, CacaoContact, CacaoPlaybook, CacaoStep, CacaoVariable } from './cacao-types.js';
import { EXTENSION_SCHEMA_URL, EXTENSION_VERSION, type AgentExtension, type PlaybookExtension, type StepExtension } from './cacao-extension.js';
import { writtenTexts } from '../messages.js';

export interface CacaoExportOptions {
    /** When the playbook file was last changed (the `modified` time); the export time when unknown. */
    modified: Date;
    /** The version of this tool, recorded in the extension definition. */
    toolVersion: string;
}

/** The CACAO playbook for one resolved playbook. */
export function toCacao(model: PlaybookModel, options: CacaoExportOptions): CacaoPlaybook {
    const extensionId = cacaoId('extension-definition', 'incident-playbooks', String(EXTENSION_VERSION));
    const createdBy = cacaoId('identity', 'playbook-owner', model.owner?.kind ?? '', model.owner?.name ?? model.name);
    const agents = agentDefinitions(model, extensionId);
    const variables: Record<string, CacaoVariable> = {};
    const workflow = workflowOf(model, extensionId, variables);
    const timestamp = new Date(Math.floor(options.modified.getTime())).toISOString();
    const playbook: CacaoPlaybook = {
        type: 'playbook',
        spec_version: 'cacao-2.0',
        id: cacaoId('playbook', model.name),
        name: model.title ?? model.name,
        ...(model.description !== undefined ? { description: model.description } : {}),
        playbook_types: playbookTypes(model),
        created_by: createdBy,
        created: timestamp,
        modified: timestamp,
        labels: labels(model),
        ...(Object.keys(variables).length > 0 ? { playbook_variables: variables } : {}),
        workflow_start: workflow.start,
        workflow: workflow.steps,
        agent_definitions: agents,
        extension_definitions: {
            [extensionId]: {
                type: 'extension-definition',
                name: 'Incident Playbooks response plan',
                description: 'What an incident response playbook says beyond the workflow: severities, triggers, escalation paths, channels, communication rules, the review and drills.',
                created_by: cacaoId('identity', 'incident-playbooks'),
                schema: EXTENSION_SCHEMA_URL,
                version: `${EXTENSION_VERSION}.0.0 (playbook ${options.toolVersion})`,
            },
        },
        playbook_extensions: { [extensionId]: playbookExtension(model) },
    };
    return playbook;
}

/** `notification` when the plan tells people things, `investigation` when it has steps, `mitigation` when a phase says so. */
function playbookTypes(model: PlaybookModel): string[] {
    const types = new Set<string>();
    if (model.phases.some(p => p.items.length > 0)) types.add('investigation');
    if (model.phases.some(p => /contain|mitigat|recover|resolve/i.test(`${p.name} ${p.title ?? ''}`))) types.add('mitigation');
    if (model.communications.length > 0 || model.escalations.length > 0) types.add('notification');
    return types.size > 0 ? [...types] : ['notification'];
}

function labels(model: PlaybookModel): string[] {
    const categories = model.triggers.map(t => t.category).filter((c): c is string => c !== undefined);
    return [...new Set(['incident-response', ...categories])];
}

function playbookExtension(model: PlaybookModel): PlaybookExtension {
    return {
        playbook_name: model.name,
        model: {
            ...model,
            // The workflow and the agents carry the action plan and the parties; the rest is here.
            phases: model.phases.map(phase => ({ ...phase, items: [] })),
        },
    };
}

/** The agent of each party: people as `individual`, roles, teams and rotations as `group`. */
function agentDefinitions(model: PlaybookModel, extensionId: string): Record<string, CacaoAgent> {
    const agents: Record<string, CacaoAgent> = {};
    const add = (ref: PartyRef, agent: Omit<CacaoAgent, 'agent_target_extensions'>, extension: AgentExtension) => {
        agents[agentId(ref)] = { ...agent, agent_target_extensions: { [extensionId]: extension } };
    };
    for (const person of model.people) {
        const contact = contactOf(person);
        add({ kind: 'person', name: person.name }, {
            type: 'individual',
            name: person.title ?? person.name,
            ...(contact ? { contact } : {}),
        }, { party: { kind: 'person', name: person.name } });
    }
    for (const team of model.teams) {
        add({ kind: 'team', name: team.name }, { type: 'group', name: team.title ?? team.name, ...membersContact(model, team.members) },
            { party: { kind: 'team', name: team.name }, members: team.members });
    }
    for (const rotation of model.rotations) {
        add({ kind: 'rotation', name: rotation.name }, { type: 'group', name: rotation.title ?? rotation.name, ...membersContact(model, rotation.members) },
            { party: { kind: 'rotation', name: rotation.name }, members: rotation.members });
    }
    for (const role of model.roles) {
        const holders = role.holders.map(h => partyTitle(model, h));
        add({ kind: 'role', name: role.name }, {
            type: 'group',
            name: role.title ?? role.name,
            ...(role.duties.length > 0 ? { description: role.duties.join('\n') } : {}),
            ...(holders.length > 0 ? { contact: { contact_details: holders.join(', ') } } : {}),
        }, { party: { kind: 'role', name: role.name }, holders: role.holders, backups: role.backups });
    }
    agents[RESPONDERS_AGENT] = { type: 'group', name: writtenTexts.respondersAgent };
    return agents;
}

/** The agent of steps that name no owner: the commander holds every duty not yet delegated, but the file does not say who that is. */
const RESPONDERS_AGENT = cacaoId('group', 'responders');

function agentId(ref: PartyRef): string {
    return cacaoId(ref.kind === 'person' ? 'individual' : 'group', ref.kind, ref.name);
}

function partyTitle(model: PlaybookModel, ref: PartyRef): string {
    const found = ref.kind === 'person' ? model.people.find(p => p.name === ref.name)
        : ref.kind === 'team' ? model.teams.find(t => t.name === ref.name)
            : ref.kind === 'rotation' ? model.rotations.find(r => r.name === ref.name)
                : model.roles.find(r => r.name === ref.name);
    return found?.title ?? ref.name;
}

/** A person's phones and email addresses, keyed as CACAO wants (letters, digits, `_` and `-`). */
function contactOf(person: PersonModel): CacaoContact | undefined {
    const email: Record<string, string> = {};
    const phone: Record<string, string> = {};
    const other: string[] = [];
    const put = (into: Record<string, string>, key: string, value: string) => {
        let name = key;
        for (let n = 2; name in into; n++) name = `${key}-${n}`;
        into[name] = value;
    };
    for (const contact of person.contacts) {
        if (contact.kind === 'email') put(email, 'work', contact.value);
        else if (contact.kind === 'phone') put(phone, 'work', contact.value);
        else if (contact.kind === 'sms') put(phone, 'sms', contact.value);
        else other.push(`${contact.kind}: ${contact.value}`);
    }
    const contact: CacaoContact = {
        ...(Object.keys(email).length > 0 ? { email } : {}),
        ...(Object.keys(phone).length > 0 ? { phone } : {}),
        ...(other.length > 0 ? { contact_details: other.join('\n') } : {}),
    };
    return Object.keys(contact).length > 0 ? contact : undefined;
}

function membersContact(model: PlaybookModel, members: readonly string[]): { contact?: CacaoContact } {
    const names = members.map(m => model.people.find(p => p.name === m)?.title ?? m);
    return names.length > 0 ? { contact: { contact_details: names.join(', ') } } : {};
}

interface Workflow {
    start: string;
    steps: Record<string, CacaoStep>;
}

/**
 * The workflow: a start step, one step per item, a `parallel` step where several items wait for
 * the same one, and an end step after every item that nothing follows. Loops (a decision going
 * back) are back edges to the earlier step.
 */
function workflowOf(model: PlaybookModel, extensionId: string, variables: Record<string, CacaoVariable>): Workflow {
    const graph = flowGraph(model);
    // The workflow is the linear plan only: procedures that start at any time have no place in a
    // CACAO workflow (it has one start), so they are not exported (docs/interop.md).
    const order = graph.order.filter(item => !graph.procedureOf.has(item.name));
    const steps: Record<string, CacaoStep> = {};
    const ids = new Map<string, string>();
    for (const item of order) {
        const type = item.kind === 'step' ? 'action' : isYesNo(item.branches.map(b => b.label)) ? 'if-condition' : 'switch-condition';
        ids.set(item.name, cacaoId(type, model.name, item.name));
    }
    const followers = new Map<string, string[]>();
    for (const item of order) {
        for (const before of graph.waitsFor.get(item.name) ?? []) {
            followers.set(before, [...(followers.get(before) ?? []), item.name]);
        }
    }
    /** Where the flow goes after `names` are ready to start: one step, a parallel step, or an end. */
    const continuation = (from: string, names: readonly string[]): string => {
        if (names.length === 0) {
            const end = cacaoId('end', model.name, from);
            steps[end] = { type: 'end', name: 'End' };
            return end;
        }
        if (names.length === 1) return ids.get(names[0]!)!;
        const parallel = cacaoId('parallel', model.name, from);
        steps[parallel] = {
            type: 'parallel',
            name: writtenTexts.parallelStep({ names: names.join(writtenTexts.listSeparator) }),
            next_steps: names.map(n => ids.get(n)!),
            on_completion: continuation(`${from}/joined`, []),
        };
        return parallel;
    };
    const entries = order.filter(item => (graph.waitsFor.get(item.name) ?? []).length === 0 && (graph.jumpsIn.get(item.name) ?? []).length === 0);
    const start = cacaoId('start', model.name);
    steps[start] = { type: 'start', name: 'Start', on_completion: continuation('start', entries.map(i => i.name)) };
    order.forEach((item, index) => {
        const phase = model.phases.find(p => p.items.includes(item));
        const extension: StepExtension = {
            item: item.kind,
            name: item.name,
            phase: phase?.name ?? '',
            ...(phase?.title !== undefined ? { phase_title: phase.title } : {}),
            after: item.after,
            ...(item.owner !== undefined ? { owner: item.owner } : {}),
            ...(item.kind === 'decision' ? { branches: item.branches } : {}),
            ...(item.kind === 'step' && item.severities ? { severities: item.severities } : {}),
        };
        const common: CacaoStep = {
            type: 'action',
            name: (item.kind === 'step' ? item.title : item.question) ?? item.name,
            ...(item.timeboxSeconds !== undefined ? { timeout: item.timeboxSeconds * 1000 } : {}),
            on_completion: continuation(item.name, followers.get(item.name) ?? []),
            step_extensions: { [extensionId]: extension },
        };
        const id = ids.get(item.name)!;
        if (item.kind === 'step') {
            steps[id] = {
                ...common,
                commands: [item.title ?? item.name, ...item.checks].map(command => ({ type: 'manual', command })),
                agent: item.owner !== undefined ? agentId({ kind: 'role', name: item.owner }) : RESPONDERS_AGENT,
            };
            return;
        }
        const target = (label: string) => {
            const branch = item.branches.find(b => b.label === label);
            return branch?.target !== undefined && ids.has(branch.target) ? ids.get(branch.target)! : continuation(`${item.name}/${label}`, []);
        };
        if (isYesNo(item.branches.map(b => b.label))) {
            const hasNo = item.branches.some(b => b.label === 'no');
            steps[id] = {
                ...common,
                type: 'if-condition',
                condition: item.question ?? item.name,
                on_true: target('yes'),
                ...(hasNo ? { on_false: target('no') } : {}),
            };
            return;
        }
        const variable = `__decision_${index + 1}_answer__`;
        variables[variable] = { type: 'string', description: writtenTexts.answerVariable({ question: item.question ?? item.name }), external: true };
        const cases: Record<string, string> = {};
        item.branches.forEach((branch, n) => {
            cases[caseKey(branch.label, n)] = target(branch.label);
        });
        steps[id] = { ...common, type: 'switch-condition', switch: variable, cases };
    });
    return { start, steps };
}

function isYesNo(labels: readonly string[]): boolean {
    return labels.length > 0 && labels.length <= 2 && labels.every(l => l === 'yes' || l === 'no') && new Set(labels).size === labels.length && labels.includes('yes');
}

/** A `cases` key: CACAO allows letters, digits, `_` and `-`; the label itself travels in the extension. */
function caseKey(label: string, index: number): string {
    const ascii = label.normalize('NFKD').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 200);
    return ascii.length > 0 ? `${ascii}-${index + 1}` : `answer-${index + 1}`;
}
