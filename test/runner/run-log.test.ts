/**
 * The run store as an append-only event log (issue 22, item 1): two copies merge into their
 * union, nothing lost or doubled, in one order on every copy; a tick made after the clock moved
 * back is kept; messages from the webview are checked and a malformed save is refused.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import type { RunnerStore } from '../../protocol/src/playbook-run-store.js';
import { checkWebviewMessage } from '../../runner/src/engine/playbook-message-check.js';
import { foreignEvents, mergeStores, sameContent } from '../../runner/src/engine/playbook-run-log.js';
import { reduceRun } from '../../runner/src/engine/playbook-run.js';
import { appendEvent, archiveCurrent, emptyStore, parseStore, startRun } from '../../runner/src/engine/playbook-store.js';
import { cssName } from '../../runner/src/webview/playbook-element-id.js';
import { sampleModel } from './helpers.js';

const T0 = Date.parse('2026-11-23T10:00:00Z');
const MIN = 60_000;

describe('run store event log', () => {
    let outage: PlaybookModel;
    let shared: RunnerStore;
    before(async () => {
        outage = await sampleModel('playbooks/service-outage.playbook');
        shared = startRun(emptyStore('service-outage'), outage, { type: 'start', at: T0, severity: 'sev1' }, 'tab-a');
    });

    it('keeps the ticks of two tabs that saved at once, each once, in one order', () => {
        const a = appendEvent(shared, { type: 'step-done', at: T0 + MIN, item: 'acknowledge' }, 'tab-a');
        const b = appendEvent(shared, { type: 'check-toggled', at: T0 + MIN, item: 'confirm', index: 0, checked: true }, 'tab-b');
        const ab = mergeStores(a, b);
        const ba = mergeStores(b, a);
        assert.deepEqual(ab.current?.events.map(e => e.id), ['tab-a:1', 'tab-a:2', 'tab-b:2']);
        assert.deepEqual(ba.current?.events.map(e => e.id), ab.current?.events.map(e => e.id), 'both tabs see the same order');
        assert.deepEqual(mergeStores(ab, b), ab, 'merging again doubles nothing');
        const state = reduceRun(outage, ab.current!.events);
        assert.equal(state.items.acknowledge?.status, 'done');
        assert.deepEqual(state.items.confirm?.checks, [true]);
        assert.deepEqual(foreignEvents(a, ab, 'tab-a').map(e => e.id), ['tab-b:2']);
        // The next tick in either tab comes after everything it has seen.
        assert.equal(appendEvent(ab, { type: 'note', at: T0 + 2 * MIN, text: 'x' }, 'tab-b').current?.events.at(-1)?.seq, 3);
    });

    it('a run archived in one tab is archived in the union; a run started at once in each is kept in the archive', () => {
        const archived = archiveCurrent(appendEvent(shared, { type: 'note', at: T0 + MIN, text: 'a' }, 'tab-a'));
        const driving = appendEvent(shared, { type: 'step-done', at: T0 + 2 * MIN, item: 'acknowledge' }, 'tab-b');
        const merged = mergeStores(driving, archived);
        assert.equal(merged.current, undefined);
        assert.deepEqual(merged.archive[0]?.events.map(e => e.id), ['tab-a:1', 'tab-a:2', 'tab-b:2']);
        const other = startRun(emptyStore('service-outage'), outage, { type: 'start', at: T0 + 5 * MIN, severity: 'sev2' }, 'tab-b');
        const both = mergeStores(shared, other);
        assert.equal(both.current?.id, other.current?.id, 'the later start stays current');
        assert.deepEqual(both.archive.map(r => r.id), [shared.current!.id]);
    });

    it('never lets a finished run come back as current over a run started in a copy restarted from an empty store', () => {
        // Window X's copy: run A, closed. Window Y's webview restarted from an empty store (its
        // workspace state lost, no run folder yet) and started run B, on a clock that reads earlier.
        const closedA = appendEvent(appendEvent(shared, { type: 'resolved', at: T0 + 30 * MIN }, 'tab-a'), { type: 'closed', at: T0 + 40 * MIN }, 'tab-a');
        const restarted = startRun(emptyStore('service-outage'), outage, { type: 'start', at: T0 - 60 * MIN, severity: 'sev2' }, 'tab-b');
        for (const merged of [mergeStores(restarted, closedA), mergeStores(closedA, restarted)]) {
            assert.equal(merged.current?.id, restarted.current!.id, 'the run under way stays current');
            assert.deepEqual(merged.archive.map(r => r.id), [shared.current!.id], 'the closed run is archived, not dropped');
            assert.equal(merged.archive[0]?.events.length, 3, 'with every event of it');
        }
        // A resolved run gives way to one under way too, and a closed one to a resolved one.
        const resolvedA = appendEvent(shared, { type: 'resolved', at: T0 + 30 * MIN }, 'tab-a');
        assert.equal(mergeStores(resolvedA, restarted).current?.id, restarted.current!.id);
        const resolvedB = appendEvent(restarted, { type: 'resolved', at: T0 }, 'tab-b');
        assert.equal(mergeStores(closedA, resolvedB).current?.id, restarted.current!.id);
    });

    it('lists runs started at the same instant in one order, whatever order the copies are merged in', () => {
        // Found by the property below (seed 444183624): a copy starts two runs at the same minute
        // and a third after them, while another copy holds the first as its current run.
        const first = startRun(emptyStore('service-outage'), outage, { type: 'start', at: T0 - MIN, severity: 'sev1' }, 'x0');
        const second = startRun(first, outage, { type: 'start', at: T0 - MIN, severity: 'sev1' }, 'x2');
        const third = startRun(second, outage, { type: 'start', at: T0, severity: 'sev1' }, 'x3');
        const ab = mergeStores(third, first);
        const ba = mergeStores(first, third);
        assert.ok(sameContent(ab, ba), JSON.stringify([ab.archive.map(r => r.id), ba.archive.map(r => r.id)]));
        assert.equal(ab.current?.id, third.current!.id);
        assert.deepEqual(new Set(ab.archive.map(r => r.id)), new Set([first.current!.id, second.current!.id]));
    });

    it('merges any copies into one union: nothing lost, nothing doubled, archived runs never current again', () => {
        // Each copy (tab or window) does what a responder can: start a run, tick, archive
        // ("New run"), restart from an empty store, and sync with another copy.
        type Op = { copy: number; kind: 'start' | 'tick' | 'archive' | 'restart' | 'sync'; other: number; at: number };
        const op = fc.record({
            copy: fc.integer({ min: 0, max: 2 }), other: fc.integer({ min: 0, max: 2 }), at: fc.integer({ min: -120, max: 120 }),
            kind: fc.constantFrom<Op['kind']>('start', 'tick', 'tick', 'tick', 'archive', 'restart', 'sync', 'sync'),
        });
        fc.assert(fc.property(fc.array(op, { maxLength: 40 }), ops => {
            const copies: RunnerStore[] = [0, 1, 2].map(() => emptyStore('service-outage'));
            const origins = ['x', 'y', 'z'];
            ops.forEach((o, i) => {
                const store = copies[o.copy]!;
                const origin = `${origins[o.copy]}${i}`; // a restart is a new origin; so is each op, harmlessly
                const at = T0 + o.at * MIN;
                if (o.kind === 'start') copies[o.copy] = startRun(store, outage, { type: 'start', at, severity: 'sev1' }, origin);
                else if (o.kind === 'tick') copies[o.copy] = appendEvent(store, { type: 'note', at, text: String(i) }, origin);
                else if (o.kind === 'archive') copies[o.copy] = archiveCurrent(store);
                else if (o.kind === 'restart') copies[o.copy] = emptyStore('service-outage');
                else copies[o.copy] = copies[o.other] = mergeStores(store, copies[o.other]!);
            });
            const [a, b, c] = copies as [RunnerStore, RunnerStore, RunnerStore];
            const all = mergeStores(mergeStores(a, b), c);
            assert.ok(sameContent(all, mergeStores(c, mergeStores(b, a))), 'the order of merging does not matter');
            assert.ok(sameContent(all, mergeStores(all, b)), 'merging again changes nothing');
            const kept = new Set<string>();
            for (const run of [all.current, ...all.archive]) {
                const ids = run?.events.map(e => e.id) ?? [];
                assert.equal(new Set(ids).size, ids.length, 'no event doubled');
                ids.forEach(id => kept.add(`${run!.id}/${id}`));
            }
            // Events of copies that restarted are gone with them unless synced first; every event still held by a copy is kept.
            for (const copy of copies) {
                for (const run of [copy.current, ...copy.archive]) run?.events.forEach(e => assert.ok(kept.has(`${run.id}/${e.id}`), 'no event lost'));
            }
            if (all.current) assert.ok(!copies.some(copy => copy.archive.some(r => r.id === all.current!.id)), 'an archived run never comes back as current');
        }), { numRuns: 300 });
    });

    it('keeps a tick made after the system clock moved back, after the start it follows', () => {
        const back = appendEvent(shared, { type: 'step-done', at: T0 - 30 * MIN, item: 'acknowledge' }, 'tab-a');
        const stored = parseStore(JSON.stringify(back), 'service-outage');
        assert.ok('store' in stored);
        const state = reduceRun(outage, stored.store.current!.events);
        assert.equal(state.items.acknowledge?.status, 'done');
        assert.equal(state.items.acknowledge?.actedAt, T0 - 30 * MIN);
        assert.deepEqual(state.timeline.map(e => e.applies), [true, true]);
    });

    it('reads a version 1 store, stamping its events in their stored order', () => {
        const v1 = { storeVersion: 1, playbook: 'service-outage', archive: [], current: { id: 'r1', playbook: 'service-outage', events: [
            { type: 'start', at: T0, severity: 'sev1' }, { type: 'step-done', at: T0 + MIN, item: 'acknowledge' }] } };
        const parsed = parseStore(JSON.stringify(v1), 'service-outage');
        assert.ok('store' in parsed);
        assert.equal(parsed.store.storeVersion, 2);
        assert.deepEqual(parsed.store.current?.events.map(e => [e.id, e.seq]), [['v1:1', 1], ['v1:2', 2]]);
    });

    it('refuses a stored log with a doubled id, out of order, or an event missing its fields', () => {
        const run = (events: unknown[]): string => JSON.stringify({ storeVersion: 2, playbook: 'p', archive: [], current: { id: 'r', playbook: 'p', events } });
        const start = { type: 'start', at: 1, id: 'a:1', seq: 1, origin: 'a' };
        assert.deepEqual(parseStore(run([start, { ...start, type: 'note', text: 'x' }]), 'p'), { error: 'current run: two events share an id' });
        assert.deepEqual(parseStore(run([{ ...start, seq: 2, id: 'a:2' }, start]), 'p'), { error: 'current run: the events are not in log order' });
        assert.deepEqual(parseStore(run([start, { type: 'step-done', at: 2, id: 'a:2', seq: 2, origin: 'a' }]), 'p'),
            { error: 'current run: event 2 is not a runner event (step-done: "item" is missing or not a string)' });
    });

    describe('messages from the webview', () => {
        it('accepts a well-formed save and refuses a malformed one, saying why', () => {
            assert.ok('message' in checkWebviewMessage({ type: 'save', store: shared }, 'service-outage'));
            assert.deepEqual(checkWebviewMessage({ type: 'save', store: { storeVersion: 2, playbook: 'service-outage' } }, 'service-outage'),
                { error: 'save: not a runner store of version 1 or 2' });
            assert.deepEqual(checkWebviewMessage({ type: 'save', store: { ...shared, playbook: 'other' } }, 'service-outage'),
                { error: 'save: stored for playbook "other", not "service-outage"' });
            const broken = { ...shared, current: { ...shared.current!, events: [{ type: 'start', at: 'soon', id: 'x', seq: 1, origin: 'x' }] } };
            assert.deepEqual(checkWebviewMessage({ type: 'save', store: broken }, 'service-outage'),
                { error: 'save: current run: event 1 is not a runner event (start: "at" is not a time)' });
        });

        it('checks the other messages too', () => {
            assert.deepEqual(checkWebviewMessage({ type: 'ready' }, 'p'), { message: { type: 'ready' } });
            assert.deepEqual(checkWebviewMessage({ type: 'copy' }, 'p'), { error: 'copy: needs the text' });
            assert.deepEqual(checkWebviewMessage({ type: 'export', format: 'markdown', fileName: '../../.bashrc', content: '' }, 'p'), { error: 'export: the file name may not hold a path' });
            assert.deepEqual(checkWebviewMessage({ type: 'explode' }, 'p'), { error: 'unknown message type "explode"' });
            assert.deepEqual(checkWebviewMessage('save', 'p'), { error: 'not an object' });
        });
    });

    it('gives two step names that encode alike two different element ids', () => {
        assert.notEqual(cssName('é'), cssName('_C3_A9'));
        assert.equal(cssName('é'), '_C3_A9');
        assert.equal(cssName('_C3_A9'), '_5FC3_5FA9');
        assert.equal(cssName('rollback-2'), 'rollback-2');
        assert.equal(cssName('確認安全'), '_E7_A2_BA_E8_AA_8D_E5_AE_89_E5_85_A8');
    });
});
