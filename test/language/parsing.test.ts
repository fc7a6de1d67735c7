import { strict as assert } from 'node:assert';
import type { Channel, CommunicationRule, Decision, EscalationPath, Playbook, Rotation, Severity, Step, Trigger } from '../../server/src/language/generated/ast.js';
import { buildOne, describeLanguageDiagnostics as describeDiagnostics } from '../helpers/services.js';

const text = `
person alice "Alice Nowak" {
  phone "+48 600 100 200"
  email "alice@example.com"
  timezone "Europe/Warsaw"
}
person bob "Bob" { chat "@bob" }
rotation sre "SRE" {
  members alice, bob
  handoff every 1w on monday at 09:00 "Europe/Warsaw" from 2026-01-05
  covers business-hours
}
playbook outage "Outage" {
  owner alice
  version "1.0"
  reviewed 2026-10-01 every 90d
  severity sev1 "Down" {
    respond within 15m
    resolve within 1h30m
    escalation path
    updates every 30m
    coverage 24x7
  }
  role commander "Incident commander" {
    section command
    critical
    duty "Owns the incident"
    aka "Incident manager"
  }
  assign commander to sre backup alice, bob
  trigger alert {
    category service-outage
    source monitoring "SLO"
    when "error rate > 5%" then sev1
    otherwise sev1
    activated by commander
    activated automatically
  }
  escalation path {
    level 1 notify sre
    level 2 after 10m notify commander, alice
    repeat 2
  }
  channel room chat "#inc" owner commander backup bridge
  channel bridge phone "+1 555" owner commander standby
  notify customers via room, bridge every 30m during sev1 owner commander template "Update" approved by commander
  notify responders via room on start
  phase identify {
    step confirm "Confirm" owner commander within 10m { check "Alert seen" check "Second source" }
    decide real "Real?" owner commander { yes goto fix no goto confirm "Unsure" goto fix }
  }
  phase fix { step fix "Fix it" within 2d after confirm, real }
  review "Review" owner commander within 5d { assess "Speed" follow-up "Tickets" kpi time-to-respond }
  drill tabletop every 90d last 2026-09-15
}
`;

