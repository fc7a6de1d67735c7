/**
 * The run store: what the runner persists per playbook, in VS Code's workspace state and in the
 * standalone page's localStorage alike, under the same key. Plain JSON; the shape is versioned
 * (`storeVersion`) because stores outlive the extension version that wrote them.
 */
/** Milliseconds since the Unix epoch. */
export type Millis = number;

/** Something a responder did (or the runner noticed), with when it happened. */
export type RunEvent =
    /**
     * `severity` may be absent: many plans set the level after the first assessment. `drill`
     * marks a rehearsal: its clock runs `speed` times faster from the start, and `kind` names
     * the playbook's drill it exercises (whose `last` date it may record).
     */
    | { type: 'start'; at: Millis; trigger?: string; severity?: string; drill?: { speed: number; kind?: string } }
    /** A drill's injected fault: a channel is down, or a party does not answer. */
    | { type: 'fault-injected'; at: Millis; fault: 'channel-down' | 'no-answer'; name: string }
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
    | { type: 'playbook-changed'; at: Millis; changes: ModelChange[] }
    /**
     * A role filled during the incident got its holder: a person's name, or free text for an
     * outsider. The first for a role is its designation; a later one is a hand-over (relief).
     */
    | { type: 'role-designated'; at: Millis; role: string; holder: string }
    /** A procedure outside the flow was started (a transfer of command, an executive joining); again: a new pass. */
    | { type: 'procedure-started'; at: Millis; procedure: string }
    /** A sub-team formed from its template, under a name of its own (`forensics 2`) and a leader's name. */
    | { type: 'sub-team-formed'; at: Millis; subTeam: string; name: string; leader?: string }
    | { type: 'sub-team-disbanded'; at: Millis; name: string }
    /** The public status page was set to one of its states (communication rules may fire on it). */
    | { type: 'status-posted'; at: Millis; status: StatusState }
    /** A child incident split off this one, with its own lead reporting to this run's commander. */
    | { type: 'incident-split'; at: Millis; child: string; lead?: string }
    /** A duplicate run (by id, kept whole in the archive) was merged into this one. */
    | { type: 'incident-merged'; at: Millis; duplicate: string };

/** The states of a public status page, in their usual order. */
export const STATUS_STATES = ['investigating', 'identified', 'monitoring', 'resolved'] as const;
export type StatusState = typeof STATUS_STATES[number];

export type RunEventType = RunEvent['type'];

/** A difference between two versions of a playbook, reported when the file changes during a run. */
export interface ModelChange {
    change: 'added' | 'removed' | 'changed';
    what: 'phase' | 'step' | 'decision' | 'severity' | 'trigger' | 'communication' | 'role';
    name: string;
}

/**
 * What makes a recorded event one of a kind, so that two copies of a run (two tabs, two
 * windows) merge into their union with nothing lost or doubled (runner/src/engine/playbook-run-log.ts).
 */
export interface EventStamp {
    /** Unique in the run: `<origin>:<seq>`. */
    id: string;
    /** The log's order: one more than the highest `seq` the recording copy had seen (a Lamport clock), never the wall clock. */
    seq: number;
    /** The tab or window that recorded it. */
    origin: string;
}

/** An event as the store keeps it: the event and its stamp. */
export type LoggedEvent = RunEvent & EventStamp;

/** One run of one playbook: its append-only event log, and the model it last ran against (to report edits). */
export interface RunRecord {
    id: string;
    playbook: string;
    /** In log order: by `seq`, then `origin`. */
    events: LoggedEvent[];
    /** The playbook as the run last saw it, JSON; compared with a newer one to say what changed. */
    model?: unknown;
}

/**
 * What is persisted per playbook: the current run and the archived ones. Version 2 stamps every
 * event (EventStamp); a version 1 store is read and stamped in its stored order.
 */
export interface RunnerStore {
    storeVersion: 2;
    playbook: string;
    current?: RunRecord;
    archive: RunRecord[];
}

/** The storage key of a playbook's runs: the same in VS Code's workspace state and in localStorage. */
export function runStoreKey(playbook: string): string {
    return `incident-playbook-runner:${playbook}`;
}

/** Where an unreadable store is kept aside (never dropped), so that nothing a responder recorded is lost. */
export function unreadableStoreKey(playbook: string, now: Millis): string {
    return `${runStoreKey(playbook)}:unreadable:${new Date(now).toISOString()}`;
}
