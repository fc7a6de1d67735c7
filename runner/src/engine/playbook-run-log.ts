/**
 * The run as an append-only event log: each event stamped with an id, a log position (a Lamport
 * counter, never the wall clock) and the tab or window that recorded it, so that two copies of a
 * store merge into their union: nothing lost, nothing doubled, the same order on every copy.
 */
import type { EventStamp, LoggedEvent, RunEvent, RunnerStore, RunRecord } from '../../../protocol/src/playbook-run-store.js';

/** Log order: by position, then by origin (two copies that appended at once). */
export function compareLogged(a: EventStamp, b: EventStamp): number {
    return a.seq - b.seq || (a.origin < b.origin ? -1 : a.origin > b.origin ? 1 : 0);
}

/** Stamps an event as the next of a run's log, recorded by `origin`. */
export function stamp(events: readonly LoggedEvent[], event: RunEvent, origin: string): LoggedEvent {
    const seq = events.reduce((max, e) => Math.max(max, e.seq), 0) + 1;
    return { ...event, id: `${origin}:${seq}`, seq, origin };
}

/** The union of two logs of one run, by event id, in log order. */
export function mergeLogs(a: readonly LoggedEvent[], b: readonly LoggedEvent[]): LoggedEvent[] {
    const byId = new Map<string, LoggedEvent>();
    for (const event of [...a, ...b]) {
        if (!byId.has(event.id)) byId.set(event.id, event);
    }
    return [...byId.values()].sort(compareLogged);
}

/**
 * Merges another copy of the store (another tab's or window's) into ours. Runs are matched by
 * id and their logs united; a run archived in either copy is archived; if both copies have a
 * different current run (started in two copies that had not seen each other's, as a webview
 * restarted from an empty store does), a finished run never displaces one still under way
 * (closed, then resolved, counts as finished), and among runs equally far the later start stays
 * current. The other is archived, never dropped. Our copy's model snapshot wins (it is the one
 * this window shows).
 */
export function mergeStores(ours: RunnerStore, theirs: RunnerStore): RunnerStore {
    const runs = new Map<string, RunRecord>();
    const add = (run: RunRecord): void => {
        const known = runs.get(run.id);
        runs.set(run.id, known ? { ...known, events: mergeLogs(known.events, run.events) } : run);
    };
    [ours.current, ...ours.archive, theirs.current, ...theirs.archive].forEach(run => run && add(run));
    const archived = new Set([...ours.archive, ...theirs.archive].map(r => r.id));
    const candidates = [ours.current, theirs.current].filter((r): r is RunRecord => r !== undefined && !archived.has(r.id));
    const current = candidates.map(r => runs.get(r.id)!)
        .sort((a, b) => finished(a) - finished(b) || startedAt(b) - startedAt(a) || (a.id < b.id ? -1 : 1))[0];
    // Latest start first; runs started at the same instant by their ids, so that every copy
    // lists them in one order whatever order the copies are merged in.
    const archive = [...runs.values()].filter(r => r.id !== current?.id).sort((a, b) => startedAt(b) - startedAt(a) || (a.id < b.id ? -1 : 1));
    return { storeVersion: 2, playbook: ours.playbook, ...(current ? { current } : {}), archive };
}

/** How far a run has come: 0 under way, 1 resolved, 2 closed. Wall clocks of two copies may disagree; this does not. */
function finished(run: RunRecord): number {
    return run.events.some(e => e.type === 'closed') ? 2 : run.events.some(e => e.type === 'resolved') ? 1 : 0;
}

function startedAt(run: RunRecord): number {
    return run.events.find(e => e.type === 'start')?.at ?? 0;
}

/** Event ids of a store's current run. */
export function eventIds(store: RunnerStore): Set<string> {
    return new Set(store.current?.events.map(e => e.id) ?? []);
}

/** True when the two stores hold the same runs with the same events (and the same current one). */
export function sameContent(a: RunnerStore, b: RunnerStore): boolean {
    const shape = (store: RunnerStore): string => JSON.stringify([store.current?.id, store.current?.events.map(e => e.id),
        store.archive.map(r => [r.id, r.events.map(e => e.id)])]);
    return shape(a) === shape(b);
}

/** Events of the current run recorded by other origins that `before` did not have: what another window added. */
export function foreignEvents(before: RunnerStore, after: RunnerStore, origin: string): LoggedEvent[] {
    const known = eventIds(before);
    return (after.current?.events ?? []).filter(e => e.origin !== origin && !known.has(e.id));
}
