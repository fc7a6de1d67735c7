import { strict as assert } from 'node:assert';
import { check, findings, ORG, validateFiles } from '../helpers/validation.js';

describe('unassigned-role', () => {
    it('reports every use of a role nobody holds, naming the role and each user', async () => {
        const text = [
            'role scribe "Scribe"',
            'playbook p {',
            '  phase a {',
            '    step log "Keep the log" owner scribe',
            '    step more "More" owner scribe',
            '  }',
            '}',
        ].join('\n');
        assert.deepEqual(await check(text, 'unassigned-role'), [{
            code: 'unassigned-role', severity: 'error', range: '4:35-4:41',
            message: 'Nobody holds the role "scribe", which step "log" relies on. Assign it: assign scribe to <person, team or rotation>.',
        }, {
            code: 'unassigned-role', severity: 'error', range: '5:28-5:34',
            message: 'Nobody holds the role "scribe", which step "more" relies on. Assign it: assign scribe to <person, team or rotation>.',
        }]);
    });

    it('reports a role held only by an empty team', async () => {
        const text = 'team ghosts "Ghosts"\nrole scribe\nassign scribe to ghosts\nplaybook p {\n  channel log chat "#log" owner scribe\n}';
        assert.deepEqual((await check(text, 'unassigned-role')).map(f => [f.range, f.message]), [[
            '5:33-5:39',
            'The role "scribe", which channel "log" relies on, is assigned only to "ghosts", which has no members. Add members or assign the role to a person.',
        ]]);
    });

    it('near miss: an assignment in the playbook, or at the top level of another file, holds the role', async () => {
        const inPlaybook = 'role scribe\nplaybook p {\n  assign scribe to alice\n  review owner scribe within 5d\n}';
        assert.deepEqual(await check(inPlaybook, 'unassigned-role'), []);
        const [, playbook] = await validateFiles({
            'org.playbook': ORG,
            'playbook.playbook': 'playbook p {\n  trigger t { activated by scribe }\n}',
            'roles.playbook': 'role scribe\nassign scribe to bob',
        });
        assert.deepEqual(findings(playbook!, 'unassigned-role'), []);
    });

    it('checks roles the organisation relies on against top-level assignments', async () => {
        const text = 'role duty-officer\nchannel hotline phone "+1" owner duty-officer';
        assert.deepEqual((await check(text, 'unassigned-role')).map(f => f.range), ['2:34-2:46']);
    });
});

describe('no-backup', () => {
    it('reports a critical role whose assignment has no backup', async () => {
        const text = 'role safety "Safety officer" { critical }\nplaybook p {\n  assign safety to bob\n  phase a { step s owner safety }\n}';
        assert.deepEqual(await check(text, 'no-backup'), [{
            code: 'no-backup', severity: 'warning', range: '3:10-3:16',
            message: 'The critical role "safety" has no backup holder: if its holder is unreachable, nobody takes over. Add "backup <person, team or rotation>" to its assignment.',
        }]);
    });

    it('treats the incident commander and configured roles as critical', async () => {
        const commander = 'role ic "Incident commander" { section command }\nassign ic to bob';
        assert.deepEqual((await check(commander, 'no-backup')).map(f => f.range), ['2:8-2:10']);
        const configured = 'role legal "Legal"\nassign legal to bob';
        assert.deepEqual(await check(configured, 'no-backup'), []);
        const config = { rules: {}, ignore: [], criticalRoles: ['legal'] };
        assert.deepEqual((await check(configured, 'no-backup', { config })).map(f => f.range), ['2:8-2:13']);
    });

    it('near miss: a deputy is not the commander, and a backup that is a different holder counts', async () => {
        assert.deepEqual(await check('role deputy "Deputy incident commander" { section command }\nassign deputy to alice', 'no-backup'), []);
        assert.deepEqual(await check('role s { critical }\nassign s to bob backup alice', 'no-backup'), []);
        // Backing a holder up with themselves is no backup.
        assert.deepEqual((await check('role s { critical }\nassign s to bob backup bob', 'no-backup')).length, 1);
    });

    it('reports one person who alone holds several critical roles, on each of their assignments', async () => {
        const text = 'role a { critical }\nrole b { critical }\nassign a to bob backup sre\nassign b to bob backup sre';
        assert.deepEqual(await check(text, 'no-backup'), [
            {
                code: 'no-backup', severity: 'warning', range: '3:13-3:16',
                message: 'Person "bob" is the only holder of several critical roles ("a", "b"): one absence leaves all of them empty. Give one of them to someone else or add a second holder.',
            },
            {
                code: 'no-backup', severity: 'warning', range: '4:13-4:16',
                message: 'Person "bob" is the only holder of several critical roles ("a", "b"): one absence leaves all of them empty. Give one of them to someone else or add a second holder.',
            },
        ]);
    });
});
