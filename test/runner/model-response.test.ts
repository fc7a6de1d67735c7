import { strict as assert } from 'node:assert';
import { modelFrom, sampleModel } from './helpers.js';

/** The model fields of issue 14's constructs, as the runner and the exports read them. */
describe('toPlaybookModel: severities, criteria, communication, procedures, sub-teams, incidents, parameters', () => {
    it('carries the data-breach sample\'s measures, severity policy, gated and staged communication, sub-team, incidents and review', async () => {
        const model = await sampleModel('playbooks/data-breach.playbook');
        assert.deepEqual(model.measures?.map(m => [m.name, m.kind, m.values]), [
            ['records-exposed', 'count', []], ['data-class', 'values', ['internal', 'personal', 'special']],
        ]);
        assert.deepEqual(model.severityPolicy, { onlyRise: true, unsureHigher: true, finalAtReview: true, tables: [] });
        const regulators = model.communications.find(c => c.audience === 'regulators');
        assert.deepEqual([regulators?.gate, regulators?.firstWithinSeconds], [{ item: 'exposed', answer: 'yes' }, 72 * 3600]);
        const customers = model.communications.find(c => c.audience === 'customers');
        assert.deepEqual(customers?.cadence, [{ everySeconds: 4 * 3600, forSeconds: 86400 }, { everySeconds: 86400 }]);
        assert.equal(customers?.everySeconds, 4 * 3600);
        assert.deepEqual(customers?.approvers, [{ kind: 'role', name: 'legal' }, { kind: 'role', name: 'comms' }]);
        assert.deepEqual(customers?.approver, { kind: 'role', name: 'legal' });
        const police = model.communications.find(c => c.audience === 'police');
        assert.deepEqual([police?.recipient, police?.gateComparison], [{ kind: 'audience', name: 'police' }, { measure: 'data-class', values: ['special'] }]);
        assert.deepEqual(model.audiences?.map(a => [a.name, a.contacts.length]), [['police', 1]]);
        assert.deepEqual(model.subTeams, [{
            name: 'forensics', title: 'Forensics cell', leader: 'tech-lead', members: ['scribe'],
            channel: { kind: 'chat', address: '#inc-forensics' }, task: 'Image affected hosts and report the scope of the exposure to the commander', timeboxSeconds: 4 * 3600,
        }]);
        assert.deepEqual(model.incidents, { splitBy: [{ kind: 'role', name: 'commander' }], mergeBy: [{ kind: 'role', name: 'commander' }, { kind: 'role', name: 'deputy' }] });
        assert.equal(model.review?.meetingDueSeconds, 3 * 86400);
        assert.deepEqual(model.review?.attendees?.map(a => a.name), ['commander', 'legal', 'comms']);
        assert.deepEqual(model.parameters, [{ name: 'dpa', title: 'The data-protection authority to notify', type: 'text', default: 'UODO (Poland)', asked: false }]);
        assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
    });

    it('carries procedures (their items name the procedure as phase), step escalation, paging, declared levels, policies and trigger settings', async () => {
        const model = await modelFrom({ 'p.playbook': `playbook p {
  param region text asked
  severity sev1 { respond within 15m  paging high }
  severity sev4 { declared  paging none }
  measure impact of high, low
  severities { table impact by impact { high, high then sev1 } }
  trigger t { set region to "eu"  otherwise sev1  activated automatically }
  escalation db { level 1 notify commander paging low }
  channel c chat "#c" owner commander policy "No customer names"
  phase a { step page "Page the DBA" owner commander escalate db }
  procedure handover "Shift change" owner commander when "The shift ends" { step brief owner commander }
}
role commander "Commander"` });
        assert.deepEqual(model.severities.map(s => [s.name, s.paging, s.declared]), [['sev1', 'high', undefined], ['sev4', 'none', true]]);
        assert.deepEqual(model.severityPolicy?.tables, [{ rows: 'impact', columns: 'impact', cells: [{ row: 'high', column: 'high', severity: 'sev1' }] }]);
        assert.deepEqual(model.triggers[0]?.settings, [{ parameter: 'region', value: 'eu' }]);
        assert.equal(model.escalations[0]?.levels[0]?.paging, 'low');
        assert.deepEqual(model.channels[0]?.policies, ['No customer names']);
        const step = model.phases[0]?.items[0];
        assert.equal(step?.kind === 'step' ? step.escalate : undefined, 'db');
        assert.deepEqual(model.procedures?.map(p => [p.name, p.owner, p.when, p.items.map(i => [i.name, i.phase])]), [['handover', 'commander', 'The shift ends', [['brief', 'handover']]]]);
        assert.deepEqual(model.parameters?.[0], { name: 'region', type: 'text', asked: true });
    });
});
