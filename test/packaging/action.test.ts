import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { tempFolder } from '../cli/run-cli.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Step { id?: string; run?: string; env?: Record<string, string> }

/** Runs the action's check step as the runner would: bash, inputs in the environment, the CLI on PATH. */
function runCheckStep(cwd: string, paths: string) {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Step[] } };
    assert.equal(action.runs.using, 'composite');
    const step = action.runs.steps.find(s => s.id === 'check')!;
    const bin = path.join(cwd, '.bin');
    mkdirSync(bin);
    symlinkSync(path.join(ROOT, 'bin/playbook.js'), path.join(bin, 'playbook'));
    const output = path.join(cwd, '.github-output');
    const run = spawnSync('bash', ['-e', '-c', step.run!], {
        cwd, encoding: 'utf8', timeout: 180_000,
        env: { ...process.env, NO_COLOR: '1', PATHS: paths, SARIF: 'out/playbook.sarif', GITHUB_OUTPUT: output,
            PATH: `${bin}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}` },
    });
    return { ...run, output: readFileSync(output, 'utf8') };
}

describe('the GitHub Action (action.yml)', () => {
    it('annotates, writes SARIF and passes the exit code on, for paths with spaces', () => {
        const dir = tempFolder({ 'my playbooks/bad.playbook': 'person x "X" {\n', 'org/ok.playbook': 'person y "Y" { phone "+1 555 0100" }\n' });
        const run = runCheckStep(dir, 'my playbooks\norg\n');
        assert.equal(run.status, 0, run.stderr);
        assert.match(run.stdout, /^::error file=my playbooks\/bad\.playbook,line=1,col=\d+,.*title=parsing-error::/m);
        assert.equal(run.output, 'exit-code=1\n');
        const sarif = JSON.parse(readFileSync(path.join(dir, 'out/playbook.sarif'), 'utf8')) as { runs: Array<{ results: unknown[] }> };
        assert.ok(sarif.runs[0]!.results.length > 0);
    });
});
