import { strict as assert } from 'node:assert';
import { check, findings, ORG, validateFiles } from '../helpers/validation.js';

describe('duplicate-name', () => {
    it('reports both definitions of one name in a playbook, pointing at the other', async () => {
        const text = 'playbook p {\n  role scribe\n  person scribe { phone "1" }\n  severity scribe\n}';
        assert.deepEqual(await check(text, 'duplicate-name'), [
            {
                code: 'duplicate-name', severity: 'error', range: '2:8-2:14',
                message: 'The name "scribe" of this role is also given to the person at test.playbook:3. Rename one of them: references cannot tell them apart.',
            },
            {
                code: 'duplicate-name', severity: 'error', range: '3:10-3:16',
                message: 'The name "scribe" of this person is also given to the role at test.playbook:2. Rename one of them: references cannot tell them apart.',
            },
        ]);
    });

    it('reports top-level definitions of one name across files', async () => {
        const [org, other] = await validateFiles({ 'org.playbook': ORG, 'other.playbook': '\nteam alice { members bob }' });
        assert.deepEqual(findings(other!, 'duplicate-name').map(f => [f.range, f.message]), [[
            '2:6-2:11', 'The name "alice" of this team is also given to the person at org.playbook:1. Rename one of them: references cannot tell them apart.',
        ]]);
        assert.deepEqual(findings(org!, 'duplicate-name').map(f => f.range), ['1:8-1:13']);
    });

    it('near miss: a playbook may shadow an organisation name; kinds never confused may share a name', async () => {
        assert.deepEqual(await check('playbook p {\n  role commander\n  severity commander\n  channel commander chat "#c" owner alice\n}', 'duplicate-name'), []);
    });
});

describe('duplicate-clause', () => {
    it('reports the second occurrence of a single-valued clause', async () => {
        const text = 'playbook p {\n  severity sev1 {\n    respond within 5m\n    respond within 10m\n  }\n  channel c chat "#c" owner alice owner bob\n}';
        assert.deepEqual(await check(text, 'duplicate-clause'), [
            {
                code: 'duplicate-clause', severity: 'error', range: '4:20-4:23',
                message: 'The clause "respond within" is written twice in severity "sev1"; only the last one counts. Remove one of them.',
            },
            {
                code: 'duplicate-clause', severity: 'error', range: '6:41-6:44',
                message: 'The clause "owner" is written twice in channel "c"; only the last one counts. Remove one of them.',
            },
        ]);
    });

    it('near miss: list clauses may repeat', async () => {
        assert.deepEqual(await check('team t { members alice members bob }\nplaybook p {\n  trigger x { activated by alice activated by bob when "a" then s when "b" then s }\n  severity s\n}', 'duplicate-clause'), []);
    });
});

describe('unused-definition', () => {
    it('reports roles, people, channels and paths nothing refers to, as hints', async () => {
        const text = 'playbook p {\n  role r\n  assign r to alice\n  person x { phone "1" }\n  channel c chat "#c" owner alice\n  escalation e { level 1 notify alice }\n}';
        assert.deepEqual(await check(text, 'unused-definition'), [
            { code: 'unused-definition', severity: 'hint', range: '2:8-2:9', message: 'The role "r" is not used anywhere. Remove it, or use it.' },
            { code: 'unused-definition', severity: 'hint', range: '4:10-4:11', message: 'The person "x" is not used anywhere. Remove it, or use it.' },
            { code: 'unused-definition', severity: 'hint', range: '5:11-5:12', message: 'The channel "c" is not used anywhere. Remove it, or use it.' },
            { code: 'unused-definition', severity: 'hint', range: '6:14-6:15', message: 'The escalation path "e" is not used anywhere. Remove it, or use it.' },
        ]);
    });

    it('near miss: used from another file, as a backup, or as a member', async () => {
        const [org] = await validateFiles({
            'org.playbook': 'person p { phone "1" }\nteam t { members p }\nchannel a chat "#a" owner t backup b\nchannel b chat "#b" owner t\nescalation e { level 1 notify t }\nrole r',
            'use.playbook': 'playbook x {\n  severity s { escalation e }\n  phase f { step one owner r }\n  notify responders via a on start\n}',
        });
        assert.deepEqual(findings(org!, 'unused-definition'), []);
    });
});

describe('unused-definition without playbooks', () => {
    it('leaves organisation definitions alone when no file of the workspace holds a playbook', async () => {
        const [org] = await validateFiles({ 'org.playbook': 'role lonely "Lonely"\nperson p { phone "1" }' });
        assert.deepEqual(findings(org!, 'unused-definition'), []);
        const [withPlaybook] = await validateFiles({ 'org.playbook': 'role lonely "Lonely"', 'p.playbook': 'playbook p {\n}' });
        assert.deepEqual(findings(withPlaybook!, 'unused-definition').map(f => f.range), ['1:6-1:12']);
    });
});
