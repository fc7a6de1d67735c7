/**
 * What real response plans have beside the flow of steps, in the runner's engine (issues 13 and
 * 14, "a place in the runner"): severities that only rise, roles named during the incident and
 * handed over on relief, procedures started at any time, sub-teams, the status page's states,
 * staged cadences, child incidents and merged duplicates.
 */
import { strict as assert } from 'node:assert';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import type { RunEvent } from '../../protocol/src/playbook-run-store.js';
import { eventProblem } from '../../runner/src/engine/playbook-event-check.js';
import { escalationStatus } from '../../runner/src/engine/playbook-escalation.js';
import { resolveHolder, roleHolders } from '../../runner/src/engine/playbook-parties.js';
import { commsStatus } from '../../runner/src/engine/playbook-comms.js';
import { itemDeadline, readyItems, severityTargets } from '../../runner/src/engine/playbook-deadlines.js';
import {
    activeSubTeams, allowedSeverities, currentHolder, nextSubTeamName, reliefs, rolesToDesignate, subTeamDeadline,
} from '../../runner/src/engine/playbook-response.js';
import { reduceRun } from '../../runner/src/engine/playbook-run.js';
import { describeEntry, timelineMarkdown } from '../../runner/src/engine/playbook-timeline-export.js';
import { modelFrom, sampleModel } from './helpers.js';

