/**
 * The headless simulator: the same engine as the runner's screen, driven by a script instead of
 * a responder. Pure: the model, the script and the start time in, the run and each expectation's
 * verdict out (docs/simulate.md). `playbook simulate` prints it; tests assert on it.
 */
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { STATUS_STATES, type RunEvent, type StatusState } from '../../../protocol/src/playbook-run-store.js';
import { closest } from '../../../server/src/catalogue/playbook-closest.js';
import { formatDuration } from '../../../server/src/language/durations.js';
import { say } from '../playbook-runner-strings.js';
import { commsStatus, SEVERITY_CADENCE_ID } from './playbook-comms.js';
import { escalationStatus } from './playbook-escalation.js';
import { allFlowItems } from './playbook-flow.js';
import { resolveHolder } from './playbook-parties.js';
import { activeSubTeams, currentHolder, nextSubTeamName, reliefs } from './playbook-response.js';
import { reduceRun } from './playbook-run.js';
import type { ItemStatus, RunState } from './playbook-run-types.js';
import type { Named, ScriptProblem, SimAction, SimCheck, SimScript, SimStepState } from './playbook-sim-script.js';
import { describeEntry } from './playbook-timeline-export.js';

export interface SimFiring {
    at: string;
    path: string;
    level: number;
    pass: number;
    notify: string[];
    people: string[];
}

export interface SimCommunication {
    id: string;
    audience: string;
    channels: string[];
    due: boolean;
    /** The cadence stopped because the incident was resolved. */
    stopped: boolean;
    dueAt: string | null;
    lastSent: string | null;
}

export interface SimVerdict {
    ok: boolean;
    at: string;
    check: SimCheck;
    actual: unknown;
    /** The script line of the expectation. */
    line: number;
    /** In words, for a failure: what was expected and what happened. */
    message?: string;
}

export interface SimResult {
    playbook: string;
    startedAt: string;
    steps: Record<string, SimStepState>;
    escalations: SimFiring[];
    communications: SimCommunication[];
    timeline: Array<{ at: string; text: string }>;
    expectations: SimVerdict[];
}

const STATE_OF: Readonly<Record<ItemStatus, SimStepState>> = {
    done: 'done', ready: 'ready', waiting: 'waiting', skipped: 'skipped', blocked: 'blocked', bypassed: 'not-taken',
};

/** What a name in the script names: chooses the noun of `simUnknownName` (each language inflects it). */
type NameKind = 'step' | 'decision' | 'branch' | 'path' | 'severity' | 'trigger' | 'party' | 'audience' | 'item'
    | 'role' | 'procedure' | 'subTeam' | 'status';

/** Names in the script that the playbook does not have, each located, with the nearest it does have. */
export function scriptProblems(model: PlaybookModel, script: SimScript): ScriptProblem[] {
    const problems: ScriptProblem[] = [];
    const items = allFlowItems(model);
    const steps = items.filter(i => i.kind === 'step').map(i => i.name);
    const decisions = items.filter(i => i.kind === 'decision').map(i => i.name);
    const unknown = (named: Named, kind: NameKind, known: readonly string[]): void => {
        if (known.includes(named.name)) return;
        const near = closest(named.name, known);
        problems.push({ ...named.place, message: near ? say('simUnknownNameHint', { kind, name: named.name, near }) : say('simUnknownName', { kind, name: named.name, known: known.join(', ') || '-' }) });
    };
    if (script.playbook !== undefined && script.playbook !== model.name) {
        problems.push({ ...script.start.place, line: 1, column: 1, message: say('simOtherPlaybook', { script: script.playbook, playbook: model.name }) });
    }
    if (script.start.trigger) unknown(script.start.trigger, 'trigger', model.triggers.map(t => t.name));
    if (script.start.severity) unknown(script.start.severity, 'severity', model.severities.map(s => s.name));
    for (const event of script.events) {
        const [first, second] = event.names;
        const action = event.action;
        if (action.kind === 'done' || action.kind === 'skip') {
            if (decisions.includes(action.step)) problems.push({ ...first!.place, message: say('simDecisionNotStep', { name: action.step }) });
            else unknown(first!, 'step', steps);
        } else if (action.kind === 'answer') {
            unknown(first!, 'decision', decisions);
            const decision = items.find(i => i.name === action.decision);
            if (decision?.kind === 'decision') unknown(second!, 'branch', decision.branches.map(b => b.label));
        } else if (action.kind === 'acknowledge') {
            unknown(first!, 'path', model.escalations.map(p => p.name));
        } else if (action.kind === 'severity') {
            unknown(first!, 'severity', model.severities.map(s => s.name));
        } else if (action.kind === 'designate') {
            unknown(first!, 'role', model.roles.map(r => r.name));
        } else if (action.kind === 'procedure') {
            unknown(first!, 'procedure', (model.procedures ?? []).map(p => p.name));
        } else if (action.kind === 'form') {
            unknown(first!, 'subTeam', (model.subTeams ?? []).map(t => t.name));
        } else if (action.kind === 'status') {
            unknown(first!, 'status', STATUS_STATES);
        }
    }
    const parties = [...model.roles, ...model.people, ...model.teams, ...model.rotations].map(p => p.name);
    const audiences = [...model.communications.map(c => c.audience), SEVERITY_CADENCE_ID];
    for (const expectation of script.expect) {
        const kind = expectation.check.kind;
        for (const named of expectation.names) {
            if (kind === 'paged') unknown(named, 'party', parties);
            else if (kind === 'due') unknown(named, 'audience', audiences);
            else if (kind === 'severity') unknown(named, 'severity', model.severities.map(s => s.name));
            else if (kind === 'holder' || kind === 'relief-due') unknown(named, 'role', model.roles.map(r => r.name));
            else if (kind === 'sub-teams') continue; // sub-teams are named during the run
            else unknown(named, 'item', items.map(i => i.name));
        }
    }
    return problems;
}

