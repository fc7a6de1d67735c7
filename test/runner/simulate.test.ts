/**
 * `playbook simulate`, in-process through the CLI's entry (run): every sample's script passes,
 * a wrong expectation fails with exit 1 in words, a bad script exits 2 with its location, and
 * the three flow faults of issue 19 (fall-through, loops, no severity) are caught through it.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { run, type CliIo } from '../../cli/src/main.js';
import type { SimResult } from '../../runner/src/engine/playbook-simulation.js';

const SAMPLES = ['service-outage', 'data-breach', 'ransomware', 'social-media-crisis', 'typhoon-evacuation'];
const OUTAGE = 'samples/playbooks/service-outage.playbook';
const CONTAINMENT = 'test/runner/fixtures/containment.playbook';

interface Ran {
    code: number;
    out: string;
    err: string[];
}

async function simulate(...args: string[]): Promise<Ran> {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { out: t => out.push(t), err: t => err.push(t), cwd: process.cwd(), env: {}, stdoutIsTTY: false };
    const code = await run(['simulate', ...args], io);
    return { code, out: out.join('\n'), err };
}

describe('playbook simulate', function () {
    let dir: string;
    before(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'simulate-'));
    });
    after(() => rmSync(dir, { recursive: true, force: true }));
    const script = (name: string, text: string): string => {
        const file = path.join(dir, name);
        writeFileSync(file, text);
        return file;
    };

    for (const sample of SAMPLES) {
        it(`passes the script of ${sample}`, async () => {
            const ran = await simulate(`samples/playbooks/${sample}.playbook`, '--events', `samples/playbooks/${sample}.simulate.yaml`);
            assert.deepEqual(ran.err, []);
            assert.equal(ran.code, 0);
            assert.match(ran.out, /^\d+ expectations held\.$/m);
        });
    }

    it('fails a wrong expectation with exit 1, saying where and what in words', async () => {
        const ran = await simulate(OUTAGE, '--events', 'test/runner/fixtures/service-outage.wrong.simulate.yaml');
        assert.equal(ran.code, 1);
        assert.deepEqual(ran.err, [
            'test/runner/fixtures/service-outage.wrong.simulate.yaml:16 expectation failed: at 25m, "Diagnose with the subject matter experts" (diagnose) should be ready, but it is not-taken.',
            '1 of 3 expectations failed.',
        ]);
        assert.match(ran.out, /^- line 16, at 25m, `ready: \[diagnose\]`: \*\*FAILED\*\*/m);
    });

    it('prints the run as JSON: steps, escalations, communications, timeline, expectations', async () => {
        const ran = await simulate(OUTAGE, '--events', 'samples/playbooks/service-outage.simulate.yaml', '--format', 'json');
        const result = JSON.parse(ran.out) as SimResult;
        assert.equal(result.startedAt, '2026-11-23T10:00:00.000Z');
        assert.equal(result.steps.diagnose, 'not-taken');
        assert.equal(result.steps.verify, 'done');
        assert.deepEqual(result.escalations.map(f => [f.at, f.level, f.notify]), [['0m', 1, ['sre-primary']], ['10m', 2, ['tech-lead', 'deputy']]]);
        assert.deepEqual(result.timeline[0], { at: '0m', text: 'Run started (Availability below SLO), severity Full outage.' });
        // Resolved at 56m: the customers' cadence has stopped.
        assert.deepEqual(result.communications.find(c => c.id.startsWith('customers:status-page:every'))?.stopped, true);
        assert.ok(result.expectations.every(v => v.ok));
        const paged = result.expectations[4]!;
        assert.deepEqual({ ...paged, actual: undefined }, { ok: true, at: '11m', check: { kind: 'paged', parties: ['sre-primary', 'tech-lead', 'deputy'] }, actual: undefined, line: 31 });
        // The parties named, and the people they stood for then (the on-call member, the deputy's holders).
        assert.deepEqual((paged.actual as string[]).slice(0, 4), ['sre-primary', 'priya', 'tech-lead', 'deputy']);
    });

    describe('bad scripts exit 2 with the place of each problem', () => {
        it('a YAML syntax error', async () => {
            const ran = await simulate(OUTAGE, '--events', script('syntax.yaml', 'expect:\n  - { at: 5m, ready: [a }\n'));
            assert.equal(ran.code, 2);
            assert.match(ran.err[0]!, /^.*syntax\.yaml:2:\d+ error not valid YAML: /);
        });

        it('unknown keys, bad durations and events that do two things', async () => {
            const ran = await simulate(OUTAGE, '--events', script('shape.yaml', [
                'start: { severity: sev1, when: now }',
                'events:',
                '  - { at: soon, done: acknowledge }',
                '  - { at: 5m, done: confirm, skip: declare }',
                'expect:',
                '  - { at: 5m, redy: [confirm] }',
            ].join('\n')));
            assert.equal(ran.code, 2);
            const shown = path.join(dir, 'shape.yaml');
            assert.deepEqual(ran.err, [
                `${shown}:1:26 error unknown key "when" in start: it has at, trigger, severity.`,
                `${shown}:3:11 error "soon" is not a duration since the start: write it as the playbook does (30s, 15m, 1h30m, 2d), or 0.`,
                `${shown}:4:5 error this event has two actions (done, skip): write one event each.`,
                `${shown}:6:15 error unknown key "redy" in an expectation: an expectation has at and one of ready, not-ready, state, paged, due, severity, holder, sub-teams, relief-due.`,
                `${shown}:6:5 error this expectation checks nothing: give one of ready, not-ready, state, paged, due, severity, holder, sub-teams, relief-due.`,
            ]);
        });

        it('names the playbook does not have, with the nearest it does', async () => {
            const ran = await simulate(OUTAGE, '--events', script('names.yaml', [
                'events:',
                '  - { at: 1m, done: rollbak }',
                '  - { at: 2m, done: recent-change }',
                '  - { at: 3m, answer: { decision: recent-change, branch: maybe } }',
                'expect:',
                '  - { at: 5m, paged: [comander] }',
            ].join('\n')));
            assert.equal(ran.code, 2);
            const shown = path.join(dir, 'names.yaml');
            assert.deepEqual(ran.err, [
                `${shown}:2:21 error the playbook has no step "rollbak"; did you mean "rollback"?`,
                `${shown}:3:21 error "recent-change" is a decision: answer it with "answer: { decision: recent-change, branch: … }".`,
                `${shown}:4:58 error the playbook has no branch "maybe" (it has: yes, no).`,
                `${shown}:6:23 error the playbook has no role, person, team or rotation "comander"; did you mean "commander"?`,
            ]);
        });

        it('a script without expectations', async () => {
            const ran = await simulate(OUTAGE, '--events', script('empty.yaml', 'events: []\n'));
            assert.equal(ran.code, 2);
            assert.match(ran.err[0]!, /:1:1 error the script has no expect list/);
        });

        it('usage errors: no script, a bad format', async () => {
            assert.equal((await simulate(OUTAGE)).code, 2);
            const format = await simulate(OUTAGE, '--events', 'samples/playbooks/service-outage.simulate.yaml', '--format', 'jsn');
            assert.equal(format.code, 2);
            assert.match(format.err[0]!, /json/);
        });
    });

    describe('the three flow faults, through the simulator', () => {
        const identified = ['  - { at: 2m, done: acknowledge }', '  - { at: 3m, done: confirm }', '  - { at: 4m, done: declare }', '  - { at: 5m, done: timeline }'];

        it('exclusive branches: after roll-back, diagnose is not taken and never ready', async () => {
            const ran = await simulate(OUTAGE, '--events', script('fallthrough.yaml', [
                'start: { at: 2026-11-23T10:00:00Z, severity: sev1 }', 'events:', ...identified,
                '  - { at: 6m, answer: { decision: recent-change, branch: yes } }', '  - { at: 20m, done: rollback }',
                'expect:', '  - { at: 20m, not-ready: [diagnose] }', '  - { at: 20m, state: { diagnose: not-taken, verify: ready } }',
            ].join('\n')));
            assert.deepEqual(ran.err, []);
            assert.equal(ran.code, 0);
        });

        it('loops: "not contained" re-opens assess and contain, and the second pass runs to the end', async () => {
            const ran = await simulate(CONTAINMENT, '--events', 'test/runner/fixtures/containment.simulate.yaml', '--format', 'json');
            assert.deepEqual(ran.err, []);
            assert.equal(ran.code, 0);
            const result = JSON.parse(ran.out) as SimResult;
            assert.deepEqual(result.timeline.map(e => `${e.at} ${e.text}`), [
                '0m Run started manually; severity not set yet.',
                '5m Done: Assess the spread. (pass 1)',
                '10m Severity changed to Spreading.',
                '20m Done: Contain the hosts. (pass 1)',
                '21m Decided "Is it contained?": no. (pass 1)',
                '30m Done: Assess the spread. (pass 2)',
                '40m Done: Contain the hosts. (pass 2)',
                '41m Decided "Is it contained?": yes. (pass 2)',
            ]);
            assert.equal(result.steps.recover, 'ready');
        });

        it('no severity: the run starts, and escalation waits for the severity', async () => {
            const ran = await simulate(CONTAINMENT, '--events', script('no-severity.yaml', [
                'events:', '  - { at: 1m, done: assess }',
                'expect:', '  - { at: 0, ready: [assess] }', '  - { at: 2m, ready: [contain] }', '  - { at: 30m, paged: [lead] }',
            ].join('\n')));
            assert.equal(ran.code, 1);
            assert.match(ran.err[0]!, /:6 expectation failed: at 30m, lead should have been paged by escalation; paged by then: nobody\.$/);
        });
    });
});