describe('parsing', () => {
    it('parses every construct to the expected values', async () => {
        const document = await buildOne(text);
        assert.deepEqual(describeDiagnostics(document), []);
        const root = document.parseResult.value;
        const [alice, , rotation, playbook] = root.elements as [unknown, unknown, Rotation, Playbook];
        assert.deepEqual((alice as { contacts: Array<{ kind: string; value: string }> }).contacts.map(c => [c.kind, c.value]),
            [['phone', '+48 600 100 200'], ['email', 'alice@example.com']]);
        assert.deepEqual(rotation.members.map(m => m.ref?.name), ['alice', 'bob']);
        assert.equal(rotation.handoff?.every, 604_800);
        assert.equal(rotation.handoff?.day, 'monday');
        assert.equal(rotation.handoff?.time, '09:00');
        assert.equal(rotation.handoff?.timezone, 'Europe/Warsaw');
        assert.equal(rotation.handoff?.start, '2026-01-05');
        assert.equal(rotation.coverage, 'business-hours');

        assert.equal(playbook.name, 'outage');
        assert.equal(playbook.owner?.ref?.name, 'alice');
        assert.equal(playbook.reviewed, '2026-10-01');
        assert.equal(playbook.reviewEvery, 90 * 86_400);

        const byType = <T>(type: string) => playbook.elements.filter(e => e.$type === type) as T[];
        const [sev1] = byType<Severity>('Severity');
        assert.equal(sev1!.respond, 900);
        assert.equal(sev1!.resolve, 5_400);
        assert.equal(sev1!.updateEvery, 1_800);
        assert.equal(sev1!.coverage, '24x7');
        const path = byType<EscalationPath>('EscalationPath')[0]!;
        assert.equal(sev1!.escalation?.ref, path);
        assert.deepEqual(path.levels.map(l => [l.number, l.delay ?? 0, l.targets.map(t => t.ref?.$type)]),
            [[1, 0, ['Rotation']], [2, 600, ['Role', 'Person']]]);
        assert.equal(path.repeat, 2);

        const trigger = byType<Trigger>('Trigger')[0]!;
        assert.equal(trigger.category, 'service-outage');
        assert.equal(trigger.source, 'monitoring');
        assert.equal(trigger.criteria[0]?.condition, 'error rate > 5%');
        assert.equal(trigger.criteria[0]?.severity.ref, sev1);
        assert.equal(trigger.activators[0]?.ref?.$type, 'Role');
        assert.equal(trigger.automatic, true);

        const [room, bridge] = byType<Channel>('Channel');
        assert.equal(room!.kind, 'chat');
        assert.equal(room!.backup?.ref, bridge);
        assert.equal(bridge!.standby, true);

        const [customers, responders] = byType<CommunicationRule>('CommunicationRule');
        assert.equal(customers!.audience, 'customers');
        assert.deepEqual(customers!.channels.map(c => c.ref?.name), ['room', 'bridge']);
        assert.equal(customers!.every, 1_800);
        assert.equal(customers!.severities[0]?.ref, sev1);
        assert.equal(customers!.template, 'Update');
        assert.deepEqual(customers!.approvers.map(a => a.ref?.name), ['commander']);
        assert.equal(responders!.event, 'start');

        const [identify, fix] = byType<{ items: Array<Step | Decision> }>('Phase');
        const confirm = identify!.items[0] as Step;
        const decision = identify!.items[1] as Decision;
        assert.equal(confirm.timebox, 600);
        assert.deepEqual(confirm.checks.map(c => c.text), ['Alert seen', 'Second source']);
        assert.deepEqual(decision.branches.map(b => [b.answer ?? b.label, b.target.ref?.name]),
            [['yes', 'fix'], ['no', 'confirm'], ['Unsure', 'fix']]);
        const fixStep = fix!.items[0] as Step;
        assert.equal(fixStep.timebox, 2 * 86_400);
        assert.deepEqual(fixStep.dependsOn.map(d => d.ref), [confirm, decision]);

        const review = playbook.elements.find(e => e.$type === 'Review') as { due: number; assessments: string[]; followUps: string[]; kpis: string[] };
        assert.equal(review.due, 5 * 86_400);
        assert.deepEqual([review.assessments, review.followUps, review.kpis], [['Speed'], ['Tickets'], ['time-to-respond']]);
        const drill = playbook.elements.find(e => e.$type === 'Drill') as { kind: string; every: number; last: string };
        assert.deepEqual([drill.kind, drill.every, drill.last], ['tabletop', 90 * 86_400, '2026-09-15']);
    });

    it('accepts keywords as names where a name is expected', async () => {
        const document = await buildOne(`
playbook review "Keywords as names" {
  role review "Reviewer"
  channel radio radio "Channel 5" owner review
  phase step { step assess "Assess" owner review }
}`);
        assert.deepEqual(describeDiagnostics(document), []);
        const playbook = document.parseResult.value.elements[0] as Playbook;
        assert.equal(playbook.name, 'review');
    });

    it('reads names and strings in any script', async () => {
        const document = await buildOne(`
person 陳志明 "陳志明" { phone "+886 2 2722 0000" }
playbook atak-ransomware "Atak ransomware — zaszyfrowane dane" {
  role koordynator-łączności "Koordynator łączności"
  assign koordynator-łączności to 陳志明
}`);
        assert.deepEqual(describeDiagnostics(document), []);
        const playbook = document.parseResult.value.elements[1] as Playbook;
        assert.equal(playbook.title, 'Atak ransomware — zaszyfrowane dane');
        const assignment = playbook.elements[1] as { role: { ref?: { name: string } }; holders: Array<{ ref?: { name: string } }> };
        assert.equal(assignment.role.ref?.name, 'koordynator-łączności');
        assert.equal(assignment.holders[0]?.ref?.name, '陳志明');
    });

    it('says where and what when the syntax is wrong', async () => {
        const document = await buildOne('playbook p {\n  step x "A step outside a phase"\n}\n');
        const [first] = describeDiagnostics(document);
        assert.equal(first, `2:3 parsing-error Expected "}" but found "step".`);
    });

    it('names the kind of thing a keyword wants when a name is missing after it', async () => {
        const cases: Array<[string, string]> = [
            ['playbook p {\n  trigger t {\n    when "site down" then\n  }\n}\n', '4:3 parsing-error Expected a severity or an escalation path after "then" but found "}".'],
            ['playbook p {\n  trigger t {\n    otherwise "sev1"\n  }\n}\n', '3:15 parsing-error Expected a severity after "otherwise" but found ""sev1"".'],
            ['playbook p {\n  phase a {\n    step s "Call" owner\n  }\n}\n', '4:3 parsing-error Expected a person, team, rotation or role after "owner" but found "}".'],
            ['playbook p {\n  notify responders via\n}\n', '3:1 parsing-error Expected a channel after "via" but found "}".'],
        ];
        for (const [text, expected] of cases) {
            assert.equal(describeDiagnostics(await buildOne(text))[0], expected, text);
        }
    });
});