/** Runs the script from `startAt` (the script's own `start.at` wins) and judges every expectation. */
export function simulate(model: PlaybookModel, script: SimScript, defaultStart: number): SimResult {
    const t0 = script.start.at ?? defaultStart;
    const start: RunEvent = {
        type: 'start', at: t0,
        ...(script.start.trigger ? { trigger: script.start.trigger.name } : {}),
        ...(script.start.severity ? { severity: script.start.severity.name } : {}),
    };
    // Events keep their written order among equal times (a stable sort).
    const timed: Array<{ at: number; event: RunEvent }> = [];
    for (const e of [...script.events].sort((a, b) => a.atSeconds - b.atSeconds)) {
        const at = t0 + e.atSeconds * 1000;
        timed.push({ at, event: toEvent(e.action, at, () => reduceRun(model, [start, ...timed.map(t => t.event)])) });
    }
    const runUntil = (at: number): RunState => reduceRun(model, [start, ...timed.filter(e => e.at <= at).map(e => e.event)]);
    const expectations = script.expect.map(expectation => {
        const at = t0 + expectation.atSeconds * 1000;
        return judge(model, runUntil(at), at, expectation.check, expectation.place.line, expectation.atSeconds);
    });
    const end = Math.max(t0, ...timed.map(e => e.at), ...script.expect.map(e => t0 + e.atSeconds * 1000));
    const state = runUntil(end);
    const since = (at: number): string => formatDuration((at - t0) / 1000);
    return {
        playbook: model.name,
        startedAt: new Date(t0).toISOString(),
        steps: Object.fromEntries(Object.entries(state.items).map(([name, item]) => [name, STATE_OF[item.status]])),
        escalations: firings(model, state, end).map(f => ({ ...f, at: since(f.at) })),
        communications: commsStatus(model, state, end).map(due => ({
            id: due.id, audience: due.rule?.audience ?? SEVERITY_CADENCE_ID, channels: due.rule?.channels ?? [], due: due.due, stopped: due.stopped === true,
            dueAt: due.dueAt !== undefined ? since(due.dueAt) : null, lastSent: due.lastSent !== undefined ? since(due.lastSent) : null,
        })),
        timeline: state.timeline.map(entry => ({ at: since(entry.at), text: describeEntry(model, entry) })),
        expectations,
    };
}

/** The event of a scripted action; `state` is the run just before it (a sub-team without a name takes the next free one). */
function toEvent(action: SimAction, at: number, state: () => RunState): RunEvent {
    switch (action.kind) {
        case 'done': return { type: 'step-done', at, item: action.step };
        case 'skip': return { type: 'step-skipped', at, item: action.step, reason: action.reason ?? say('simSkipReason') };
        case 'answer': return { type: 'decision-taken', at, item: action.decision, branch: action.branch };
        case 'acknowledge': return { type: 'escalation-acknowledged', at };
        case 'severity': return { type: 'severity-changed', at, severity: action.level };
        case 'note': return { type: 'note', at, text: action.text };
        case 'resolve': return { type: 'resolved', at };
        case 'close': return { type: 'closed', at };
        case 'designate': return { type: 'role-designated', at, role: action.role, holder: action.holder };
        case 'procedure': return { type: 'procedure-started', at, procedure: action.procedure };
        case 'form': return {
            type: 'sub-team-formed', at, subTeam: action.subTeam, name: action.name ?? nextSubTeamName(state(), action.subTeam),
            ...(action.leader !== undefined ? { leader: action.leader } : {}),
        };
        case 'disband': return { type: 'sub-team-disbanded', at, name: action.name };
        case 'status': return { type: 'status-posted', at, status: action.status as StatusState };
        case 'split': return { type: 'incident-split', at, child: action.child, ...(action.lead !== undefined ? { lead: action.lead } : {}) };
    }
}

