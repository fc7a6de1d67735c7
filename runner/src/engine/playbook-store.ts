/** The persisted runs of one playbook: start a run, append events, archive, and read stored JSON safely. */
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import type { LoggedEvent, ModelChange, Millis, RunEvent, RunRecord, RunnerStore } from '../../../protocol/src/playbook-run-store.js';
import { eventProblem } from './playbook-event-check.js';
import { say } from '../playbook-runner-strings.js';
import { diffModels, isPlaybookModel } from './playbook-live-edit.js';
import { compareLogged, stamp } from './playbook-run-log.js';

/** An empty store for a playbook. */
export function emptyStore(playbook: string): RunnerStore {
    return { storeVersion: 2, playbook, archive: [] };
}

/** Starts a new run, recorded by `origin`: the current one, if any, goes to the archive (newest first); nothing is dropped. */
export function startRun(store: RunnerStore, model: PlaybookModel, start: Extract<RunEvent, { type: 'start' }>, origin: string): RunnerStore {
    const archive = store.current ? [store.current, ...store.archive] : store.archive;
    const current: RunRecord = { id: `run-${new Date(start.at).toISOString()}-${origin}`, playbook: model.name, events: [stamp([], start, origin)], model };
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

/** Appends an event to the current run's log, stamped as recorded by `origin`; without a current run the store is returned unchanged. */
export function appendEvent(store: RunnerStore, event: RunEvent, origin: string): RunnerStore {
    if (!store.current) {
        return store;
    }
    const events = store.current.events;
    return { ...store, current: { ...store.current, events: [...events, stamp(events, event, origin)] } };
}

/**
 * Moves the current run onto a new version of the playbook: progress is kept by name (the
 * events are unchanged), the differences are returned and, if any, logged as an event.
 */
export function adoptModel(store: RunnerStore, model: PlaybookModel, at: Millis, origin: string): { store: RunnerStore; changes: ModelChange[] } {
    const current = store.current;
    if (!current) {
        return { store, changes: [] };
    }
    const changes = isPlaybookModel(current.model) ? diffModels(current.model, model) : [];
    const events = changes.length > 0 ? [...current.events, stamp(current.events, { type: 'playbook-changed', at, changes }, origin)] : current.events;
    return { store: { ...store, current: { ...current, events, model } }, changes };
}

/**
 * Reads a stored store. Anything that is not one gives an error saying what is wrong, never a
 * silent empty store. A version 1 store (events without stamps) is stamped in its stored order.
 */
export function parseStore(text: string, playbook: string): { store: RunnerStore } | { error: string } {
    let value: unknown;
    try {
        value = JSON.parse(text);
    } catch (error) {
        return { error: say('checkStoreNotJson', { reason: error instanceof Error ? error.message : String(error) }) };
    }
    return checkStore(value, playbook);
}

/** Checks a value (parsed JSON, or a message's payload) as a store of a playbook, field by field. */
export function checkStore(value: unknown, playbook: string): { store: RunnerStore } | { error: string } {
    const store = value as (Partial<Omit<RunnerStore, 'storeVersion'>> & { storeVersion?: unknown }) | null;
    if (typeof store !== 'object' || store === null || (store.storeVersion !== 1 && store.storeVersion !== 2) || !Array.isArray(store.archive)) {
        return { error: say('checkStoreVersion') };
    }
    if (store.playbook !== playbook) {
        return { error: say('checkStoreOtherPlaybook', { stored: String(store.playbook), playbook }) };
    }
    const stamped = store.storeVersion === 2;
    for (const [index, record] of [store.current, ...store.archive].entries()) {
        if (record === undefined && index === 0) continue;
        const problem = recordProblem(record, stamped);
        if (problem) return { error: index === 0 ? say('checkCurrentRun', { problem }) : say('checkArchivedRun', { index, problem }) };
    }
    if (stamped) return { store: store as RunnerStore };
    const migrate = (run: RunRecord): RunRecord => ({ ...run, events: (run.events as RunEvent[]).map((event, i) => ({ ...event, id: `v1:${i + 1}`, seq: i + 1, origin: 'v1' })) });
    return { store: { storeVersion: 2, playbook, ...(store.current ? { current: migrate(store.current) } : {}), archive: store.archive.map(migrate) } };
}

function recordProblem(record: unknown, stamped: boolean): string | undefined {
    const run = record as Partial<RunRecord> | null;
    if (typeof run !== 'object' || run === null || typeof run.id !== 'string' || !Array.isArray(run.events)) {
        return say('checkNotRunRecord');
    }
    for (const [index, event] of run.events.entries()) {
        const problem = eventProblem(event, stamped);
        if (problem) return say('checkBadEvent', { index: index + 1, problem });
    }
    if (stamped) {
        const events = run.events as LoggedEvent[];
        if (new Set(events.map(e => e.id)).size !== events.length) return say('checkSharedIds');
        if (events.some((e, i) => i > 0 && compareLogged(events[i - 1]!, e) > 0)) return say('checkLogOrder');
    }
    return undefined;
}

/** The runs merged into `run` as duplicates (`incident-merged`), as the store keeps them: their histories go into its exports. */
export function mergedRuns(store: RunnerStore, run: RunRecord): RunRecord[] {
    const ids = run.events.flatMap(e => (e.type === 'incident-merged' ? [e.duplicate] : []));
    return ids.map(id => store.archive.find(r => r.id === id)).filter((r): r is RunRecord => r !== undefined && r.id !== run.id);
}
