import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { playbook, root } from './run-cli.js';

/** Microsoft's SARIF multitool, a self-contained .NET program from the npm registry (devDependency). */
const MULTITOOL = path.join(root, 'node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');

interface ValidationLog { runs: Array<{ results?: Array<{ ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }> }> }

describe('SARIF that GitHub code scanning accepts (Microsoft SARIF multitool)', function () {
    // The multitool starts .NET; this only bounds a hang.
    this.timeout(300_000);

    it('validates the report of samples/invalid with the SARIF and GitHub rules: no error, no warning', function () {
        if (process.platform !== 'linux') {
            this.skip();
        }
        assert.ok(existsSync(MULTITOOL), 'npm ci installs @microsoft/sarif-multitool');
        const dir = mkdtempSync(path.join(tmpdir(), 'playbook-sarif-'));
        const report = path.join(dir, 'invalid.sarif');
        const check = playbook(['check', 'samples/invalid', '--format', 'sarif', '--output', report]);
        assert.equal(check.status, 1, check.stderr);
        const out = path.join(dir, 'validation.sarif');
        const run = spawnSync(MULTITOOL, ['validate', '--rule-kind', 'Sarif;Ghas', '--level', 'Error;Warning', '--output', out, report], {
            encoding: 'utf8', timeout: 280_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' },
        });
        assert.equal(run.status, 0, run.stdout + run.stderr);
        const results = (JSON.parse(readFileSync(out, 'utf8')) as ValidationLog).runs.flatMap(r => r.results ?? []);
        const serious = results.filter(r => (r.level ?? 'warning') !== 'note' && (r.level ?? 'warning') !== 'none');
        assert.deepEqual(serious.map(r => `${r.level ?? 'warning'} ${r.ruleId}`), [], run.stdout);
    });
});