/** The levels that fired by `at` (acknowledging or resolving stops them), with whom each paged. */
function firings(model: PlaybookModel, state: RunState, at: number): Array<Omit<SimFiring, 'at'> & { at: number }> {
    const status = escalationStatus(model, state, at);
    const since = state.escalationSince;
    if (since === undefined) return [];
    const stop = Math.min(at, state.acknowledgedAt ?? Infinity, state.resolvedAt ?? Infinity);
    return status.schedule.filter(f => since + f.offset <= stop).map(f => {
        const when = since + f.offset;
        return {
            at: when, path: f.path, level: f.level, pass: f.pass + 1, notify: f.notify.map(ref => ref.name),
            people: [...new Set(f.notify.flatMap(ref => resolveHolder(model, ref, when, state.severity).people.map(p => p.person.name)))],
        };
    });
}

function judge(model: PlaybookModel, state: RunState, at: number, check: SimCheck, line: number, atSeconds: number): SimVerdict {
    const when = formatDuration(atSeconds);
    const status = (name: string): SimStepState | undefined => {
        const item = state.items[name];
        return item ? STATE_OF[item.status] : undefined;
    };
    const verdict = (ok: boolean, actual: unknown, message: () => string): SimVerdict => ({ ok, at: when, check, actual, line, ...(ok ? {} : { message: message() }) });
    const title = (name: string): string => {
        const item = allFlowItems(model).find(i => i.name === name);
        const text = item ? (item.kind === 'step' ? item.title : item.question) : undefined;
        return text ? `"${text}" (${name})` : name;
    };
    switch (check.kind) {
        case 'ready':
        case 'not-ready': {
            const actual = Object.fromEntries(check.steps.map(step => [step, status(step) ?? null]));
            const wrong = check.steps.filter(step => (status(step) === 'ready') !== (check.kind === 'ready'));
            return verdict(wrong.length === 0, actual, () => wrong.map(step => say(check.kind === 'ready' ? 'simFailReady' : 'simFailNotReady', { at: when, item: title(step), actual: status(step) ?? '?' })).join(' '));
        }
        case 'state': {
            const actual = Object.fromEntries(check.states.map(({ step }) => [step, status(step) ?? null]));
            const wrong = check.states.filter(({ step, state: expected }) => status(step) !== expected);
            return verdict(wrong.length === 0, actual, () => wrong.map(({ step, state: expected }) => say('simFailState', { at: when, item: title(step), expected, actual: status(step) ?? '?' })).join(' '));
        }
        case 'paged': {
            const fired = firings(model, state, at);
            const paged = [...new Set(fired.flatMap(f => [...f.notify, ...f.people]))];
            const missing = check.parties.filter(party => !paged.includes(party));
            return verdict(missing.length === 0, paged, () => say('simFailPaged', { at: when, missing: missing.join(', '), paged: paged.join(', ') || say('simNobody') }));
        }
        case 'due': {
            const due = commsStatus(model, state, at).filter(c => c.due).map(c => c.rule?.audience ?? SEVERITY_CADENCE_ID);
            const missing = check.audiences.filter(audience => !due.includes(audience));
            return verdict(missing.length === 0, due, () => say('simFailDue', { at: when, missing: missing.join(', '), due: due.join(', ') || say('simNothing') }));
        }
        case 'severity':
            return verdict(state.severity === check.level, state.severity ?? null,
                () => say('simFailSeverity', { at: when, expected: check.level, actual: state.severity ?? say('simNotSet') }));
        case 'holder': {
            const actual = Object.fromEntries(check.holders.map(({ role }) => [role, currentHolder(state, role) ?? null]));
            const wrong = check.holders.filter(({ role, holder }) => currentHolder(state, role) !== holder);
            return verdict(wrong.length === 0, actual, () => wrong.map(({ role, holder }) => {
                const now = currentHolder(state, role);
                return say('simFailHolder', { at: when, role, expected: holder, actual: now !== undefined ? say('simHeldBy', { holder: now }) : say('simNotNamed') });
            }).join(' '));
        }
        case 'sub-teams': {
            const active = activeSubTeams(state).map(t => t.name);
            const missing = check.names.filter(name => !active.includes(name));
            return verdict(missing.length === 0, active, () => say('simFailSubTeams', { at: when, missing: missing.join(', '), active: active.join(', ') || say('simNothing') }));
        }
        case 'relief-due': {
            const due = reliefs(model, state, at).filter(r => r.due).map(r => r.role.name);
            const missing = check.roles.filter(role => !due.includes(role));
            return verdict(missing.length === 0, due, () => say('simFailRelief', { at: when, missing: missing.join(', '), due: due.join(', ') || say('simNothing') }));
        }
    }
}
