/**
 * `playbook import cacao FILE`: a CACAO 2.0 playbook as a playbook model, which the CLI writes
 * as playbook text. A playbook this tool exported carries our extension and comes back whole;
 * any other CACAO playbook gives its workflow (actions as steps, conditions as decisions,
 * parallel branches as steps that wait for the same one), its agents as roles (an individual
 * also as a person holding the role, with its contacts) and its timeouts as time boxes. What
 * the source lacks (severities, escalation, channels) is left for `playbook check` to report.
 */
import {
    PLAYBOOK_MODEL_VERSION, type ContactModel, type FlowItemModel, type PersonModel, type PlaybookModel, type RoleModel,
} from '../../../protocol/src/playbook-model-types.js';
import { toName } from '../playbook-writer.js';
import { cacaoId } from './cacao-ids.js';
import { EXTENSION_VERSION, type AgentExtension, type PlaybookExtension, type StepExtension } from './cacao-extension.js';
import type { CacaoAgent, CacaoPlaybook, CacaoStep } from './cacao-types.js';
import { importErrors } from '../messages.js';

/** A problem with the input, with the JSON path where it is. */
export class CacaoImportError extends Error {
    constructor(readonly where: string, message: string) {
        super(message);
    }
}

/** The playbook model of a CACAO playbook; throws `CacaoImportError` when the input is not one. */
export function fromCacao(input: unknown): PlaybookModel {
    const playbook = asPlaybook(input);
    const extensionId = cacaoId('extension-definition', 'incident-playbooks', String(EXTENSION_VERSION));
    const ours = playbook.playbook_extensions?.[extensionId] as PlaybookExtension | undefined;
    const base: PlaybookModel = ours?.model ? { ...ours.model, phases: [] } : genericModel(playbook);
    const agents = new AgentRoles(playbook, base, extensionId);
    const phases = new WorkflowReader(playbook, agents, extensionId).read();
    return { ...base, modelVersion: PLAYBOOK_MODEL_VERSION, phases };
}

function asPlaybook(input: unknown): CacaoPlaybook {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        throw new CacaoImportError('/', importErrors.cacaoNotObject);
    }
    const value = input as Partial<CacaoPlaybook>;
    if (value.type !== 'playbook') throw new CacaoImportError('/type', importErrors.cacaoNotPlaybook({ found: JSON.stringify(value.type) }));
    if (typeof value.workflow !== 'object' || value.workflow === null) throw new CacaoImportError('/workflow', importErrors.cacaoNoWorkflow);
    if (typeof value.workflow_start !== 'string' || !(value.workflow_start in value.workflow)) {
        throw new CacaoImportError('/workflow_start', importErrors.cacaoBadStart({ start: JSON.stringify(value.workflow_start) }));
    }
    return value as CacaoPlaybook;
}

function genericModel(playbook: CacaoPlaybook): PlaybookModel {
    return {
        modelVersion: PLAYBOOK_MODEL_VERSION,
        name: toName(playbook.name ?? '', new Set(), 'imported'),
        ...(playbook.name !== undefined ? { title: playbook.name } : {}),
        ...(playbook.description !== undefined ? { description: playbook.description } : {}),
        roles: [], people: [], teams: [], rotations: [], severities: [], triggers: [], escalations: [],
        channels: [], communications: [], phases: [], drills: [],
    };
}

/** The role each agent stands for, added to the model on first use. */
class AgentRoles {
    private readonly roleOf = new Map<string, string>();
    private readonly taken: Set<string>;

    constructor(private readonly playbook: CacaoPlaybook, private readonly model: PlaybookModel, private readonly extensionId: string) {
        this.taken = new Set([...model.roles, ...model.people, ...model.teams, ...model.rotations].map(p => p.name));
    }

    /** The role name of the agent `id`; undefined when the step names none. */
    role(id: string | undefined): string | undefined {
        if (id === undefined) return undefined;
        const known = this.roleOf.get(id);
        if (known !== undefined) return known;
        const agent = this.playbook.agent_definitions?.[id] ?? (this.playbook as { target_definitions?: Record<string, CacaoAgent> }).target_definitions?.[id];
        const ours = agent?.agent_target_extensions?.[this.extensionId] as AgentExtension | undefined;
        if (ours?.party.kind === 'role') {
            this.roleOf.set(id, ours.party.name);
            return ours.party.name;
        }
        if (id === cacaoId('group', 'responders')) {
            return undefined; // our export's stand-in for a step with no owner
        }
        const name = toName(agent?.name ?? id.split('--')[0]!, this.taken, 'agent');
        const role: RoleModel = {
            name, ...(agent?.name !== undefined ? { title: agent.name } : {}), critical: false,
            duties: agent?.description !== undefined ? [agent.description] : [], aliases: [], holders: [], backups: [], assignedBy: 'none',
        };
        if (agent?.type === 'individual') {
            const person = personOf(agent, toName(agent.name, this.taken, 'person'));
            this.model.people.push(person);
            role.holders.push({ kind: 'person', name: person.name });
            role.assignedBy = 'playbook';
        }
        this.model.roles.push(role);
        this.roleOf.set(id, name);
        return name;
    }
}

