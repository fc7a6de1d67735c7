import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { playbook, tempFolder } from './run-cli.js';

/** One error (channel-owner in outage.playbook) and one warning (unreachable-contact in team.playbook). */
const FILES = {
    'team.playbook': [
        'person alice "Alice Nowak" { phone "+48 600 100 200" }',
        'person bob "Bob Kowalski" { }',
        'role commander "Incident commander" { section command }',
        'assign commander to alice backup bob',
        '',
    ].join('\n'),
    'outage.playbook': [
        'import "team.playbook"',
        '',
        'playbook outage "Outage" {',
        '  owner commander',
        '  channel war-room chat "#inc"',
        '  notify responders via war-room on start owner commander',
        '}',
        '',
    ].join('\n'),
};
const ERROR = 'outage.playbook:5:11: error: Channel "war-room" has no owner: nobody is responsible for opening it and keeping it working. Add "owner <role or person>". [channel-owner]';
const WARNING = 'team.playbook:2:8: warning: Person "bob" has no way to be contacted. Add a phone, sms, email, chat, app or pager line. [unreachable-contact]';

describe('playbook check (process): options and config', () => {
    it('reports errors and warnings at their default severities, exit 1', () => {
        const result = playbook(['check', '-f', 'compact'], { cwd: tempFolder(FILES) });
        assert.equal(result.stdout, `${ERROR}\n${WARNING}\n`);
        assert.equal(result.status, 1);
    });

    it('--rule turns a rule off or changes its severity, and repeats', () => {
        const dir = tempFolder(FILES);
        const off = playbook(['check', '-f', 'compact', '--rule', 'channel-owner=off'], { cwd: dir });
        assert.equal(off.stdout, `${WARNING}\n`);
        assert.equal(off.status, 0, 'warnings alone do not fail');
        const both = playbook(['check', '-f', 'compact', '--rule', 'channel-owner=warning', '--rule=unreachable-contact=error'], { cwd: dir });
        assert.equal(both.stdout, `${ERROR.replace(': error: ', ': warning: ')}\n${WARNING.replace(': warning: ', ': error: ')}\n`);
        assert.equal(both.status, 1);
    });

    it('--max-warnings fails a run with more warnings than allowed', () => {
        const dir = tempFolder(FILES);
        const within = playbook(['check', '--rule', 'channel-owner=off', '--max-warnings', '1'], { cwd: dir });
        assert.equal(within.status, 0);
        const over = playbook(['check', '--rule', 'channel-owner=off', '--max-warnings', '0'], { cwd: dir });
        assert.equal(over.status, 1);
        assert.equal(over.stderr, 'Too many warnings: 1, and --max-warnings allows 0.\n');
    });

    it('--quiet reports errors only', () => {
        const result = playbook(['check', '--quiet'], { cwd: tempFolder(FILES) });
        assert.ok(!result.stdout.includes('unreachable-contact'));
        assert.match(result.stdout, /channel-owner\n\n1 error, 0 warnings in 2 files\n$/);
        assert.equal(result.status, 1);
    });

    it('reads the nearest playbook.config.yaml, or the one --config names, and --rule wins over it', () => {
        const dir = tempFolder({
            ...FILES,
            'playbook.config.yaml': 'rules:\n  channel-owner: off\n',
            'strict.yaml': 'rules:\n  unreachable-contact: error\n',
        });
        assert.equal(playbook(['check', '-f', 'compact'], { cwd: dir }).stdout, `${WARNING}\n`);
        assert.equal(playbook(['check', '-f', 'compact'], { cwd: path.join(dir) }).status, 0);
        const named = playbook(['check', '-f', 'compact', '--config', 'strict.yaml'], { cwd: dir });
        assert.equal(named.stdout, `${ERROR}\n${WARNING.replace(': warning: ', ': error: ')}\n`);
        const overridden = playbook(['check', '-f', 'compact', '--rule', 'channel-owner=error'], { cwd: dir });
        assert.equal(overridden.stdout, `${ERROR}\n${WARNING}\n`);
    });

    it('reports mistakes in the config as findings of the config file, exit 2', () => {
        const dir = tempFolder({ ...FILES, 'playbook.config.yaml': 'rules:\n  chanel-owner: off\n' });
        const result = playbook(['check', '-f', 'compact'], { cwd: dir });
        assert.equal(result.status, 2);
        const lines = result.stdout.trim().split('\n');
        assert.match(lines[0]!, /^playbook\.config\.yaml:2:3: error: .*"chanel-owner".* \[invalid-config\]$/);
        assert.deepEqual(lines.slice(1), [ERROR, WARNING], 'the playbooks are still checked');
    });

    it('--output writes the report to a file (creating its folder) and nothing to the standard output', () => {
        const dir = tempFolder(FILES);
        const result = playbook(['check', '--format', 'json', '--output', 'reports/lint.json'], { cwd: dir });
        assert.equal(result.status, 1);
        assert.equal(result.stdout, '');
        const report = JSON.parse(readFileSync(path.join(dir, 'reports/lint.json'), 'utf8')) as { totals: { errors: number; warnings: number } };
        assert.deepEqual([report.totals.errors, report.totals.warnings], [1, 1]);
    });

    it('says in one line when the output cannot be written, exit 2', () => {
        const dir = tempFolder({ ...FILES, 'taken': 'a file where a folder should be' });
        const result = playbook(['check', '--output', 'taken/lint.txt'], { cwd: dir });
        assert.equal(result.status, 2);
        assert.match(result.stderr, /^taken\/lint\.txt: cannot write the file \(.+\)\n$/);
    });
});
