/**
 * The flow rules of docs/runner.md ("How the engine reads a playbook"), through the engine:
 * exclusive branches do not fall through, loops re-open, joins wait only for the branch taken,
 * and a run can start without a severity. Each was a fault a responder hit (issue 19).
 */
import { strict as assert } from 'node:assert';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import type { RunEvent } from '../../protocol/src/playbook-run-store.js';
import { commsStatus } from '../../runner/src/engine/playbook-comms.js';
import { readyItems, severityTargets } from '../../runner/src/engine/playbook-deadlines.js';
import { escalationStatus } from '../../runner/src/engine/playbook-escalation.js';
import { reduceRun } from '../../runner/src/engine/playbook-run.js';
import type { RunState } from '../../runner/src/engine/playbook-run-types.js';
import { describeEntry } from '../../runner/src/engine/playbook-timeline-export.js';
import { modelFrom, sampleModel } from './helpers.js';

const T0 = Date.parse('2026-11-23T10:00:00Z');
const MIN = 60_000;
const statuses = (state: RunState): Record<string, string> =>
    Object.fromEntries(Object.entries(state.items).map(([name, item]) => [name, item.status]));
const done = (item: string, minute: number): RunEvent => ({ type: 'step-done', at: T0 + minute * MIN, item });

describe('runner flow semantics', () => {
    let outage: PlaybookModel;
    let loop: PlaybookModel;
    before(async () => {
        outage = await sampleModel('playbooks/service-outage.playbook');
        loop = await modelFrom({
            'loop.playbook': `playbook containment {
              severity sev1 { respond within 5m resolve within 1h escalation pager }
              severity sev2 { respond within 30m resolve within 1d }
              escalation pager { level 1 notify lead }
              role lead
              phase work {
                step assess "Assess the spread" within 10m { check "Hosts listed" }
                step contain "Contain the hosts"
                decide contained "Is it contained?" {
                  yes goto recover
                  no goto assess
                }
                step recover "Recover"
              }
            }`,
        });
    });
    const identified: RunEvent[] = [{ type: 'start', at: T0, severity: 'sev1' },
        done('acknowledge', 1), done('confirm', 2), done('declare', 3), done('timeline', 4)];

    describe('exclusive branches', () => {
        it('after roll-back is done, "diagnose" (the other answer) never becomes ready', () => {
            const rolledBack = reduceRun(outage, [...identified,
                { type: 'decision-taken', at: T0 + 5 * MIN, item: 'recent-change', branch: 'yes' }, done('rollback', 20)]);
            assert.equal(rolledBack.items.diagnose?.status, 'bypassed');
            assert.deepEqual(readyItems(outage, rolledBack).map(i => i.name), ['verify']);
        });

        it('shows the branch not taken as not taken as soon as the decision is made', () => {
            const state = reduceRun(outage, [...identified, { type: 'decision-taken', at: T0 + 5 * MIN, item: 'recent-change', branch: 'yes' }]);
            assert.deepEqual(readyItems(outage, state).map(i => i.name), ['rollback']);
            assert.equal(state.items.diagnose?.status, 'bypassed');
            assert.equal(state.items.verify?.status, 'waiting');
        });

        it('a join waits only for the branch taken', () => {
            const diagnosed = reduceRun(outage, [...identified,
                { type: 'decision-taken', at: T0 + 5 * MIN, item: 'recent-change', branch: 'no' }, done('diagnose', 30)]);
            assert.equal(diagnosed.items.rollback?.status, 'bypassed');
            assert.equal(diagnosed.items.verify?.status, 'ready');
            assert.equal(diagnosed.items.verify?.readyAt, T0 + 30 * MIN);
        });

        it('before the decision, the join waits for both branches', () => {
            const state = reduceRun(outage, identified);
            assert.deepEqual(readyItems(outage, state).map(i => i.name), ['recent-change']);
            assert.equal(state.items.rollback?.status, 'waiting');
            assert.equal(state.items.diagnose?.status, 'waiting');
        });
    });

    describe('loops', () => {
        const start: RunEvent = { type: 'start', at: T0, severity: 'sev1' };
        const firstPass: RunEvent[] = [start,
            { type: 'check-toggled', at: T0 + MIN, item: 'assess', index: 0, checked: true },
            done('assess', 2), done('contain', 3),
            { type: 'decision-taken', at: T0 + 4 * MIN, item: 'contained', branch: 'no' }];

        it('a decision that goes back re-opens the items between its target and itself', () => {
            const state = reduceRun(loop, firstPass);
            assert.deepEqual(statuses(state), { assess: 'ready', contain: 'waiting', contained: 'waiting', recover: 'waiting' });
            assert.deepEqual(state.items.assess?.checks, [false]);
            assert.equal(state.items.assess?.pass, 2);
            assert.equal(state.items.assess?.readyAt, T0 + 4 * MIN, 'the second pass counts its time box from the jump');
            assert.equal(state.items.recover?.pass, 1);
        });

        it('runs the second pass to the end and can take the decision again', () => {
            const state = reduceRun(loop, [...firstPass, done('assess', 10), done('contain', 12),
                { type: 'decision-taken', at: T0 + 14 * MIN, item: 'contained', branch: 'yes' }]);
            assert.deepEqual(statuses(state), { assess: 'done', contain: 'done', contained: 'done', recover: 'ready' });
            assert.equal(state.items.contained?.branch, 'yes');
        });

        it('keeps the first pass in the timeline, each event with its pass', () => {
            const state = reduceRun(loop, [...firstPass, done('assess', 10)]);
            const lines = state.timeline.map(entry => describeEntry(loop, entry));
            assert.deepEqual(lines, [
                'Run started manually, severity sev1.',
                'Checked "Hosts listed" in Assess the spread. (pass 1)',
                'Done: Assess the spread. (pass 1)',
                'Done: Contain the hosts. (pass 1)',
                'Decided "Is it contained?": no. (pass 1)',
                'Done: Assess the spread. (pass 2)',
            ]);
        });
    });

    describe('a run without a severity', () => {
        it('starts, makes the first step ready, and has no targets until a severity is set', () => {
            const state = reduceRun(loop, [{ type: 'start', at: T0 }]);
            assert.equal(state.started, true);
            assert.equal(state.severity, undefined);
            assert.deepEqual(readyItems(loop, state).map(i => i.name), ['assess']);
            assert.deepEqual(severityTargets(loop, state, T0 + MIN), {});
            assert.equal(escalationStatus(loop, state, T0 + MIN).path, undefined);
            assert.equal(describeEntry(loop, state.timeline[0]!), 'Run started manually; severity not set yet.');
        });

        it('counts the targets and escalation from the moment the severity is set', () => {
            const state = reduceRun(loop, [{ type: 'start', at: T0 }, { type: 'severity-changed', at: T0 + 20 * MIN, severity: 'sev1' }]);
            const targets = severityTargets(loop, state, T0 + 21 * MIN);
            assert.equal(targets.respond?.at, T0 + 25 * MIN);
            assert.equal(targets.respond?.overdue, false);
            assert.equal(targets.resolve?.at, T0 + 80 * MIN);
            const escalation = escalationStatus(loop, state, T0 + 21 * MIN);
            assert.equal(escalation.current?.at, T0 + 20 * MIN);
            // Communication rules without `during` apply from the start; none here.
            assert.deepEqual(commsStatus(loop, state, T0 + 21 * MIN), []);
        });

        it('refuses a start with a severity the playbook does not have', () => {
            const state = reduceRun(loop, [{ type: 'start', at: T0, severity: 'sev9' }]);
            assert.equal(state.started, false);
            assert.equal(state.timeline[0]?.applies, false);
        });
    });

    it('keeps a tick made after the system clock moved back, in the order it was made', () => {
        const state = reduceRun(loop, [{ type: 'start', at: T0, severity: 'sev1' }, done('assess', -30)]);
        assert.equal(state.items.assess?.status, 'done');
        assert.equal(state.items.assess?.actedAt, T0 - 30 * MIN, 'the event keeps its own time');
        assert.deepEqual(state.timeline.map(e => [e.event.type, e.applies]), [['start', true], ['step-done', true]]);
        assert.equal(describeEntry(loop, state.timeline[1]!), 'Done: Assess the spread.');
    });
});