function personOf(agent: CacaoAgent, name: string): PersonModel {
    const contacts: ContactModel[] = [
        ...Object.values(agent.contact?.phone ?? {}).map(value => ({ kind: 'phone' as const, value })),
        ...Object.values(agent.contact?.email ?? {}).map(value => ({ kind: 'email' as const, value })),
    ];
    return { name, title: agent.name, contacts };
}

interface Written {
    item: FlowItemModel;
    phase: string;
    phaseTitle?: string;
}

/**
 * Reads the workflow in the order a responder meets it, from the start step: each branch of a
 * condition in turn, then what follows the condition. CACAO branches end at an end step and
 * then return to the condition's `on_completion`; here the item after the condition waits for
 * the last item of each branch. A step several branches share is written once, where it is
 * first met.
 */
class WorkflowReader {
    private readonly written: Written[] = [];
    private readonly nameOf = new Map<string, string>();
    private readonly taken = new Set<string>();
    /** Explicit `after` of each item name. */
    private readonly after = new Map<string, Set<string>>();

    constructor(private readonly playbook: CacaoPlaybook, private readonly agents: AgentRoles, private readonly extensionId: string) {}

    read(): PlaybookModel['phases'] {
        this.walk(this.playbook.workflow_start, [], undefined);
        // Our own export lists the workflow in written order: keep it rather than the order of the walk.
        const order = Object.keys(this.playbook.workflow);
        const position = new Map([...this.nameOf].map(([id, name]) => [name, order.indexOf(id)]));
        if (this.written.every(w => this.extension(w.item.name))) {
            this.written.sort((a, b) => position.get(a.item.name)! - position.get(b.item.name)!);
        }
        for (const w of this.written) {
            const ext = this.extension(w.item.name);
            w.item.after = ext ? ext.after : [...(this.after.get(w.item.name) ?? [])].filter(name => !this.implicit(w.item.name, name));
        }
        const phases: PlaybookModel['phases'] = [];
        for (const w of this.written) {
            let phase = phases.at(-1);
            if (phase?.name !== w.phase) {
                phase = { name: w.phase, ...(w.phaseTitle !== undefined ? { title: w.phaseTitle } : {}), items: [] };
                phases.push(phase);
            }
            phase.items.push(w.item);
        }
        return phases;
    }

    /** True when `before` is the item written just before `name` and a step: the language's default order says so already. */
    private implicit(name: string, before: string): boolean {
        const at = this.written.findIndex(w => w.item.name === name);
        const previous = this.written[at - 1]?.item;
        return previous !== undefined && previous.name === before && previous.kind === 'step' && (this.after.get(name)?.size ?? 0) === 1;
    }

    private extension(name: string): StepExtension | undefined {
        const id = [...this.nameOf].find(([, n]) => n === name)?.[0];
        return id ? this.playbook.workflow[id]?.step_extensions?.[this.extensionId] as StepExtension | undefined : undefined;
    }

    private step(id: string): CacaoStep {
        const step = this.playbook.workflow[id];
        if (!step) throw new CacaoImportError(`/workflow/${id}`, importErrors.cacaoUnknownStep);
        return step;
    }

