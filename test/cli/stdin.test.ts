import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { root, tempFolder } from './run-cli.js';
import { WAIT_LIMIT_MS } from '../helpers/limits.js';

/** Runs the bundled CLI with a text on its standard input. */
function withInput(args: readonly string[], input: string, cwd = root) {
    const run = spawnSync(process.execPath, [path.join(root, 'bin/playbook.js'), ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: WAIT_LIMIT_MS });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const TEAM = 'person alice "Alice" { phone "+1 555 0100" }\nrole lead "Lead" { section command }\nassign lead to alice backup alice\n';

describe('playbook and the standard input', () => {
    it('check --stdin --stdin-filename checks the text as that file: its imports, its config, its name', () => {
        const dir = tempFolder({
            'org/team.playbook': TEAM,
            'playbook.config.yaml': 'rules:\n  channel-owner: warning\n',
        });
        const text = 'import "../org/team.playbook"\n\nplaybook outage "Outage" {\n  owner lead\n  channel war-room chat "#inc"\n}\n';
        const run = withInput(['check', '--stdin', '--stdin-filename', 'playbooks/new.playbook', '-f', 'compact'], text, dir);
        assert.equal(run.stderr, '');
        assert.match(run.stdout, /^playbooks\/new\.playbook:5:11: warning: .* \[channel-owner\]\n$/);
        assert.equal(run.status, 0, 'warnings only, under the config of the folder the name is in');
    });

    it('check --stdin names the text <stdin> by default, and refuses paths beside it', () => {
        assert.match(withInput(['check', '--stdin', '-f', 'compact'], 'person x "X" {\n').stdout, /^<stdin>:1:15: error: .*\[parsing-error\]$/m);
        const both = withInput(['check', '--stdin', 'samples'], '');
        assert.equal(both.status, 2);
        assert.match(both.stderr, /reads the standard input only/);
        assert.equal(withInput(['check', '--stdin-filename', 'x.playbook'], '').status, 2);
    });

    it('fmt --stdin writes the canonical layout to the standard output, and nothing when the text does not parse', () => {
        const formatted = withInput(['fmt', '--stdin'], 'person  zoe "Zoe" {\nphone "+1 555 0199"\n}\n');
        assert.equal(formatted.stdout, 'person zoe "Zoe" {\n  phone "+1 555 0199"\n}\n');
        assert.equal(formatted.status, 0);
        const broken = withInput(['fmt', '--stdin'], 'person zoe {');
        assert.equal(broken.stdout, '');
        assert.equal(broken.status, 1);
        assert.match(broken.stderr, /syntax errors, so nothing was written/);
    });

    it('check /dev/stdin is a clear one-line refusal, not an internal error', () => {
        const run = withInput(['check', '/dev/stdin'], 'person x "X" {}\n');
        assert.equal(run.status, 2);
        assert.doesNotMatch(run.stderr, /internal error/);
        assert.equal(run.stderr.trim().split('\n').length, 1);
    });

    it('export ends its output with exactly one line break', () => {
        const run = withInput(['export', 'samples/playbooks/data-breach.playbook', '--format', 'json'], '');
        assert.equal(run.status, 0, run.stderr);
        assert.ok(run.stdout.endsWith('}\n') && !run.stdout.endsWith('\n\n'));
        const yaml = withInput(['export', 'samples/playbooks/data-breach.playbook', '--format', 'yaml'], '');
        assert.ok(yaml.stdout.endsWith('\n') && !yaml.stdout.endsWith('\n\n'), JSON.stringify(yaml.stdout.slice(-20)));
    });
});