const T0 = Date.parse('2026-11-23T10:00:00Z');
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('runner: roles, procedures, sub-teams and communication of real plans', () => {
    let breach: PlaybookModel;
    let outage: PlaybookModel;
    before(async () => {
        breach = await sampleModel('playbooks/data-breach.playbook');
        outage = await sampleModel('playbooks/service-outage.playbook');
    });
    const breachStart: RunEvent = { type: 'start', at: T0, trigger: 'dlp-alert', severity: 'sev1' };
    const outageStart: RunEvent = { type: 'start', at: T0, trigger: 'availability-alert', severity: 'sev2' };

    describe('severity', () => {
        it('only rises where the playbook says so: a lower level is refused and the timeline says why', () => {
            const state = reduceRun(breach, [breachStart, { type: 'severity-changed', at: T0 + MIN, severity: 'sev2' }]);
            assert.equal(state.severity, 'sev1');
            assert.equal(state.timeline[1]?.applies, false);
            assert.equal(describeEntry(breach, state.timeline[1]!), 'Severity changed to Suspected exposure. (refused: in this playbook severities only rise)');
            assert.deepEqual(allowedSeverities(breach, state).map(s => s.name), [], 'nothing above sev1 to raise to');
            const low = reduceRun(breach, [{ ...breachStart, severity: 'sev2' }]);
            assert.deepEqual(allowedSeverities(breach, low).map(s => s.name), ['sev1']);
            assert.equal(reduceRun(breach, [{ ...breachStart, severity: 'sev2' }, { type: 'severity-changed', at: T0 + MIN, severity: 'sev1' }]).severity, 'sev1');
        });

        it('may go down where the playbook does not say "only rise"', () => {
            const state = reduceRun(outage, [{ ...outageStart, severity: 'sev1' }, { type: 'severity-changed', at: T0 + MIN, severity: 'sev2' }]);
            assert.equal(state.severity, 'sev2');
            assert.deepEqual(allowedSeverities(outage, state).map(s => s.name), outage.severities.map(s => s.name).filter(n => n !== 'sev2'));
        });

        it('says in the record that the final level is set at review', () => {
            assert.match(timelineMarkdown(breach, { id: 'r', events: [breachStart] }), /^The final severity is set at this review \(during the incident: Customer data exposed\)\.$/m);
        });
    });

    describe('roles filled during the incident', () => {
        it('asks for the scribe until the commander names one, and records who in the timeline', () => {
            const started = reduceRun(outage, [outageStart]);
            assert.deepEqual(rolesToDesignate(outage, started).map(r => r.name), ['scribe']);
            const named = reduceRun(outage, [outageStart, { type: 'role-designated', at: T0 + 2 * MIN, role: 'scribe', holder: 'priya' }]);
            assert.deepEqual(rolesToDesignate(outage, named), []);
            assert.equal(currentHolder(named, 'scribe'), 'priya');
            assert.equal(describeEntry(outage, named.timeline[1]!), 'Scribe: Priya Raman holds the role from now.');
            // An outsider by free text; naming the same holder again changes nothing.
            const outsider = reduceRun(outage, [outageStart, { type: 'role-designated', at: T0 + MIN, role: 'scribe', holder: 'Ola from support' },
                { type: 'role-designated', at: T0 + 2 * MIN, role: 'scribe', holder: 'Ola from support' }]);
            assert.equal(describeEntry(outage, outsider.timeline[1]!), 'Scribe: Ola from support holds the role from now.');
            assert.equal(outsider.timeline[2]?.applies, false);
            assert.equal(reduceRun(outage, [outageStart, { type: 'role-designated', at: T0, role: 'nobody', holder: 'x' }]).timeline[1]?.applies, false);
        });

        it('prompts a hand-over when a relief time is up, counted again from the hand-over, and stops at resolve', () => {
            const state = reduceRun(outage, [outageStart]);
            const early = reliefs(outage, state, T0 + 5 * HOUR).find(r => r.role.name === 'commander')!;
            assert.deepEqual([early.due, early.dueAt, early.nextCheckIn], [false, T0 + 12 * HOUR, T0 + 8 * HOUR]);
            assert.equal(reliefs(outage, state, T0 + 12 * HOUR).find(r => r.role.name === 'commander')?.due, true);
            const handedOver = reduceRun(outage, [outageStart, { type: 'role-designated', at: T0 + 12 * HOUR, role: 'commander', holder: 'piotr' }]);
            const after = reliefs(outage, handedOver, T0 + 13 * HOUR).find(r => r.role.name === 'commander')!;
            assert.deepEqual([after.due, after.holder, after.dueAt], [false, 'piotr', T0 + 24 * HOUR]);
            const resolved = reduceRun(outage, [outageStart, { type: 'resolved', at: T0 + HOUR }]);
            assert.equal(reliefs(outage, resolved, T0 + 20 * HOUR).find(r => r.role.name === 'commander')?.due, false);
        });
    });

    describe('procedures at any time', () => {
        it('are offered, not on any path, until started; then their steps are ready in their own order', () => {
            const before = reduceRun(outage, [outageStart]);
            assert.equal(before.items['exec-brief']?.status, 'waiting');
            assert.ok(!readyItems(outage, before).some(i => i.name === 'exec-brief'));
            const started = reduceRun(outage, [outageStart, { type: 'procedure-started', at: T0 + 5 * MIN, procedure: 'handover' }]);
            assert.deepEqual(['handover-brief', 'handover-announce'].map(n => started.items[n]?.status), ['ready', 'waiting']);
            assert.ok(readyItems(outage, started).some(i => i.name === 'handover-brief'));
            assert.equal(started.items.acknowledge?.status, 'ready', 'the main flow goes on beside it');
            assert.equal(describeEntry(outage, started.timeline[1]!), 'Procedure started: Shift change of the commander.');
            const briefed = reduceRun(outage, [outageStart, { type: 'procedure-started', at: T0 + 5 * MIN, procedure: 'handover' },
                { type: 'step-done', at: T0 + 6 * MIN, item: 'handover-brief' }]);
            assert.equal(briefed.items['handover-announce']?.status, 'ready');
        });

        it('start again for a new pass (the next shift change), keeping the first in the timeline', () => {
            const events: RunEvent[] = [outageStart, { type: 'procedure-started', at: T0 + MIN, procedure: 'handover' },
                { type: 'step-done', at: T0 + 2 * MIN, item: 'handover-brief' }, { type: 'step-done', at: T0 + 3 * MIN, item: 'handover-announce' },
                { type: 'procedure-started', at: T0 + 12 * HOUR, procedure: 'handover' }];
            const state = reduceRun(outage, events);
            assert.deepEqual(['handover-brief', 'handover-announce'].map(n => [state.items[n]?.status, state.items[n]?.pass]), [['ready', 2], ['waiting', 2]]);
            assert.equal(state.procedures.handover?.times, 2);
            assert.equal(describeEntry(outage, state.timeline[2]!), 'Done: Brief the incoming commander: state, open actions, next update. (pass 1)');
        });
    });

    describe('sub-teams', () => {
        it('are formed from the template any number of times, each with its name, leader and time box, until stood down', () => {
            const first = reduceRun(breach, [breachStart]);
            assert.equal(nextSubTeamName(first, 'forensics'), 'forensics');
            const events: RunEvent[] = [breachStart, { type: 'sub-team-formed', at: T0 + HOUR, subTeam: 'forensics', name: 'forensics', leader: 'priya' },
                { type: 'sub-team-formed', at: T0 + 2 * HOUR, subTeam: 'forensics', name: 'forensics 2' }];
            const two = reduceRun(breach, events);
            assert.deepEqual(activeSubTeams(two).map(t => [t.name, t.leader]), [['forensics', 'priya'], ['forensics 2', undefined]]);
            assert.equal(nextSubTeamName(two, 'forensics'), 'forensics 3');
            assert.equal(subTeamDeadline(breach, two.subTeams[0]!), T0 + 5 * HOUR, 'formed at 1h, within 4h');
            assert.equal(describeEntry(breach, two.timeline[1]!), 'Sub-team "forensics" formed (Forensics cell), led by Priya Raman.');
            const down = reduceRun(breach, [...events, { type: 'sub-team-disbanded', at: T0 + 3 * HOUR, name: 'forensics' }]);
            assert.deepEqual(activeSubTeams(down).map(t => t.name), ['forensics 2']);
            const twice = reduceRun(breach, [...events, { type: 'sub-team-formed', at: T0 + 3 * HOUR, subTeam: 'forensics', name: 'forensics' }]);
            assert.equal(twice.timeline.at(-1)?.applies, false, 'two active sub-teams never share a name');
        });
    });

    describe('communication', () => {
        it('fires a rule on a status-page state when the page is set to it', () => {
            const identified = (state: ReturnType<typeof reduceRun>, at: number) => commsStatus(outage, state, at).find(c => c.rule?.event === 'identified');
            const before = reduceRun(outage, [outageStart]);
            assert.equal(identified(before, T0 + 10 * MIN)?.due, false);
            const posted = reduceRun(outage, [outageStart, { type: 'status-posted', at: T0 + 10 * MIN, status: 'identified' }]);
            assert.deepEqual([identified(posted, T0 + 10 * MIN)?.due, identified(posted, T0 + 10 * MIN)?.dueAt], [true, T0 + 10 * MIN]);
            assert.deepEqual(posted.status, { state: 'identified', at: T0 + 10 * MIN });
            assert.equal(describeEntry(outage, posted.timeline[1]!), 'Status page set to "Identified".');
        });

        it('counts a staged cadence: every 4h for the first day, then every day', () => {
            const exposed: RunEvent[] = [breachStart, { type: 'step-done', at: T0, item: 'confirm' }, { type: 'step-done', at: T0, item: 'isolate' },
                { type: 'decision-taken', at: T0 + HOUR, item: 'exposed', branch: 'yes' }];
            const customers = (events: RunEvent[], at: number) => commsStatus(breach, reduceRun(breach, events), at).find(c => c.rule?.audience === 'customers')!;
            assert.deepEqual([customers(exposed, T0 + HOUR).dueAt, customers(exposed, T0 + HOUR).everySeconds], [T0 + 5 * HOUR, 4 * 3600]);
            const sentLate = [...exposed, { type: 'update-sent', at: T0 + 25 * HOUR, rule: customers(exposed, T0).id } as RunEvent];
            assert.deepEqual([customers(sentLate, T0 + 26 * HOUR).dueAt, customers(sentLate, T0 + 26 * HOUR).everySeconds], [T0 + 49 * HOUR, 86_400]);
        });
    });

    describe('several incidents', () => {
        it('records child incidents and merged duplicates in the timeline, each once', () => {
            const state = reduceRun(breach, [breachStart, { type: 'incident-split', at: T0 + HOUR, child: 'EU customers', lead: 'piotr' },
                { type: 'incident-split', at: T0 + HOUR, child: 'EU customers' }, { type: 'incident-merged', at: T0 + 2 * HOUR, duplicate: 'run-2' }]);
            assert.deepEqual(state.children, [{ name: 'EU customers', lead: 'piotr', at: T0 + HOUR }]);
            assert.deepEqual(state.timeline.map(e => e.applies), [true, true, false, true]);
            assert.equal(describeEntry(breach, state.timeline[1]!), 'Child incident "EU customers" split off, led by Piotr Wiśniewski, reporting to this incident\'s commander.');
            assert.equal(describeEntry(breach, state.timeline[3]!), 'Duplicate run run-2 merged into this one; its own timeline is kept in the archived runs.');
        });
    });

    describe('escalation from a step', () => {
        it('starts the step\'s path when the step is done, in place of the one running, with a new acknowledgement', async () => {
            const model = await modelFrom({ 'p.playbook': `
playbook p {
  role dba "Database engineer"
  role lead "Lead"
  escalation main-path { level 1 notify lead }
  escalation db-path { level 1 notify dba  level 2 after 15m notify lead }
  severity sev1 { escalation main-path }
  phase a {
    step page-db "Page the database team" escalate db-path
  }
}` });
            const events: RunEvent[] = [{ type: 'start', at: T0, severity: 'sev1' }, { type: 'escalation-acknowledged', at: T0 + MIN },
                { type: 'step-done', at: T0 + 10 * MIN, item: 'page-db' }];
            const status = escalationStatus(model, reduceRun(model, events), T0 + 11 * MIN);
            assert.deepEqual([status.path, status.current?.level, status.current?.at, status.acknowledgedAt], ['db-path', 1, T0 + 10 * MIN, undefined]);
            assert.deepEqual([status.next?.level, status.next?.at], [2, T0 + 25 * MIN]);
            const before = escalationStatus(model, reduceRun(model, events.slice(0, 2)), T0 + 9 * MIN);
            assert.deepEqual([before.path, before.acknowledgedAt], ['main-path', T0 + MIN]);
        });
    });

    describe('holders that depend on the severity or the hour', () => {
        it('chooses the assign lines that hold now, else the plain ones', async () => {
            const model = await modelFrom({ 'p.playbook': `
playbook p {
  person ann "Ann" { phone "+48 600 000 001" }
  person bob "Bob" { phone "+48 600 000 002" }
  person cy "Cy" { phone "+48 600 000 003" }
  calendar office { timezone "UTC" hours monday to friday 09:00 to 17:00 }
  role lead "Incident lead"
  role night "Night contact"
  assign lead to ann during sev1
  assign lead to bob
  assign night to cy outside hours of office
  assign night to bob
  severity sev1
  severity sev2
}` });
            const names = (role: string, at: number, severity?: string): string[] =>
                roleHolders(model, model.roles.find(r => r.name === role)!, at, severity).holders.flatMap(p => p.people.map(x => x.person.name));
            const monday10 = Date.parse('2026-11-23T10:00:00Z');
            const saturday = Date.parse('2026-11-28T10:00:00Z');
            assert.deepEqual(names('lead', monday10, 'sev1'), ['ann']);
            assert.deepEqual(names('lead', monday10, 'sev2'), ['bob']);
            assert.deepEqual(names('lead', monday10), ['bob'], 'before a severity is set, the plain assignment');
            assert.deepEqual(names('night', saturday), ['cy']);
            assert.deepEqual(names('night', monday10), ['bob']);
            const role = { kind: 'role' as const, name: 'lead' };
            assert.deepEqual(resolveHolder(model, role, monday10, 'sev1').people.map(p => p.person.name), ['ann'], 'paging the role pages the holder for the severity');
        });
    });

    describe('business time', () => {
        it('counts a step\'s time box and a resolve target only in the business calendar\'s hours', async () => {
            const model = await modelFrom({ 'p.playbook': `
calendar office "Office" {
  timezone "Europe/Warsaw"
  hours monday to friday 09:00 to 17:00
  holiday 2026-11-24
}
playbook p {
  uses office
  severity sev3 { resolve within 2 business-days }
  phase a {
    step fix "Fix it" within 8 business-hours
  }
}` });
            // Monday 23 November 2026, 16:00 in Warsaw (15:00 UTC); Tuesday is a holiday.
            const start = Date.parse('2026-11-23T15:00:00Z');
            const state = reduceRun(model, [{ type: 'start', at: start, severity: 'sev3' }]);
            const step = model.phases[0]!.items[0]!;
            // One hour on Monday, none on the holiday, seven on Wednesday: 16:00 Warsaw on Wednesday.
            assert.equal(new Date(itemDeadline(step, state.items.fix, start, model)!.at).toISOString(), '2026-11-25T15:00:00.000Z');
            assert.equal(itemDeadline(step, state.items.fix, start), undefined, 'without the calendars there is no business time to count');
            // Two business days after Monday 16:00: Thursday 16:00 (Tuesday is no business day).
            assert.equal(new Date(severityTargets(model, state, start).resolve!.at).toISOString(), '2026-11-26T15:00:00.000Z');
        });
    });

    it('checks the new events in stored logs and messages field by field', () => {
        assert.equal(eventProblem({ type: 'status-posted', at: 1, status: 'fixed' }, false), 'status-posted: "status" is missing or not a status');
        assert.equal(eventProblem({ type: 'role-designated', at: 1, role: 'scribe' }, false), 'role-designated: "holder" is missing or not a string');
        assert.equal(eventProblem({ type: 'sub-team-formed', at: 1, subTeam: 'f', name: 'f', leader: 3 }, false), 'sub-team-formed: "leader" is missing or not a string');
        assert.equal(eventProblem({ type: 'procedure-started', at: 1, procedure: 'handover' }, false), undefined);
    });
});
