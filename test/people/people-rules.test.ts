import { strict as assert } from 'node:assert';
import { findings, validateFiles } from '../helpers/validation.js';

const people = `
person alice "Alice" { phone "1" qualified trained-commander }
person bob "Bob" { phone "2" }
person carol "Carol" { phone "3" }
person dave "Dave" { phone "4" }
qualification trained-commander "Trained incident commander"
calendar office "Warsaw office" {
  timezone "Europe/Warsaw"
  hours monday to friday 09:00 to 17:00
  holiday 2026-12-24 to 2026-12-26 "Christmas"
}
`;

async function check(text: string, code: string): Promise<string[]> {
    const [document] = await validateFiles({ 'a.playbook': people + text });
    return findings(document!, code).map(f => `${f.range} ${f.message}`);
}

describe('rules of people, roles and time', () => {
    it('rotation-without-owner: on the name, only when no owner is given', async () => {
        assert.deepEqual(await check('rotation ops "Ops" { members bob, carol }\nrotation dev "Dev" { owner alice members bob, carol }', 'rotation-without-owner'), [
            '12:10-12:13 Rotation "ops" has no owner to approve swaps and fix gaps. Add "owner <person or role>" to it.',
        ]);
    });

    it('override-outside-rotation: a substitute or a replaced person who is not a member', async () => {
        const text = `rotation ops "Ops" {
  owner alice
  members bob, carol
  override dave for bob from 2026-12-28 to 2026-12-30 "Holiday cover"
  override carol for alice from 2027-01-02 to 2027-01-03
  override carol for bob from 2027-01-05 to 2027-01-06
}`;
        assert.deepEqual(await check(text, 'override-outside-rotation'), [
            '15:12-15:16 The override puts dave on call, who is not a member of rotation "ops". Add dave to its members or correct the name.',
            '16:22-16:27 The override replaces alice, who is not a member of rotation "ops", so it never applies. Correct the name.',
        ]);
    });

    it('coverage-gap: a layered rotation names the exact windows nobody covers', async () => {
        const text = `rotation sre "SRE" {
  owner alice
  layer day { members alice, bob  handoff every 1w on monday at 09:00 "Europe/Warsaw" from 2026-01-05  only monday to friday 08:00 to 20:00 }
  layer night { members carol, dave  handoff every 1d at 20:00 "Europe/Warsaw" from 2026-01-05  only 20:00 to 08:00 }
}`;
        assert.deepEqual(await check(text, 'coverage-gap'), [
            '12:10-12:13 No one is on call in rotation "sre" every Saturday 08:00-20:00 (Europe/Warsaw); every Sunday 08:00-20:00 (Europe/Warsaw). Add a layer or members for those hours, or widen its restrictions.',
        ]);
    });

    it('coverage-gap: follow-the-sun in local zones leaves the hours where clock changes differ', async () => {
        const text = `rotation desk "Incident desk" {
  owner alice
  layer emea { members alice, bob  handoff every 1w on monday at 08:00 "Europe/London" from 2026-01-05  only 08:00 to 20:00 }
  layer amer { members carol, dave  handoff every 1w on monday at 08:00 "America/Chicago" from 2026-01-05  only 14:00 to 02:00 }
}`;
        const [message] = await check(text, 'coverage-gap');
        assert.match(message!, /^12:10-12:14 No one is on call in rotation "desk" (every|from)/);
        assert.match(message!, /\(Europe\/London\)/);
    });

    it('coverage-gap: a 24x7 severity escalating to a rotation restricted to office hours names the windows', async () => {
        const text = `rotation day "Day desk" { owner alice members alice, bob  handoff every 1w on monday at 09:00 "Europe/Warsaw" from 2026-01-05  only hours of office }
playbook p {
  severity sev1 "S1" { respond within 5m coverage 24x7 escalation path }
  escalation path { level 1 notify day }
}`;
        const messages = await check(text, 'coverage-gap');
        assert.equal(messages.length, 1, 'a single-layer rotation restricted on purpose is not reported itself');
        assert.match(messages[0]!, /^14:51-14:55 Severity "sev1" needs a response around the clock, but no one is on call in rotation "day" \(notified by escalation path "path"\) every Monday 17:00 to Tuesday 09:00 \(Europe\/Warsaw\)/);
    });

    it('calendar-conflict and calendar-hole: time-dependent assignments', async () => {
        const text = `calendar late "Late shift" { timezone "Europe/Warsaw" hours monday to friday 16:00 to 22:00 }
role scribe "Scribe" { section planning }
assign scribe to bob inside hours of office
assign scribe to carol inside hours of late
playbook p { phase a { step s "S" owner scribe } }`;
        assert.deepEqual(await check(text, 'calendar-conflict'), [
            '15:24-15:44 Two time-dependent assignments of the role "scribe" both apply every Monday 16:00-17:00 (Europe/Warsaw); every Tuesday 16:00-17:00 (Europe/Warsaw); every Wednesday 16:00-17:00 (Europe/Warsaw) and 102 more windows. Make their calendars or conditions meet without overlapping.',
        ]);
        const [hole] = await check(text, 'calendar-hole');
        assert.match(hole!, /^14:22-14:44 Every assignment of the role "scribe" depends on the time, and none applies every Monday 22:00 to Tuesday 09:00 \(Europe\/Warsaw\)/);
    });

    it('inside and outside the same calendar leave neither a hole nor a conflict', async () => {
        const text = `role scribe "Scribe" { section planning }
assign scribe to bob inside hours of office
assign scribe to carol outside hours of office
playbook p { phase a { step s "S" owner scribe } }`;
        assert.deepEqual([...await check(text, 'calendar-conflict'), ...await check(text, 'calendar-hole')], []);
    });

    it('calendar-hole and calendar-conflict read a role\'s assignments across organisation files', async () => {
        const role = 'role deputy "Deputy" { section command }\nplaybook p { phase a { step s "S" owner deputy } }';
        const [rolesFile, dayFile, nightFile] = await validateFiles({
            'roles.playbook': people + role,
            'day.playbook': 'assign deputy to bob inside hours of office',
            'night.playbook': 'assign deputy to carol outside hours of office',
        });
        for (const document of [rolesFile!, dayFile!, nightFile!]) {
            assert.deepEqual(findings(document, 'calendar-hole').map(f => f.message), [], 'one file\'s hours are covered by the other\'s');
            assert.deepEqual(findings(document, 'calendar-conflict').map(f => f.message), []);
        }
        const [, early, late] = await validateFiles({
            'roles.playbook': people + role,
            'early.playbook': 'assign deputy to bob inside hours of office',
            'late.playbook': 'calendar late "Late" { timezone "Europe/Warsaw" hours monday to friday 16:00 to 22:00 }\nassign deputy to carol inside hours of late',
        });
        const hole = findings(early!, 'calendar-hole').map(f => `${f.range} ${f.message}`);
        assert.equal(hole.length, 1, 'the hole is reported once, in the file of the first assignment');
        assert.match(hole[0]!, /^1:22-1:44 Every assignment of the role "deputy" depends on the time, and none applies every Monday 22:00 to Tuesday 09:00 \(Europe\/Warsaw\)/);
        assert.deepEqual(findings(late!, 'calendar-hole'), []);
        assert.deepEqual(findings(early!, 'calendar-conflict'), []);
        const conflict = findings(late!, 'calendar-conflict').map(f => `${f.range} ${f.message}`);
        assert.equal(conflict.length, 1, 'the conflict is reported once, on the later assignment');
        assert.match(conflict[0]!, /^2:24-2:44 Two time-dependent assignments of the role "deputy" both apply every Monday 16:00-17:00 \(Europe\/Warsaw\)/);
    });

    it('designator-unheld, no-designation-pool, and no unassigned-role on run-time roles', async () => {
        const text = `role commander "Incident commander" { section command }
role lead "Lead" { section command }
role scribe "Scribe" { designated by commander volunteers }
role liaison "Liaison" { optional }
role deputy "Deputy" { designated by lead }
assign commander to alice backup bob
playbook p { phase a { step x "X" owner scribe step y "Y" owner liaison step z "Z" owner deputy } }`;
        assert.deepEqual(await check(text, 'unassigned-role'), []);
        assert.deepEqual(await check(text, 'designator-unheld'), [
            '16:38-16:42 The role "deputy" is designated by "lead", which nobody holds, so nobody names its holder. Assign "lead" or name another designator.',
        ]);
        assert.deepEqual(await check(text, 'no-designation-pool'), [
            '15:6-15:13 The role "liaison" is filled during the incident, but nothing says by whom. Add "designated by <role>", "volunteers" or "defaults to <role>".',
        ]);
    });

    it('unqualified-holder: a person, or a member of a holding rotation, without the qualification', async () => {
        const text = `role commander "Incident commander" { section command requires trained-commander }
rotation ic "IC" { owner alice members alice, carol }
assign commander to ic backup bob`;
        assert.deepEqual(await check(text, 'unqualified-holder'), [
            '14:21-14:23 carol, who holds the role "commander" as a member of rotation "ic", lacks "trained-commander", which the role requires. Add "qualified trained-commander" to carol or assign the role to someone qualified.',
            '14:31-14:34 The role "commander" requires "trained-commander", which bob lacks. Add "qualified trained-commander" to bob or assign the role to someone qualified.',
        ]);
        const throughTeam = `role commander "Incident commander" { section command requires trained-commander }
team pair "Pair" { members carol }
assign commander to pair`;
        assert.deepEqual(await check(throughTeam, 'unqualified-holder'), [
            '14:21-14:25 carol, who holds the role "commander" as a member of team "pair", lacks "trained-commander", which the role requires. Add "qualified trained-commander" to carol or assign the role to someone qualified.',
        ]);
    });

    it('exclusive-roles: directly, and through rotations only when their turns meet', async () => {
        const direct = `role commander "IC" { section command excludes tech-lead }
role tech-lead "TL" { section operations }
assign commander to alice, bob
assign tech-lead to bob`;
        assert.deepEqual(await check(direct, 'exclusive-roles'), [
            '12:48-12:57 bob holds both "commander" and "tech-lead", which exclude each other. Assign one of them to someone else.',
        ]);
        const rotations = `rotation ic "IC" { owner alice members alice, bob  handoff every 1w on monday at 09:00 "UTC" from 2026-01-05 }
rotation sre "SRE" { owner alice members carol, bob  handoff every 1w on monday at 09:00 "UTC" from 2026-01-05 }
role commander "IC" { section command excludes sre }
assign commander to ic`;
        const [message] = await check(rotations, 'exclusive-roles');
        assert.match(message!, /^14:48-14:51 bob could be asked to hold both "commander" and "sre", which exclude each other: every Monday 09:00 for 7 days \(UTC\)/);
    });

    it('relief-without-successor: a relieved role held by one person and nobody else', async () => {
        const text = `role commander "IC" { section command relieve after 4h check-in every 1h }
role tech-lead "TL" { section operations relieve after 8h }
assign commander to alice
assign tech-lead to alice backup bob`;
        assert.deepEqual(await check(text, 'relief-without-successor'), [
            '12:53-12:55 The role "commander" relieves its holder after 4h, but nobody can take over. Add a backup, more members to its rotation or team, or a role that designates it.',
        ]);
    });
});
