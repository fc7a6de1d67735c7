import { strict as assert } from 'node:assert';
import { parseConfig } from '../../server/src/config/playbook-config.js';
import { check } from '../helpers/validation.js';

const channels = `  severity sev1 { respond within 5m resolve within 1h }
  channel a chat "#a" owner commander
  channel b chat "#b" owner commander
  channel c chat "#c" owner commander backup a
  channel partner web "https://partner.example.com" external`;

describe('channel-backup and channel-owner: no false alarms', () => {
    it('checks every channel of a rule that names several, unless the rule says they are redundant', async () => {
        const text = `playbook p {\n${channels}\n  notify executives via a, c every 1h owner commander\n  notify customers via b, c redundant every 1h owner commander\n}`;
        assert.deepEqual((await check(text, 'channel-backup')).map(f => f.message), [
            'Channel "a" carries communication for the most severe level "sev1" but has no backup channel. Add "backup <channel>" for when it fails.',
        ]);
    });

    it('asks no backup for a rule that fires only on resolve or close, nor for an external channel', async () => {
        const text = `playbook p {\n${channels}\n  notify customers via b on resolve owner commander\n  notify partners via partner every 1h owner commander\n}`;
        assert.deepEqual(await check(text, 'channel-backup'), []);
        assert.deepEqual(await check(text, 'channel-owner'), []);
    });
});

describe('no-backup: every owning role of the most severe level, configurable', () => {
    const text = 'role legal { section planning }\nrole spare { section planning critical }\nperson carol { phone "+48221234567" }\nassign spare to carol\nplaybook p {\n  severity sev1 { respond within 5m resolve within 1h }\n  assign legal to carol\n  phase a {\n    step s owner legal\n  }\n}';

    it('reports an owner with no backup on its assignment; not a critical role that nothing uses', async () => {
        assert.deepEqual((await check(text, 'no-backup')).map(f => [f.range, f.message]), [
            ['7:10-7:15', 'The role "legal" owns step "s" but has no backup holder: if its holder is unreachable, that work stops. Add "backup <person, team or rotation>" to its assignment.'],
        ]);
    });

    it('asks no backup for a role that only an unused definition names; a holder named only as a backup is used', async () => {
        const onlyUnused = 'role safety { section operations critical }\nassign safety to alice\nchannel old chat "#old" owner safety\nplaybook p {\n  phase a {\n    step s owner commander\n  }\n}';
        assert.deepEqual(await check(onlyUnused, 'no-backup'), []);
        assert.deepEqual((await check(onlyUnused, 'unused-definition')).map(f => f.message), ['The channel "old" is not used anywhere. Remove it, or use it.']);
        // Once something relies on the channel, the role it names needs its backup.
        const relied = onlyUnused.replace('step s owner commander', 'step s owner commander\n  }\n  notify responders via old on start owner commander\n  phase b {\n    step t owner commander');
        assert.deepEqual((await check(relied, 'no-backup')).map(f => f.range), ['2:8-2:14', '2:18-2:23']);
        const backupOnly = 'person dan { phone "+48221234568" }\nrole legal { section planning }\nplaybook p {\n  severity sev1 { respond within 5m resolve within 1h }\n  assign legal to alice backup dan\n  phase a {\n    step s owner legal\n  }\n}';
        assert.deepEqual(await check(backupOnly, 'no-backup'), []);
        assert.deepEqual(await check(backupOnly, 'unused-definition'), []);
    });

    it('roles: critical keeps only the critical roles', async () => {
        const config = parseConfig('rules:\n  no-backup: { roles: critical }\n').config;
        assert.deepEqual(await check(text, 'no-backup', { config }), []);
    });
});

describe('rule options in playbook.config.yaml', () => {
    it('reads options, checks names and values against the catalogue, with did-you-mean', () => {
        assert.deepEqual(parseConfig('rules:\n  no-backup: { level: error, roles: all-owners }\n').config.ruleOptions, { 'no-backup': { roles: 'all-owners' } });
        assert.deepEqual(parseConfig('rules:\n  no-backup: { level: error }\n').config.rules, { 'no-backup': 'error' });
        assert.deepEqual(parseConfig('rules:\n  no-backup: { role: critical, roles: owners, level: loud }\n  missing-response-target: { resolve: maybe }\n').problems.map(p => [p.line, p.column, p.message]), [
            [2, 16, 'Rule "no-backup" has no option "role". Did you mean "roles"? Its settings are: "level", "roles".'],
            [2, 39, '"owners" is not a value of option "roles" of rule "no-backup". Use one of: all-owners, critical.'],
            [2, 54, '"loud" is not a level for rule "no-backup". Use one of: error, warning, info, hint, off.'],
            [3, 39, 'Option "resolve" of rule "missing-response-target" is true or false, not "maybe".'],
        ]);
    });
});
