/**
 * Drills (issue 19, part 2): a drill is marked as one, its clock can run ×10 or ×60, faults are
 * injected only into drills, the report says what was late, skipped or never reached, and the
 * drill's `last` date is written on its line of the playbook.
 */
import { strict as assert } from 'node:assert';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import type { RunEvent } from '../../protocol/src/playbook-run-store.js';
import { drillDateEdit, today } from '../../client/src/runner/playbook-drill-line.js';
import { drillReportMarkdown, runTime } from '../../runner/src/engine/playbook-drill.js';
import { reduceRun } from '../../runner/src/engine/playbook-run.js';
import { describeEntry, timelineMarkdown } from '../../runner/src/engine/playbook-timeline-export.js';
import { sampleModel } from './helpers.js';

const T0 = Date.parse('2026-11-23T10:00:00Z');
const MIN = 60_000;

describe('runner drills', () => {
    let outage: PlaybookModel;
    before(async () => {
        outage = await sampleModel('playbooks/service-outage.playbook');
    });
    const start: RunEvent = { type: 'start', at: T0, trigger: 'availability-alert', severity: 'sev1', drill: { speed: 60, kind: 'tabletop' } };

    it('runs the clock sixty times faster from the start, and real time for an incident', () => {
        assert.equal(runTime([start], T0 + MIN), T0 + 60 * MIN);
        assert.equal(runTime([{ ...start, drill: undefined } as RunEvent], T0 + MIN), T0 + MIN);
        assert.equal(runTime([], T0 + MIN), T0 + MIN);
    });

    it('is marked as a drill in the timeline and the exports', () => {
        const state = reduceRun(outage, [start]);
        assert.deepEqual(state.drill, { speed: 60, kind: 'tabletop' });
        assert.equal(describeEntry(outage, state.timeline[0]!), 'DRILL started (tabletop, clock ×60), severity Full outage. Not a real incident.');
        assert.match(timelineMarkdown(outage, { id: 'd', events: [start] }), /^# Drill timeline \(not a real incident\): Customer-facing service outage$/m);
    });

    it('takes faults in drills only', () => {
        const fault: RunEvent = { type: 'fault-injected', at: T0 + MIN, fault: 'channel-down', name: 'war-room' };
        assert.deepEqual(reduceRun(outage, [start, fault]).faults.channelsDown, ['war-room']);
        const real = reduceRun(outage, [{ ...start, drill: undefined } as RunEvent, fault]);
        assert.deepEqual(real.faults.channelsDown, []);
        assert.equal(real.timeline[1]?.applies, false);
    });

    it('reports what was late, skipped and never reached', () => {
        const report = drillReportMarkdown(outage, { id: 'd', events: [start,
            { type: 'step-done', at: T0 + 9 * MIN, item: 'acknowledge' },
            { type: 'step-skipped', at: T0 + 10 * MIN, item: 'confirm', reason: 'Checks were down' },
            { type: 'fault-injected', at: T0 + 11 * MIN, fault: 'no-answer', name: 'tech-lead' },
            { type: 'resolved', at: T0 + 5 * 60 * MIN }] }, T0 + 5 * 60 * MIN);
        assert.match(report, /^# Drill report: Customer-facing service outage$/m);
        assert.match(report, /^A drill \(tabletop\), not a real incident: clock ×60, started 2026-11-23T10:00:00\.000Z, 5h of drill time\.$/m);
        assert.match(report, /^- Acknowledge the page and join the war room: over its time box by 4m\.$/m);
        assert.match(report, /^- The resolve target was missed by 1h\.$/m);
        assert.match(report, /^## Skipped\n\n- Confirm impact from a second source: Checks were down$/m);
        assert.match(report, /^- Declare the incident and its severity \(ready when the drill ended\)$/m);
        assert.match(report, /^- Drill fault: tech-lead does not answer\.$/m);
    });

    it('records the drill date on its line of the playbook, or adds one', () => {
        const text = 'playbook p {\n  drill tabletop "Game day" every 90d last 2026-11-12 // quarterly\n  drill tabletop-2 "Other"\n}\n';
        const replace = drillDateEdit(text, 'tabletop', '2026-12-01')!;
        assert.equal(text.slice(0, replace.offset) + replace.insert + text.slice(replace.offset + replace.length),
            'playbook p {\n  drill tabletop "Game day" every 90d last 2026-12-01 // quarterly\n  drill tabletop-2 "Other"\n}\n');
        const add = drillDateEdit(text, 'tabletop-2', '2026-12-01')!;
        assert.equal(text.slice(0, add.offset) + add.insert + text.slice(add.offset + add.length),
            'playbook p {\n  drill tabletop "Game day" every 90d last 2026-11-12 // quarterly\n  drill tabletop-2 "Other" last 2026-12-01\n}\n');
        assert.equal(drillDateEdit(text, 'surprise', '2026-12-01'), undefined);
        assert.equal(today(new Date(2026, 0, 5)), '2026-01-05');
    });
});
