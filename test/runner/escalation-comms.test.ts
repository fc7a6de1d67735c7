import { strict as assert } from 'node:assert';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import { commsStatus } from '../../runner/src/engine/playbook-comms.js';
import { escalationStatus } from '../../runner/src/engine/playbook-escalation.js';
import { resolveHolder } from '../../runner/src/engine/playbook-parties.js';
import { reduceRun } from '../../runner/src/engine/playbook-run.js';
import type { RunEvent } from '../../protocol/src/playbook-run-store.js';
import { sampleModel } from './helpers.js';

const T0 = Date.parse('2026-11-23T10:00:00Z'); // a Monday, after the 09:00 Warsaw hand-off
const MIN = 60_000;

describe('runner escalation and communication', () => {
    let breach: PlaybookModel;
    let outage: PlaybookModel;
    before(async () => {
        breach = await sampleModel('playbooks/data-breach.playbook');
        outage = await sampleModel('playbooks/service-outage.playbook');
    });
    const start: RunEvent = { type: 'start', at: T0, trigger: 'availability-alert', severity: 'sev1' };

    it('counts down to the next level, repeats the path, and names whom to notify now', () => {
        const state = reduceRun(outage, [start]);
        const atStart = escalationStatus(outage, state, T0 + MIN);
        assert.equal(atStart.path, 'outage-path');
        assert.equal(atStart.current?.level, 1);
        assert.deepEqual(atStart.current?.notify, [{ kind: 'rotation', name: 'sre-primary' }]);
        assert.equal(atStart.next?.level, 2);
        assert.equal(atStart.countdown, 9 * MIN);
        // Levels at 0, 10m, 40m; a repeat starts 30m (the last gap) after level 3.
        assert.deepEqual(atStart.schedule.map(f => [f.level, f.pass, f.offset / MIN]), [
            [1, 0, 0], [2, 0, 10], [3, 0, 40], [1, 1, 70], [2, 1, 80], [3, 1, 110], [1, 2, 140], [2, 2, 150], [3, 2, 180]]);
        const later = escalationStatus(outage, state, T0 + 75 * MIN);
        assert.deepEqual([later.current?.level, later.current?.pass, later.next?.level, later.countdown], [1, 1, 2, 5 * MIN]);
        // 2026-11-23 10:00 UTC is 11:00 in Warsaw: 46 weeks after 2026-01-05, the second member's turn (Priya).
        const people = resolveHolder(outage, later.current!.notify[0]!, T0 + 75 * MIN).people.map(p => p.person.name);
        assert.deepEqual(people, ['priya']);
        const exhausted = escalationStatus(outage, state, T0 + 200 * MIN);
        assert.equal(exhausted.next, undefined);
        assert.equal(exhausted.current?.pass, 2);
    });

    it('stops at the acknowledgement, and starts over on a severity change', () => {
        const acknowledged = reduceRun(outage, [start, { type: 'escalation-acknowledged', at: T0 + 12 * MIN }]);
        const status = escalationStatus(outage, acknowledged, T0 + 60 * MIN);
        assert.equal(status.acknowledgedAt, T0 + 12 * MIN);
        assert.equal(status.current?.level, 2);
        assert.equal(status.next, undefined);
        assert.equal(status.countdown, undefined);
        const changed = reduceRun(outage, [start, { type: 'escalation-acknowledged', at: T0 + 12 * MIN }, { type: 'severity-changed', at: T0 + 20 * MIN, severity: 'sev2' }]);
        const again = escalationStatus(outage, changed, T0 + 21 * MIN);
        assert.equal(again.acknowledgedAt, undefined);
        assert.equal(again.current?.level, 1);
        assert.equal(again.countdown, 9 * MIN);
    });

    it('prefers the trigger\'s own path over the severity\'s', () => {
        const model: PlaybookModel = { ...breach, triggers: breach.triggers.map(t => ({ ...t, escalation: 'on-call-path' })) };
        const state = reduceRun(model, [{ type: 'start', at: T0, trigger: 'dlp-alert', severity: 'sev1' }]);
        assert.equal(escalationStatus(model, state, T0).path, 'on-call-path');
    });

    it('schedules cadence rules from the start, restarts on "sent", and prompts event rules', () => {
        const events: RunEvent[] = [{ type: 'start', at: T0, trigger: 'dlp-alert', severity: 'sev1' }];
        const due = (at: number, more: RunEvent[] = []) =>
            Object.fromEntries(commsStatus(breach, reduceRun(breach, [...events, ...more]), at).map(c => [c.id, [c.due, c.dueAt === undefined ? null : (c.dueAt - T0) / MIN]]));
        assert.deepEqual(due(T0 + MIN), {
            'responders:war-room:on-start': [true, 0],
            'executives:bridge:every-3600s': [false, 60],
            // Gated rules wait: for "exposed is yes", or for a condition only people can judge.
            'regulators:regulator-mail:once': [false, null],
            'customers:dark-site:every-14400s': [false, null],
            'police:bridge:once': [false, null],
            'severity-updates': [false, 60],
        });
        const sent: RunEvent[] = [
            { type: 'update-sent', at: T0 + 2 * MIN, rule: 'responders:war-room:on-start' },
            { type: 'update-sent', at: T0 + 50 * MIN, rule: 'executives:bridge:every-3600s' },
        ];
        const afterSent = due(T0 + 61 * MIN, sent);
        assert.deepEqual(afterSent['responders:war-room:on-start'], [false, 0]);
        assert.deepEqual(afterSent['executives:bridge:every-3600s'], [false, 110]);
        assert.deepEqual(afterSent['severity-updates'], [true, 60]);
    });

    it('opens a gated rule when its decision is answered so, with "first within" counted from then', () => {
        const answered: RunEvent[] = [{ type: 'start', at: T0, trigger: 'dlp-alert', severity: 'sev1' },
            { type: 'step-done', at: T0 + 5 * MIN, item: 'confirm' }, { type: 'step-done', at: T0 + 6 * MIN, item: 'record' },
            { type: 'step-done', at: T0 + 20 * MIN, item: 'isolate' }, { type: 'decision-taken', at: T0 + 30 * MIN, item: 'exposed', branch: 'yes' }];
        const status = commsStatus(breach, reduceRun(breach, answered), T0 + 31 * MIN);
        const regulators = status.find(c => c.id === 'regulators:regulator-mail:once');
        assert.equal(regulators?.waitingFor, undefined);
        assert.equal(regulators?.dueAt, T0 + 30 * MIN + 72 * 60 * MIN);
        assert.equal(status.find(c => c.id === 'customers:dark-site:every-14400s')?.dueAt, T0 + 30 * MIN + 4 * 60 * MIN);
        assert.equal(status.find(c => c.id === 'police:bridge:once')?.waitingFor, 'data-class is special');
        const no = reduceRun(breach, [...answered.slice(0, -1), { type: 'decision-taken', at: T0 + 30 * MIN, item: 'exposed', branch: 'no' }]);
        assert.equal(commsStatus(breach, no, T0 + 31 * MIN).find(c => c.id === 'regulators:regulator-mail:once')?.waitingFor, 'exposed is yes');
    });

    it('applies `during` rules only to their severities, prompting severity-change rules when it changes', () => {
        const model: PlaybookModel = { ...breach, communications: [...breach.communications,
            { id: 'board:bridge:on-severity-change', audience: 'board', channels: ['bridge'], event: 'severity-change', severities: ['sev1'] }] };
        const sev2: RunEvent[] = [{ type: 'start', at: T0, trigger: 'customer-report', severity: 'sev2' }];
        assert.deepEqual(commsStatus(model, reduceRun(model, sev2), T0).map(c => c.id), ['responders:war-room:on-start', 'regulators:regulator-mail:once', 'police:bridge:once']);
        const raised = reduceRun(model, [...sev2, { type: 'severity-changed', at: T0 + 30 * MIN, severity: 'sev1' }]);
        const board = commsStatus(model, raised, T0 + 31 * MIN).find(c => c.id === 'board:bridge:on-severity-change');
        assert.equal(board?.due, true);
        assert.equal(board?.dueAt, T0 + 30 * MIN);
        // The cadence of a rule counts from when it began to apply.
        assert.equal(commsStatus(model, raised, T0 + 31 * MIN).find(c => c.id === 'executives:bridge:every-3600s')?.dueAt, T0 + 90 * MIN);
    });
});
