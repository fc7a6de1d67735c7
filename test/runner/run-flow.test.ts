import { strict as assert } from 'node:assert';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import { reduceRun } from '../../runner/src/engine/playbook-run.js';
import { itemDeadline, readyItems, severityTargets } from '../../runner/src/engine/playbook-deadlines.js';
import type { RunEvent } from '../../protocol/src/playbook-run-store.js';
import type { RunState } from '../../runner/src/engine/playbook-run-types.js';
import { sampleModel } from './helpers.js';

const T0 = Date.parse('2026-11-23T10:00:00Z');
const MIN = 60_000;
const statuses = (state: RunState): Record<string, string> =>
    Object.fromEntries(Object.entries(state.items).map(([name, item]) => [name, item.status]));

describe('runner flow', () => {
    let breach: PlaybookModel;
    let outage: PlaybookModel;
    before(async () => {
        breach = await sampleModel('playbooks/data-breach.playbook');
        outage = await sampleModel('playbooks/service-outage.playbook');
    });
    const start: RunEvent = { type: 'start', at: T0, trigger: 'dlp-alert', severity: 'sev1' };

    it('makes nothing ready before the start, then only the first step', () => {
        assert.deepEqual(readyItems(breach, reduceRun(breach, [])), []);
        const state = reduceRun(breach, [start]);
        assert.deepEqual(readyItems(breach, state).map(i => i.name), ['confirm']);
        assert.equal(state.items.confirm?.readyAt, T0);
        assert.equal(state.trigger, 'dlp-alert');
    });

    it('follows written order, `after` joins, and decision jumps', () => {
        const afterConfirm = reduceRun(breach, [start, { type: 'step-done', at: T0 + 5 * MIN, item: 'confirm' }]);
        // `record` follows `confirm` by order; `isolate` says `after confirm`, so both are ready.
        assert.deepEqual(readyItems(breach, afterConfirm).map(i => i.name), ['record', 'isolate']);
        const events: RunEvent[] = [start,
            { type: 'step-done', at: T0 + 5 * MIN, item: 'confirm' },
            { type: 'step-done', at: T0 + 6 * MIN, item: 'record' },
            { type: 'step-done', at: T0 + 20 * MIN, item: 'isolate' }];
        assert.deepEqual(readyItems(breach, reduceRun(breach, events)).map(i => i.name), ['exposed']);
        const yes = reduceRun(breach, [...events, { type: 'decision-taken', at: T0 + 25 * MIN, item: 'exposed', branch: 'yes' }]);
        assert.deepEqual(statuses(yes), { confirm: 'done', record: 'done', isolate: 'done', exposed: 'done', 'notify-regulator': 'ready', restore: 'waiting' });
        const no = reduceRun(breach, [...events, { type: 'decision-taken', at: T0 + 25 * MIN, item: 'exposed', branch: 'no' }]);
        assert.deepEqual(statuses(no), { confirm: 'done', record: 'done', isolate: 'done', exposed: 'done', 'notify-regulator': 'bypassed', restore: 'ready' });
        assert.equal(no.items.restore?.readyAt, T0 + 25 * MIN);
    });

    it('lets a join proceed when the other branch made one of its steps unnecessary', () => {
        const base: RunEvent[] = [{ type: 'start', at: T0, severity: 'sev1' },
            ...['acknowledge', 'confirm', 'declare', 'timeline'].map((item, i): RunEvent => ({ type: 'step-done', at: T0 + (i + 1) * MIN, item })),
            { type: 'decision-taken', at: T0 + 10 * MIN, item: 'recent-change', branch: 'no' }];
        const state = reduceRun(outage, base);
        assert.equal(state.items.rollback?.status, 'bypassed');
        assert.equal(state.items.verify?.status, 'waiting');
        const diagnosed = reduceRun(outage, [...base, { type: 'step-done', at: T0 + 40 * MIN, item: 'diagnose' }]);
        assert.equal(diagnosed.items.verify?.status, 'ready');
    });

    it('records skip and blocked reasons, and undo puts the step back', () => {
        const skipped = reduceRun(breach, [start, { type: 'step-skipped', at: T0 + MIN, item: 'confirm', reason: 'Second source down' }]);
        assert.equal(skipped.items.confirm?.status, 'skipped');
        assert.equal(skipped.items.confirm?.reason, 'Second source down');
        assert.equal(skipped.items.record?.status, 'ready');
        const blocked = reduceRun(breach, [start, { type: 'step-blocked', at: T0 + MIN, item: 'confirm', reason: 'No access' }]);
        assert.equal(blocked.items.confirm?.status, 'blocked');
        assert.equal(blocked.items.record?.status, 'waiting');
        const undone = reduceRun(breach, [start, { type: 'step-done', at: T0 + MIN, item: 'confirm' }, { type: 'step-undone', at: T0 + 2 * MIN, item: 'confirm' }]);
        assert.equal(undone.items.confirm?.status, 'ready');
        assert.equal(undone.items.record?.status, 'waiting');
        assert.equal(undone.timeline.length, 3);
    });

    it('ticks check items and ignores events that name nothing', () => {
        const state = reduceRun(breach, [start,
            { type: 'check-toggled', at: T0 + MIN, item: 'confirm', index: 1, checked: true },
            { type: 'check-toggled', at: T0 + MIN, item: 'confirm', index: 9, checked: true },
            { type: 'step-done', at: T0 + MIN, item: 'no-such-step' }]);
        assert.deepEqual(state.items.confirm?.checks, [false, true]);
        assert.deepEqual(state.timeline.map(e => e.applies), [true, true, false, false]);
    });

    it('counts a time box from when the step became ready and flags it overdue', () => {
        const state = reduceRun(breach, [start, { type: 'step-done', at: T0 + 10 * MIN, item: 'confirm' }]);
        const isolate = breach.phases[1]!.items[0]!;
        const inTime = itemDeadline(isolate, state.items.isolate, T0 + 30 * MIN);
        assert.equal(inTime?.at, T0 + 70 * MIN);
        assert.equal(inTime?.left, 40 * MIN);
        assert.equal(inTime?.overdue, false);
        assert.equal(itemDeadline(isolate, state.items.isolate, T0 + 71 * MIN)?.overdue, true);
        const targets = severityTargets(breach, state, T0 + 16 * MIN);
        assert.equal(targets.respond?.at, T0 + 15 * MIN);
        // Ticking the first step is a response: the respond target is met then, not only by the escalation's button.
        assert.equal(targets.respond?.metAt, T0 + 10 * MIN);
        assert.equal(targets.respond?.overdue, false);
        assert.equal(severityTargets(breach, reduceRun(breach, [start]), T0 + 16 * MIN).respond?.overdue, true);
        assert.equal(targets.resolve?.at, T0 + 3 * 24 * 60 * MIN);
    });
});