    /**
     * Writes the steps reached from `id`. `from` are the items the first of them waits for;
     * returns the items a following step waits for (the branch's last items).
     */
    private walk(id: string | undefined, from: string[], guard: Set<string> | undefined): string[] {
        const seen = guard ?? new Set<string>();
        let current = id;
        let tails = from;
        while (current !== undefined) {
            if (this.nameOf.has(current)) {
                this.wait(this.nameOf.get(current)!, tails);
                return [];
            }
            if (seen.has(current)) return tails;
            seen.add(current);
            const step = this.step(current);
            switch (step.type) {
                case 'start':
                    current = step.on_completion ?? step.on_success;
                    continue;
                case 'end':
                    return tails;
                case 'parallel': {
                    const ends = (step.next_steps ?? []).flatMap(next => this.walk(next, tails, seen));
                    tails = ends;
                    current = step.on_completion ?? step.on_success;
                    continue;
                }
                case 'if-condition':
                case 'while-condition':
                case 'switch-condition': {
                    const name = this.write(current, step, tails);
                    const branches = step.type === 'switch-condition'
                        ? Object.entries(step.cases ?? {}).map(([label, target]) => ({ label, target }))
                        : [{ label: 'yes', target: step.on_true }, ...(step.on_false !== undefined || step.type === 'while-condition' ? [{ label: 'no', target: step.on_false }] : [])];
                    const ends: string[] = [];
                    const decision = this.itemNamed(name);
                    for (const branch of branches) {
                        if (branch.target === undefined) continue;
                        const before = this.written.length;
                        ends.push(...this.walk(branch.target, [], seen));
                        const first = this.written[before]?.item.name ?? (branch.target in this.playbook.workflow ? this.nameOf.get(branch.target) : undefined);
                        if (decision?.kind === 'decision' && first !== undefined && !this.extension(name)) {
                            decision.branches.push({ label: branch.label, target: first });
                        }
                    }
                    if (step.type === 'while-condition' && ends.length > 0) {
                        ends.splice(0, ends.length, this.repeat(name, step, ends));
                    }
                    tails = [name, ...ends];
                    current = step.on_completion ?? step.on_success;
                    continue;
                }
                default: {
                    const name = this.write(current, step, tails);
                    tails = [name];
                    current = step.on_completion ?? step.on_success;
                }
            }
        }
        return tails;
    }

    /** A while loop's check after its body: go back to the body's start, or on. */
    private repeat(name: string, step: CacaoStep, ends: string[]): string {
        const loop = this.itemNamed(name);
        const target = loop?.kind === 'decision' ? loop.branches.find(b => b.label === 'yes')?.target : undefined;
        const again = toName(`${name}-again`, this.taken);
        const item: FlowItemModel = {
            kind: 'decision', name: again, question: step.condition ?? step.name ?? name, phase: this.phaseOf(undefined).phase,
            after: [], branches: target !== undefined ? [{ label: 'yes', target }] : [],
        };
        this.written.push({ item, ...this.phaseOf(undefined) });
        this.wait(again, ends);
        return again;
    }

    private itemNamed(name: string): FlowItemModel | undefined {
        return this.written.find(w => w.item.name === name)?.item;
    }

    private wait(name: string, on: readonly string[]) {
        const set = this.after.get(name) ?? new Set<string>();
        on.filter(n => n !== name).forEach(n => set.add(n));
        this.after.set(name, set);
    }

    private phaseOf(ext: StepExtension | undefined): { phase: string; phaseTitle?: string } {
        if (ext) return { phase: ext.phase, ...(ext.phase_title !== undefined ? { phaseTitle: ext.phase_title } : {}) };
        return { phase: 'workflow', phaseTitle: 'Workflow' };
    }

    /** Writes one step or decision; returns its name. */
    private write(id: string, step: CacaoStep, tails: readonly string[]): string {
        const ext = step.step_extensions?.[this.extensionId] as StepExtension | undefined;
        const name = ext?.name ?? toName(step.name ?? step.condition ?? step.switch ?? id.split('--')[0]!, this.taken, 'step');
        this.taken.add(name);
        this.nameOf.set(id, name);
        const owner = ext?.owner ?? this.agents.role(step.agent);
        const timebox = step.timeout !== undefined && step.timeout > 0 ? { timeboxSeconds: Math.max(1, Math.round(step.timeout / 1000)) } : {};
        const common = { name, phase: this.phaseOf(ext).phase, ...(owner !== undefined ? { owner } : {}), ...timebox, after: [] as string[] };
        let item: FlowItemModel;
        if (step.type === 'if-condition' || step.type === 'while-condition' || step.type === 'switch-condition') {
            const question = step.type === 'switch-condition' ? step.name ?? step.switch : step.condition ?? step.name;
            item = { kind: 'decision', ...common, ...(question !== undefined ? { question } : {}), branches: ext?.branches ?? [] };
        } else {
            const commands = (step.commands ?? []).map(c => c.command ?? c.description ?? '').filter(c => c.length > 0);
            const title = step.name ?? commands[0];
            const checks = ext ? commands.slice(1) : commands.filter(c => c !== title);
            item = { kind: 'step', ...common, ...(title !== undefined ? { title } : {}), checks, ...(ext?.severities ? { severities: ext.severities } : {}) };
        }
        this.written.push({ item, ...this.phaseOf(ext) });
        this.wait(name, tails);
        return name;
    }
}
