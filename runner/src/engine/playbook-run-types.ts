/** The runner's events, state and stored records: plain JSON, no DOM, no VS Code. */
import type { CommunicationEvent } from '../../../server/src/model/playbook-model-types.js';

/** Milliseconds since the Unix epoch. */
export type Millis = number;

/** Something a responder did (or the runner noticed), with when it happened. */
export type RunEvent =
    | { type: 'start'; at: Millis; trigger?: string; severity: string }
    | { type: 'severity-changed'; at: Millis; severity: string }
    | { type: 'step-done'; at: Millis; item: string }
    | { type: 'step-skipped'; at: Millis; item: string; reason: string }
    | { type: 'step-blocked'; at: Millis; item: string; reason: string }
    | { type: 'step-undone'; at: Millis; item: string }
    | { type: 'check-toggled'; at: Millis; item: string; index: number; checked: boolean }
    | { type: 'decision-taken'; at: Millis; item: string; branch: string }
    | { type: 'escalation-acknowledged'; at: Millis }
    | { type: 'update-sent'; at: Millis; rule: string }
    | { type: 'note'; at: Millis; text: string }
    | { type: 'resolved'; at: Millis }
    | { type: 'closed'; at: Millis }
    | { type: 'playbook-changed'; at: Millis; changes: ModelChange[] };

export type RunEventType = RunEvent['type'];

/** A difference between two versions of a playbook, reported when the file changes during a run. */
export interface ModelChange {
    change: 'added' | 'removed' | 'changed';
    what: 'phase' | 'step' | 'decision' | 'severity' | 'trigger' | 'communication' | 'role';
    name: string;
}

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
}

/** A timeline line: the event as recorded, with no derived text (the exports word it). */
export interface TimelineEntry {
    at: Millis;
    event: RunEvent;
    /** False when the event names something the current playbook no longer has. */
    applies: boolean;
}

/** Everything that follows from the events alone (time-dependent views take `now` separately). */
export interface RunState {
    started: boolean;
    startedAt?: Millis;
    trigger?: string;
    severity?: string;
    /** When the current severity took effect (start or the last change). */
    severitySince?: Millis;
    /** Escalation runs from the start, and again from each severity change. */
    escalationSince?: Millis;
    acknowledgedAt?: Millis;
    resolvedAt?: Millis;
    closedAt?: Millis;
    items: Record<string, ItemState>;
    /** Rule id to the last time it was sent. */
    sent: Record<string, Millis>;
    /** When each communication event happened, newest last. */
    occurrences: Array<{ event: CommunicationEvent; at: Millis }>;
    timeline: TimelineEntry[];
}

/** One run of one playbook: its events, and the model it last ran against (to report edits). */
export interface RunRecord {
    id: string;
    playbook: string;
    events: RunEvent[];
    /** The playbook as the run last saw it, JSON; compared with a newer one to say what changed. */
    model?: unknown;
}

/** What is persisted per playbook: the current run and the archived ones. */
export interface RunnerStore {
    storeVersion: 1;
    playbook: string;
    current?: RunRecord;
    archive: RunRecord[];
}
