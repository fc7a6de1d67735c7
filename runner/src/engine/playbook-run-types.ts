/** The runner's state, derived from the stored events (protocol/src/playbook-run-store.ts): plain JSON, no DOM, no VS Code. */
import type { CommunicationEvent } from '../../../protocol/src/playbook-model-types.js';
import type { Millis, RunEvent, StatusState } from '../../../protocol/src/playbook-run-store.js';

/** Where a step or decision stands. `bypassed`: a decision sent the run elsewhere, so it will not come. */
export type ItemStatus = 'waiting' | 'ready' | 'done' | 'skipped' | 'blocked' | 'bypassed';

export interface ItemState {
    status: ItemStatus;
    /** When the item last became ready: its time box counts from here. */
    readyAt?: Millis;
    /** When it was done, skipped, blocked or decided. */
    actedAt?: Millis;
    reason?: string;
    /** The branch label a decision took. */
    branch?: string;
    /** One flag per check item. */
    checks: boolean[];
    /** 1 on the first pass; a decision that goes back re-opens the item for pass 2, 3, … */
    pass: number;
}

/** A timeline line: the event as recorded, with no derived text (the exports word it). */
export interface TimelineEntry {
    at: Millis;
    event: RunEvent;
    /** False when the event names something the current playbook no longer has. */
    applies: boolean;
    /** For an event on an item that a loop re-opened at some point: the pass it belongs to. */
    pass?: number;
}

/** Everything that follows from the events alone (time-dependent views take `now` separately). */
export interface RunState {
    started: boolean;
    startedAt?: Millis;
    trigger?: string;
    severity?: string;
    /** When the current severity (or, before one is set, the run) took effect: the start or the last change. */
    severitySince?: Millis;
    /** When a severity was first set: its respond and resolve targets count from here. */
    severitySetAt?: Millis;
    /** Escalation runs from the start, and again from each severity change. */
    escalationSince?: Millis;
    /** The path a done step started on demand (`escalate db-path`): it runs instead of the trigger's or the severity's. */
    escalationPath?: string;
    acknowledgedAt?: Millis;
    resolvedAt?: Millis;
    closedAt?: Millis;
    items: Record<string, ItemState>;
    /** Rule id to the last time it was sent. */
    sent: Record<string, Millis>;
    /** When each communication event happened, newest last. */
    occurrences: Array<{ event: CommunicationEvent; at: Millis }>;
    timeline: TimelineEntry[];
    /** Set for a drill: how much faster its clock runs, and which of the playbook's drills it exercises. */
    drill?: { speed: number; kind?: string };
    /** A drill's injected faults: channels down, parties that do not answer. */
    faults: { channelsDown: string[]; noAnswer: string[] };
    /** Holders named during the run, per role, oldest first: the last is the holder now (issue 13). */
    designations: Record<string, Array<{ holder: string; at: Millis }>>;
    /** Procedures outside the flow that were started, with when they last were (issue 14). */
    procedures: Record<string, { startedAt: Millis; times: number }>;
    /** Sub-teams formed during the run, in the order formed. */
    subTeams: SubTeamState[];
    /** The public status page's state now, if it was ever set. */
    status?: { state: StatusState; at: Millis };
    /** Child incidents split off this one. */
    children: Array<{ name: string; lead?: string; at: Millis }>;
    /** Duplicate runs merged into this one (their records stay in the archive). */
    merged: Array<{ run: string; at: Millis }>;
}

/** One sub-team of a run: formed from a template, with its own name and leader, until disbanded. */
export interface SubTeamState {
    name: string;
    template: string;
    leader?: string;
    formedAt: Millis;
    disbandedAt?: Millis;
}
