/** The persisted runs of one playbook: start a run, append events, archive, and read stored JSON safely. */
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { diffModels, isPlaybookModel } from './playbook-live-edit.js';
import type { ModelChange, Millis, RunEvent, RunRecord, RunnerStore } from '../../../protocol/src/playbook-run-store.js';

const EVENT_TYPES = new Set<string>([
    'start', 'severity-changed', 'step-done', 'step-skipped', 'step-blocked', 'step-undone', 'check-toggled',
    'decision-taken', 'escalation-acknowledged', 'update-sent', 'note', 'resolved', 'closed', 'playbook-changed',
]);

/** An empty store for a playbook. */
export function emptyStore(playbook: string): RunnerStore {
    return { storeVersion: 1, playbook, archive: [] };
}

/** Starts a new run: the current one, if any, goes to the archive (newest first); nothing is dropped. */
export function startRun(store: RunnerStore, model: PlaybookModel, start: Extract<RunEvent, { type: 'start' }>): RunnerStore {
    const archive = store.current ? [store.current, ...store.archive] : store.archive;
    const current: RunRecord = { id: `run-${new Date(start.at).toISOString()}`, playbook: model.name, events: [start], model };
    return { ...store, current, archive };
}

/** Moves the current run, if any, to the archive (newest first), leaving no current run. */
export function archiveCurrent(store: RunnerStore): RunnerStore {
    if (!store.current) {
        return store;
    }
    const { current, ...rest } = store;
    return { ...rest, archive: [current, ...store.archive] };
}

/** Appends an event to the current run; without a current run the store is returned unchanged. */
export function appendEvent(store: RunnerStore, event: RunEvent): RunnerStore {
    if (!store.current) {
        return store;
    }
    return { ...store, current: { ...store.current, events: [...store.current.events, event] } };
}

/**
 * Moves the current run onto a new version of the playbook: progress is kept by name (the
 * events are unchanged), the differences are returned and, if any, logged as an event.
 */
export function adoptModel(store: RunnerStore, model: PlaybookModel, at: Millis): { store: RunnerStore; changes: ModelChange[] } {
    const current = store.current;
    if (!current) {
        return { store, changes: [] };
    }
    const changes = isPlaybookModel(current.model) ? diffModels(current.model, model) : [];
    const events = changes.length > 0 ? [...current.events, { type: 'playbook-changed' as const, at, changes }] : current.events;
    return { store: { ...store, current: { ...current, events, model } }, changes };
}

/** Reads a stored store. Anything that is not one gives an error saying what is wrong, never a silent empty store. */
export function parseStore(text: string, playbook: string): { store: RunnerStore } | { error: string } {
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (error) {
        return { error: `not JSON (${error instanceof Error ? error.message : String(error)})` };
    }
    const store = value as Partial<RunnerStore> | null;
    if (typeof store !== 'object' || store === null || store.storeVersion !== 1 || !Array.isArray(store.archive)) {
        return { error: 'not a runner store of version 1' };
    }
    if (store.playbook !== playbook) {
        return { error: `stored for playbook "${String(store.playbook)}", not "${playbook}"` };
    }
    for (const [index, record] of [store.current, ...store.archive].entries()) {
        if (record === undefined && index === 0) continue;
        const problem = recordProblem(record);
        if (problem) return { error: index === 0 ? `current run: ${problem}` : `archived run ${index}: ${problem}` };
    }
    return { store: store as RunnerStore };
}

function recordProblem(record: unknown): string | undefined {
    const run = record as Partial<RunRecord> | null;
    if (typeof run !== 'object' || run === null || typeof run.id !== 'string' || !Array.isArray(run.events)) {
        return 'not a run record';
    }
    const bad = run.events.findIndex(e => typeof e !== 'object' || e === null || !EVENT_TYPES.has((e as RunEvent).type) || typeof (e as RunEvent).at !== 'number');
    return bad >= 0 ? `event ${bad + 1} is not a runner event` : undefined;
}
