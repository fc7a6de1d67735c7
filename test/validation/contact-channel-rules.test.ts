import { strict as assert } from 'node:assert';
import { check, findings, ORG, validateFiles } from '../helpers/validation.js';

describe('unreachable-contact', () => {
    it('reports a person with no contact method and a team or rotation with no members', async () => {
        const text = 'person carol "Carol" { timezone "UTC" }\nteam empty "Empty"\nrotation idle { covers 24x7 }';
        assert.deepEqual(await check(text, 'unreachable-contact'), [
            { code: 'unreachable-contact', severity: 'warning', range: '1:8-1:13', message: 'Person "carol" has no way to be contacted. Add a phone, sms, email, chat, app or pager line.' },
            { code: 'unreachable-contact', severity: 'warning', range: '2:6-2:11', message: 'The team "empty" has no members, so nobody answers for it. Add "members <people>".' },
            { code: 'unreachable-contact', severity: 'warning', range: '3:10-3:14', message: 'The rotation "idle" has no members, so nobody answers for it. Add "members <people>".' },
        ]);
    });

    it('near miss: one contact method and one member are enough', async () => {
        assert.deepEqual(await check('person carol { pager "carol" }\nteam t { members carol }', 'unreachable-contact'), []);
    });
});

describe('coverage-gap', () => {
    const playbook = (covers: string) => [
        `rotation dba { members alice, bob covers ${covers} }`,
        'playbook p {',
        '  severity sev1 { escalation e coverage 24x7 }',
        '  escalation e { level 1 notify dba }',
        '}',
    ].join('\n');

    it('reports a business-hours rotation answering for a 24x7 severity, on the severity\'s coverage', async () => {
        assert.deepEqual(await check(playbook('business-hours'), 'coverage-gap'), [{
            code: 'coverage-gap', severity: 'warning', range: '3:41-3:45',
            message: 'Severity "sev1" needs a 24x7 response, but rotation "dba" (notified by escalation path "e") covers business hours only. Make the rotation cover 24x7 or add a 24x7 level to the path.',
        }]);
    });

    it('follows roles held by the rotation and "then" continuations', async () => {
        const text = [
            'rotation dba { members alice, bob covers business-hours }',
            'role dba-lead',
            'assign dba-lead to dba',
            'playbook p {',
            '  severity sev1 { escalation e coverage 24x7 }',
            '  escalation e { level 1 notify alice then f }',
            '  escalation f { level 1 notify dba-lead }',
            '}',
        ].join('\n');
        assert.deepEqual((await check(text, 'coverage-gap')).map(f => f.message), [
            'Severity "sev1" needs a 24x7 response, but rotation "dba" (notified by escalation path "f") covers business hours only. Make the rotation cover 24x7 or add a 24x7 level to the path.',
        ]);
    });

    it('reports a rotation of one person', async () => {
        assert.deepEqual(await check('rotation solo { members alice covers 24x7 }', 'coverage-gap'), [{
            code: 'coverage-gap', severity: 'warning', range: '1:25-1:30',
            message: 'Rotation "solo" has one member (alice), who is then on call all the time. Add members so that the load rotates.',
        }]);
    });

    it('near miss: a 24x7 rotation, or a severity that does not need 24x7', async () => {
        assert.deepEqual(await check(playbook('24x7'), 'coverage-gap'), []);
        assert.deepEqual(await check(playbook('business-hours').replace(' coverage 24x7', ''), 'coverage-gap'), []);
    });
});

describe('channel-owner', () => {
    it('reports a channel with no owner', async () => {
        assert.deepEqual(await check('channel bridge phone "+1 555"', 'channel-owner'), [{
            code: 'channel-owner', severity: 'error', range: '1:9-1:15',
            message: 'Channel "bridge" has no owner: nobody is responsible for opening it and keeping it working. Add "owner <role or person>".',
        }]);
    });

    it('near miss: any party may own a channel', async () => {
        assert.deepEqual(await check('channel bridge phone "+1 555" owner sre', 'channel-owner'), []);
    });
});

describe('channel-backup', () => {
    const text = (notify: string) => [
        'channel org-room chat "#org" owner alice',
        'playbook p {',
        '  severity sev1',
        '  severity sev2',
        '  channel bridge phone "+1" owner alice',
        `  ${notify}`,
        '}',
    ].join('\n');

    it('reports a channel of the playbook carrying the most severe level, on the channel', async () => {
        assert.deepEqual(await check(text('notify executives via bridge every 1h during sev1'), 'channel-backup'), [{
            code: 'channel-backup', severity: 'warning', range: '5:11-5:17',
            message: 'Channel "bridge" carries communication for the most severe level "sev1" but has no backup channel. Add "backup <channel>" for when it fails.',
        }]);
    });

    it('counts rules that name no severity, and reports a channel of another file on the rule that uses it', async () => {
        assert.deepEqual((await check(text('notify responders via org-room on start'), 'channel-backup')).map(f => f.range), ['1:9-1:17']);
        const [, playbook] = await validateFiles({
            'channels.playbook': 'channel org-room chat "#org" owner alice',
            'p.playbook': 'playbook p {\n  severity sev1\n  notify responders via org-room on start\n}',
            'org.playbook': ORG,
        });
        assert.deepEqual(findings(playbook!, 'channel-backup').map(f => f.range), ['3:25-3:33']);
    });

    it('near miss: a less severe level, several channels said to be redundant, or a backup', async () => {
        assert.deepEqual(await check(text('notify executives via bridge every 1h during sev2'), 'channel-backup'), []);
        // Issue 15: several channels are each checked, unless the rule says they back each other up.
        assert.deepEqual((await check(text('notify executives via bridge, org-room every 1h during sev1'), 'channel-backup')).map(f => f.range), ['5:11-5:17', '1:9-1:17']);
        assert.deepEqual(await check(text('notify executives via bridge, org-room redundant every 1h during sev1'), 'channel-backup'), []);
        assert.deepEqual(await check(text('notify executives via bridge every 1h during sev1').replace('owner alice\n  notify', 'owner alice backup org-room\n  notify'), 'channel-backup'), []);
    });
});

describe('comms-cadence', () => {
    const text = (notify: string) => `channel room chat "#r" owner alice\nplaybook p {\n  severity sev1\n  severity sev2\n  ${notify}\n}`;

    it('reports the most severe level when only the response team, or nobody on a cadence, is updated', async () => {
        assert.deepEqual(await check(text('notify responders via room every 30m during sev1'), 'comms-cadence'), [{
            code: 'comms-cadence', severity: 'warning', range: '3:12-3:16',
            message: 'The most severe level "sev1" has no update cadence for anyone outside the response team. Add for example "notify executives via <channel> every 1h during sev1".',
        }]);
        assert.equal((await check(text('notify customers via room on start during sev1'), 'comms-cadence')).length, 1);
        assert.equal((await check(text('notify customers via room every 1h during sev2'), 'comms-cadence')).length, 1);
    });

    it('near miss: an outside audience on a cadence, for that level or for every level', async () => {
        assert.deepEqual(await check(text('notify customers via room every 1h during sev1'), 'comms-cadence'), []);
        assert.deepEqual(await check(text('notify executives via room every 2h'), 'comms-cadence'), []);
    });
});
