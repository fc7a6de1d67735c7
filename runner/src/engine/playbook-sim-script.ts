/**
 * The simulator's script (docs/simulate.md): a start, timed events and timed expectations,
 * read from YAML with every problem located (line and column). A stable interface: teams keep
 * these scripts next to their playbooks and run them in CI.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseDuration } from '../../../server/src/language/durations.js';
import { say } from '../playbook-runner-strings.js';

/** Where something is in the script, 1-based. */
export interface ScriptPlace {
    line: number;
    column: number;
}

export interface ScriptProblem extends ScriptPlace {
    message: string;
}

/** A step state as scripts and the simulator's output name it (`not-taken` is the engine's `bypassed`). */
export type SimStepState = 'done' | 'ready' | 'waiting' | 'skipped' | 'blocked' | 'not-taken';
export const SIM_STEP_STATES: readonly SimStepState[] = ['done', 'ready', 'waiting', 'skipped', 'blocked', 'not-taken'];

/** What a scripted event does; names are checked against the playbook later (playbook-simulation.ts). */
export type SimAction =
    | { kind: 'done'; step: string }
    | { kind: 'skip'; step: string; reason?: string }
    | { kind: 'answer'; decision: string; branch: string }
    | { kind: 'acknowledge'; path: string }
    | { kind: 'severity'; level: string }
    | { kind: 'note'; text: string }
    | { kind: 'resolve' }
    | { kind: 'close' }
    | { kind: 'designate'; role: string; holder: string }
    | { kind: 'procedure'; procedure: string }
    | { kind: 'form'; subTeam: string; name?: string; leader?: string }
    | { kind: 'disband'; name: string }
    | { kind: 'status'; status: string }
    | { kind: 'split'; child: string; lead?: string };

export type SimCheck =
    | { kind: 'ready'; steps: string[] }
    | { kind: 'not-ready'; steps: string[] }
    | { kind: 'state'; states: Array<{ step: string; state: SimStepState }> }
    | { kind: 'paged'; parties: string[] }
    | { kind: 'due'; audiences: string[] }
    | { kind: 'severity'; level: string }
    | { kind: 'holder'; holders: Array<{ role: string; holder: string }> }
    | { kind: 'sub-teams'; names: string[] }
    | { kind: 'relief-due'; roles: string[] };

/** A name as written, with its place, so that an unknown one can be reported where it stands. */
export interface Named {
    name: string;
    place: ScriptPlace;
}

export interface SimEvent {
    atSeconds: number;
    action: SimAction;
    place: ScriptPlace;
    /** The names the action refers to, each located. */
    names: Named[];
}

export interface SimExpectation {
    atSeconds: number;
    check: SimCheck;
    place: ScriptPlace;
    names: Named[];
}

export interface SimScript {
    playbook?: string;
    start: { at?: number; trigger?: Named; severity?: Named; place: ScriptPlace };
    events: SimEvent[];
    expect: SimExpectation[];
}

const ACTIONS = ['done', 'skip', 'answer', 'acknowledge', 'severity', 'note', 'resolve', 'close',
    'designate', 'procedure', 'form', 'disband', 'status', 'split'] as const;
const CHECKS = ['ready', 'not-ready', 'state', 'paged', 'due', 'severity', 'holder', 'sub-teams', 'relief-due'] as const;
/** The mapping-valued actions: their keys, the required ones first. */
const SHAPES = {
    designate: { keys: ['role', 'holder'], required: 2, example: 'designate: { role: scribe, holder: alice }' },
    form: { keys: ['sub-team', 'name', 'leader'], required: 1, example: 'form: { sub-team: forensics, name: "forensics EU", leader: alice }' },
    split: { keys: ['child', 'lead'], required: 1, example: 'split: { child: "EU region", lead: piotr }' },
} as const;

/** Parses a script; a script with any problem gives every problem found, located, and no script. */
export function parseSimScript(text: string): { script: SimScript } | { problems: ScriptProblem[] } {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
    const problems: ScriptProblem[] = doc.errors.map(error => ({
        line: error.linePos?.[0].line ?? 1, column: error.linePos?.[0].col ?? 1, message: say('simYamlError', { message: firstLine(error.message) }),
    }));
    if (problems.length > 0) return { problems };
    const reader = new ScriptReader(lines, problems);
    const root = doc.contents;
    if (!isMap(root)) {
        return { problems: [{ line: 1, column: 1, message: say('simNotAMapping') }] };
    }
    const script = reader.script(root);
    return problems.length > 0 || !script ? { problems } : { script };
}

