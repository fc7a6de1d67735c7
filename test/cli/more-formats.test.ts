import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { playbook } from './run-cli.js';

const OWNER = 'samples/invalid/channel-owner.playbook';
const MESSAGE = 'Channel "war-room" has no owner: nobody is responsible for opening it and keeping it working. Add "owner <role or person>".';

describe('playbook check: gitlab, checkstyle, and several reports in one run', () => {
    it('gitlab: Code Quality entries with a stable fingerprint, severity and position', () => {
        const run = playbook(['check', OWNER, '-f', 'gitlab']);
        assert.equal(run.status, 1);
        const issues = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
        assert.deepEqual(issues.map(i => ({ ...i, fingerprint: typeof i.fingerprint })), [{
            description: MESSAGE, check_name: 'channel-owner', fingerprint: 'string', severity: 'major',
            location: { path: OWNER, positions: { begin: { line: 7, column: 11 }, end: { line: 7, column: 19 } } },
        }]);
        assert.equal(JSON.parse(playbook(['check', OWNER, '-f', 'gitlab']).stdout)[0].fingerprint, issues[0]!.fingerprint, 'the same on every run');
    });

    it('checkstyle: one file element per file, one error per finding, the code as source', () => {
        const run = playbook(['check', OWNER, '-f', 'checkstyle']);
        assert.equal(run.stdout, [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<checkstyle version="4.3">',
            `  <file name="${OWNER}">`,
            `    <error line="7" column="11" severity="error" message="${MESSAGE.replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}" source="playbook.channel-owner" />`,
            '  </file>',
            '</checkstyle>',
            '',
        ].join('\n'));
    });

    it('writes a readable log and SARIF in one run, and refuses two reports on one destination', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'playbook-reports-'));
        const sarif = path.join(dir, 'results.sarif');
        const run = playbook(['check', OWNER, '--format', 'stylish', '--format', 'sarif', '--output-file', `sarif=${sarif}`]);
        assert.equal(run.status, 1);
        assert.match(run.stdout, /^1 error, 0 warnings in 1 file$/m);
        const log = JSON.parse(readFileSync(sarif, 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
        assert.deepEqual(log.runs[0]!.results.map(r => r.ruleId), ['channel-owner']);
        const shared = playbook(['check', OWNER, '-f', 'json', '-f', 'sarif']);
        assert.equal(shared.status, 2);
        assert.match(shared.stderr, /^Two reports would go to the standard output/);
        assert.equal(playbook(['check', OWNER, '--output-file', 'sarif=x.sarif']).status, 2, 'a file for a format not asked for');
    });
});
