import { strict as assert } from 'node:assert';
import { modelFrom, sampleModel } from './helpers.js';

describe('toPlaybookModel', () => {
    it('resolves holders from top-level assignments in other files, and lets the playbook override', async () => {
        const model = await sampleModel('playbooks/data-breach.playbook');
        assert.equal(model.modelVersion, 1);
        const role = (name: string) => model.roles.find(r => r.name === name);
        assert.deepEqual(role('commander')?.holders, [{ kind: 'person', name: 'alice' }]);
        assert.deepEqual(role('commander')?.backups, [{ kind: 'person', name: 'piotr' }]);
        assert.equal(role('commander')?.assignedBy, 'organisation');
        assert.deepEqual(role('legal')?.holders, [{ kind: 'person', name: 'legal-desk' }]);
        assert.equal(role('legal')?.assignedBy, 'playbook');
        assert.deepEqual(role('tech-lead')?.holders, [{ kind: 'rotation', name: 'sre-primary' }]);
        // The rotation and its members come along, so the runner can say who is on call.
        assert.deepEqual(model.rotations.find(r => r.name === 'sre-primary')?.members, ['sam', 'priya', 'piotr']);
        assert.equal(model.rotations.find(r => r.name === 'sre-primary')?.handoff?.timezone, 'Europe/Warsaw');
        assert.ok(model.people.some(p => p.name === 'sam' && p.contacts.some(c => c.kind === 'pager')));
        // JSON round trip: the model is plain data.
        assert.deepEqual(JSON.parse(JSON.stringify(model)), model);
    });

    it('adds up escalation delays and keeps flow, branches, comms and review', async () => {
        const model = await sampleModel('playbooks/data-breach.playbook');
        const path = model.escalations.find(p => p.name === 'on-call-path');
        assert.deepEqual(path?.levels.map(l => [l.number, l.delaySeconds, l.atSeconds]), [[1, 0, 0], [2, 600, 600], [3, 1800, 2400]]);
        assert.equal(model.escalations.find(p => p.name === 'exec-path')?.repeat, 2);
        const decision = model.phases[1]?.items[1];
        assert.equal(decision?.kind, 'decision');
        assert.deepEqual(decision?.kind === 'decision' ? decision.branches : [], [{ label: 'yes', target: 'notify-regulator' }, { label: 'no', target: 'restore' }]);
        assert.deepEqual(model.phases[1]?.items[0]?.after, ['confirm']);
        assert.deepEqual(model.communications.map(c => c.id), [
            'responders:war-room:on-start', 'executives:bridge:every-3600s', 'regulators:regulator-mail:once', 'customers:dark-site:every-14400s', 'police:bridge:once',
        ]);
        assert.deepEqual(model.communications[2]?.approver, { kind: 'role', name: 'legal' });
        assert.deepEqual(model.review?.assessments, ['Response speed', 'Degree of control', "The commander's own performance", 'Risk of related incidents']);
        assert.deepEqual(model.severities.map(s => [s.name, s.rank, s.respondSeconds]), [['sev1', 0, 900], ['sev2', 1, 1800]]);
        assert.deepEqual(model.triggers[0]?.criteria, [
            { condition: 'records-exposed > 1000', comparison: { measure: 'records-exposed', operator: '>', amount: 1000 }, severity: 'sev1' },
            { condition: 'data-class is special', comparison: { measure: 'data-class', values: ['special'] }, severity: 'sev1' },
        ]);
        const darkSite = model.channels.find(c => c.name === 'dark-site');
        assert.deepEqual([darkSite?.kind, darkSite?.address, darkSite?.owner, darkSite?.standby], ['web', 'https://incident.example.com', { kind: 'role', name: 'comms' }, true]);
    });

    it('leaves unresolved references out instead of guessing', async () => {
        const model = await modelFrom({
            'p.playbook': `playbook p { severity s1 { escalation nowhere }
              phase a { step one owner ghost } }`,
        });
        assert.equal(model.severities[0]?.escalation, undefined);
        const step = model.phases[0]?.items[0];
        assert.equal(step?.kind === 'step' ? step.owner : 'x', undefined);
        assert.deepEqual(model.roles, []);
    });
});
