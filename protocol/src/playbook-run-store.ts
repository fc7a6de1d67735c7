/**
 * The run store: what the runner persists per playbook, in VS Code's workspace state and in the
 * standalone page's localStorage alike, under the same key. Plain JSON; the shape is versioned
 * (`storeVersion`) because stores outlive the extension version that wrote them.
 */
/** Milliseconds since the Unix epoch. */
export type Millis = number;

/** Something a responder did (or the runner noticed), with when it happened. */
export type RunEvent =
    /** `severity` may be absent: many plans set the level after the first assessment. */
    | { type: 'start'; at: Millis; trigger?: string; severity?: string }
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

/** The storage key of a playbook's runs: the same in VS Code's workspace state and in localStorage. */
export function runStoreKey(playbook: string): string {
    return `incident-playbook-runner:${playbook}`;
}

/** Where an unreadable store is kept aside (never dropped), so that nothing a responder recorded is lost. */
export function unreadableStoreKey(playbook: string, now: Millis): string {
    return `${runStoreKey(playbook)}:unreadable:${new Date(now).toISOString()}`;
}