function firstLine(message: string): string {
    return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

class ScriptReader {
    constructor(private readonly lines: LineCounter, private readonly problems: ScriptProblem[]) {}

    script(root: YAMLMap): SimScript | undefined {
        const fields = this.fields(root, ['playbook', 'start', 'events', 'expect'], 'simTopKey');
        const playbook = fields.get('playbook');
        const start = fields.get('start');
        const events = fields.get('events');
        const expect = fields.get('expect');
        if (!expect) this.problem(root, say('simNoExpect'));
        const startValue = start ? this.start(start.value, start.key) : { place: this.place(root) };
        const eventList = events ? this.list(events.value, 'events').map(item => this.event(item)) : [];
        const expectList = expect ? this.list(expect.value, 'expect').map(item => this.expectation(item)) : [];
        const playbookName = playbook ? this.string(playbook.value, 'playbook') : undefined;
        if (this.problems.length > 0) return undefined;
        return {
            ...(playbookName !== undefined ? { playbook: playbookName } : {}),
            start: startValue,
            events: eventList.filter((e): e is SimEvent => e !== undefined),
            expect: expectList.filter((e): e is SimExpectation => e !== undefined),
        };
    }

    private start(node: Node | null, key: Node): SimScript['start'] {
        const place = this.place(key);
        if (node === null || (isScalar(node) && node.value === null)) return { place };
        if (!isMap(node)) {
            this.problem(node, say('simStartNotMapping'));
            return { place };
        }
        const fields = this.fields(node, ['at', 'trigger', 'severity'], 'simStartKey');
        const result: SimScript['start'] = { place };
        const at = fields.get('at');
        if (at) {
            const text = this.string(at.value, 'at');
            const ms = text !== undefined ? Date.parse(text) : NaN;
            if (text !== undefined && (Number.isNaN(ms) || !/^\d{4}-\d{2}-\d{2}T/.test(text))) {
                this.problem(at.value, say('simBadStartTime', { value: text }));
            } else if (text !== undefined) {
                result.at = ms;
            }
        }
        for (const field of ['trigger', 'severity'] as const) {
            const entry = fields.get(field);
            const name = entry ? this.named(entry.value, field) : undefined;
            if (name) result[field] = name;
        }
        return result;
    }

    private event(node: Node): SimEvent | undefined {
        if (!isMap(node)) {
            this.problem(node, say('simEventNotMapping'));
            return undefined;
        }
        const fields = this.fields(node, ['at', 'reason', ...ACTIONS], 'simEventKey');
        const atSeconds = this.at(node, fields);
        const present = ACTIONS.filter(action => fields.has(action));
        if (present.length !== 1) {
            this.problem(node, present.length === 0 ? say('simEventNoAction', { actions: ACTIONS.join(', ') }) : say('simEventTwoActions', { actions: present.join(', ') }));
            return undefined;
        }
        const kind = present[0]!;
        const value = fields.get(kind)!.value;
        const reason = fields.get('reason');
        if (reason && kind !== 'skip') this.problem(reason.key, say('simReasonOnlyForSkip'));
        const place = this.place(node);
        const one = (what: string): Named | undefined => this.named(value, what);
        let action: SimAction | undefined;
        let names: Named[] = [];
        switch (kind) {
            case 'done':
            case 'skip': {
                const step = one(kind);
                if (!step) break;
                names = [step];
                const reasonText = reason ? this.string(reason.value, 'reason') : undefined;
                action = kind === 'done' ? { kind, step: step.name } : { kind, step: step.name, ...(reasonText !== undefined ? { reason: reasonText } : {}) };
                break;
            }
            case 'answer': {
                if (!isMap(value)) {
                    this.problem(value, say('simAnswerShape'));
                    break;
                }
                const answer = this.fields(value, ['decision', 'branch'], 'simAnswerKey');
                const decision = answer.get('decision');
                const branch = answer.get('branch');
                if (!decision || !branch) {
                    this.problem(value, say('simAnswerShape'));
                    break;
                }
                const decisionName = this.named(decision.value, 'decision');
                const branchName = this.branch(branch.value);
                if (decisionName && branchName) {
                    names = [decisionName, branchName];
                    action = { kind, decision: decisionName.name, branch: branchName.name };
                }
                break;
            }
            case 'acknowledge':
            case 'severity': {
                const name = one(kind);
                if (!name) break;
                names = [name];
                action = kind === 'acknowledge' ? { kind, path: name.name } : { kind, level: name.name };
                break;
            }
            case 'note': {
                const text = this.string(value, 'note');
                if (text !== undefined) action = { kind, text };
                break;
            }
            case 'procedure':
            case 'disband':
            case 'status': {
                const name = one(kind);
                if (!name) break;
                names = kind === 'disband' ? [] : [name];
                action = kind === 'procedure' ? { kind, procedure: name.name } : kind === 'disband' ? { kind, name: name.name } : { kind, status: name.name };
                break;
            }
            case 'designate':
            case 'form':
            case 'split': {
                const got = this.shape(value, kind);
                if (!got) break;
                const [first, second, third] = SHAPES[kind].keys.map(key => got.get(key));
                if (kind === 'designate') {
                    names = [first!];
                    action = { kind, role: first!.name, holder: second!.name };
                } else if (kind === 'form') {
                    names = [first!];
                    action = { kind, subTeam: first!.name, ...(second ? { name: second.name } : {}), ...(third ? { leader: third.name } : {}) };
                } else {
                    action = { kind, child: first!.name, ...(second ? { lead: second.name } : {}) };
                }
                break;
            }
            case 'resolve':
            case 'close':
                if (!isScalar(value) || value.value !== true) {
                    this.problem(value, say('simTrueOnly', { key: kind }));
                    break;
                }
                action = { kind };
                break;
        }
        return action && atSeconds !== undefined ? { atSeconds, action, place, names } : undefined;
    }

    private expectation(node: Node): SimExpectation | undefined {
        if (!isMap(node)) {
            this.problem(node, say('simExpectNotMapping'));
            return undefined;
        }
        const fields = this.fields(node, ['at', ...CHECKS], 'simExpectKey');
        const atSeconds = this.at(node, fields);
        const present = CHECKS.filter(check => fields.has(check));
        if (present.length !== 1) {
            this.problem(node, present.length === 0 ? say('simExpectNoCheck', { checks: CHECKS.join(', ') }) : say('simExpectTwoChecks', { checks: present.join(', ') }));
            return undefined;
        }
        const kind = present[0]!;
        const value = fields.get(kind)!.value;
        const place = this.place(node);
        let check: SimCheck;
        let names: Named[] = [];
        if (kind === 'state') {
            if (!isMap(value)) {
                this.problem(value, say('simStateShape', { states: SIM_STEP_STATES.join(', ') }));
                return undefined;
            }
            const states: Array<{ step: string; state: SimStepState }> = [];
            for (const pair of value.items as Array<Pair<Node, Node>>) {
                const step = this.named(pair.key, 'state');
                const state = this.string(pair.value, 'state');
                if (state !== undefined && !(SIM_STEP_STATES as readonly string[]).includes(state)) {
                    this.problem(pair.value ?? pair.key, say('simUnknownState', { state, states: SIM_STEP_STATES.join(', ') }));
                } else if (step && state !== undefined) {
                    names.push(step);
                    states.push({ step: step.name, state: state as SimStepState });
                }
            }
            check = { kind, states };
        } else if (kind === 'holder') {
            if (!isMap(value)) {
                this.problem(value, say('simHolderShape'));
                return undefined;
            }
            const holders: Array<{ role: string; holder: string }> = [];
            for (const pair of value.items as Array<Pair<Node, Node>>) {
                const role = this.named(pair.key, 'holder');
                const holder = this.string(pair.value, 'holder');
                if (role && holder !== undefined) {
                    names.push(role);
                    holders.push({ role: role.name, holder });
                }
            }
            check = { kind, holders };
        } else if (kind === 'severity') {
            const level = this.named(value, kind);
            if (!level) return undefined;
            names = [level];
            check = { kind, level: level.name };
        } else {
            names = this.nameList(value, kind);
            const list = names.map(n => n.name);
            check = kind === 'ready' || kind === 'not-ready' ? { kind, steps: list } : kind === 'paged' ? { kind, parties: list }
                : kind === 'sub-teams' ? { kind, names: list } : kind === 'relief-due' ? { kind, roles: list } : { kind, audiences: list };
        }
        return atSeconds !== undefined ? { atSeconds, check, place, names } : undefined;
    }

    /** A mapping-valued action (`designate: { role: scribe, holder: alice }`): its keys, named and located, or undefined after a problem. */
    private shape(node: Node, kind: keyof typeof SHAPES): Map<string, Named> | undefined {
        const shape = SHAPES[kind];
        if (!isMap(node)) {
            this.problem(node, say('simShape', { key: kind, example: shape.example }));
            return undefined;
        }
        const fields = this.fields(node, shape.keys, 'simMapKey', kind);
        const result = new Map<string, Named>();
        for (const [key, field] of fields) {
            const named = this.named(field.value, key);
            if (named) result.set(key, named);
        }
        if (shape.keys.slice(0, shape.required).some(key => !fields.has(key))) {
            this.problem(node, say('simShape', { key: kind, example: shape.example }));
            return undefined;
        }
        return fields.size === result.size ? result : undefined;
    }

    /** `at: 15m` (a duration since the start, as the language writes them; `0` is the start itself). */
    private at(node: YAMLMap, fields: Map<string, { key: Node; value: Node }>): number | undefined {
        const at = fields.get('at');
        if (!at) {
            this.problem(node, say('simNoAt'));
            return undefined;
        }
        const value = at.value;
        if (isScalar(value) && value.value === 0) return 0;
        const text = isScalar(value) ? String(value.value) : undefined;
        const seconds = text !== undefined ? parseDuration(text) : undefined;
        if (seconds === undefined) {
            this.problem(value, say('simBadDuration', { value: text ?? '' }));
        }
        return seconds;
    }

    /** The keys of a mapping, each allowed one; an unknown key is reported with the keys it may be. */
    private fields(node: YAMLMap, allowed: readonly string[], what: 'simTopKey' | 'simStartKey' | 'simEventKey' | 'simExpectKey' | 'simAnswerKey' | 'simMapKey', of = ''): Map<string, { key: Node; value: Node }> {
        const result = new Map<string, { key: Node; value: Node }>();
        for (const pair of node.items as Array<Pair<Node, Node>>) {
            const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
            if (key === undefined || !allowed.includes(key)) {
                this.problem(pair.key, say(what, { key: key ?? '?', keys: allowed.join(', '), of }));
                continue;
            }
            result.set(key, { key: pair.key, value: pair.value ?? pair.key });
        }
        return result;
    }

    private list(node: Node, what: string): Node[] {
        if (isScalar(node) && node.value === null) return [];
        if (!isSeq(node)) {
            this.problem(node, say('simNotAList', { key: what }));
            return [];
        }
        return node.items as Node[];
    }

    private nameList(node: Node, what: string): Named[] {
        if (isScalar(node)) {
            const one = this.named(node, what);
            return one ? [one] : [];
        }
        return this.list(node, what).map(item => this.named(item, what)).filter((n): n is Named => n !== undefined);
    }

    private branch(node: Node): Named | undefined {
        // `branch: yes` is a string in YAML 1.2; a boolean means the writer thought of YAML 1.1.
        if (isScalar(node) && typeof node.value === 'boolean') {
            return { name: node.value ? 'yes' : 'no', place: this.place(node) };
        }
        return this.named(node, 'branch');
    }

    private named(node: Node | null, what: string): Named | undefined {
        const name = node ? this.string(node, what) : undefined;
        return name !== undefined && node ? { name, place: this.place(node) } : undefined;
    }

    private string(node: Node | null, what: string): string | undefined {
        if (node && isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') && String(node.value) !== '') {
            return String(node.value);
        }
        this.problem(node, say('simNeedsText', { key: what }));
        return undefined;
    }

    private place(node: Node | null): ScriptPlace {
        const offset = node?.range?.[0] ?? 0;
        const { line, col } = this.lines.linePos(offset);
        return { line, column: col };
    }

    private problem(node: Node | null, message: string): void {
        this.problems.push({ ...this.place(node), message });
    }
}
