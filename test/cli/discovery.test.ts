import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { playbook, root, tempFolder } from './run-cli.js';

interface Report { findings: Array<{ file: string; line: number; column: number; severity: string; code: string; message: string }> }

/** The findings of a run, with each file made absolute so that runs from different folders compare. */
function findings(args: readonly string[], cwd: string) {
    const run = playbook(['check', '-f', 'json', ...args], { cwd });
    const report = JSON.parse(run.stdout) as Report;
    return { status: run.status, findings: report.findings.map(f => ({ ...f, file: path.resolve(cwd, f.file) })) };
}

const TEAM = 'person alice "Alice" { phone "+1 555 0100" }\nperson bob "Bob" { }\nrole lead "Lead" { section command }\nassign lead to alice backup bob\n';
const OUTAGE = 'import "../org/team.playbook"\n\nplaybook outage "Outage" {\n  owner lead\n  channel war-room chat "#inc"\n}\n';

describe('playbook check finds each file\'s workspace and config as ESLint does', () => {
    it('gives a sample the same diagnostics from the repository root, its own folder and an unrelated folder', () => {
        const file = path.join(root, 'samples/invalid/unused-definition.playbook');
        const fromRoot = findings([file], root);
        assert.ok(fromRoot.findings.length > 0, 'the sample has findings');
        assert.deepEqual(findings([file], path.dirname(file)), fromRoot);
        assert.deepEqual(findings([file], mkdtempSync(path.join(tmpdir(), 'elsewhere-'))), fromRoot);
    });

    it('without a config, the repository (.git) is the workspace, so imports in it resolve from any folder', () => {
        const repo = tempFolder({ 'org/team.playbook': TEAM, 'playbooks/outage.playbook': OUTAGE });
        mkdirSync(path.join(repo, '.git'));
        const file = path.join(repo, 'playbooks/outage.playbook');
        const here = findings([file], path.dirname(file));
        assert.ok(!here.findings.some(f => f.code === 'import-outside-workspace' || f.code === 'unresolved-import'), JSON.stringify(here.findings));
        assert.deepEqual(findings([file], mkdtempSync(path.join(tmpdir(), 'elsewhere-'))), here);
        assert.deepEqual(findings(['playbooks/outage.playbook'], repo), here);
    });

    it('the nearest config wins: a nested playbook.config.yaml replaces the outer one for the files below it', () => {
        const repo = tempFolder({
            'playbook.config.yaml': 'rules:\n  channel-owner: warning\n',
            'org/team.playbook': TEAM,
            'playbooks/outage.playbook': OUTAGE,
            'strict/playbook.config.yaml': 'rules:\n  channel-owner: error\n',
            'strict/org/team.playbook': TEAM,
            'strict/playbooks/outage.playbook': OUTAGE,
        });
        const levels = (run: ReturnType<typeof findings>) => run.findings.filter(f => f.code === 'channel-owner').map(f => [path.relative(repo, f.file), f.severity]);
        const all = findings(['.'], repo);
        assert.deepEqual(levels(all), [['playbooks/outage.playbook', 'warning'], ['strict/playbooks/outage.playbook', 'error']]);
        assert.deepEqual(levels(findings(['.'], path.join(repo, 'strict'))), [['strict/playbooks/outage.playbook', 'error']]);
        // --config names one config for every file.
        const named = findings(['--config', path.join(repo, 'playbook.config.yaml'), '.'], repo);
        assert.deepEqual(levels(named), [['playbooks/outage.playbook', 'warning'], ['strict/playbooks/outage.playbook', 'warning']]);
    });

    it('--print-config shows what applies to a file', () => {
        const repo = tempFolder({
            'playbook.config.yaml': 'rules:\n  channel-owner: warning\nignore:\n  - drafts/**\n',
            'strict/playbook.config.yaml': 'rules:\n  channel-owner: error\n',
            'strict/x.playbook': TEAM,
        });
        const run = playbook(['check', '--print-config', 'strict/x.playbook', '--rule', 'no-backup=off'], { cwd: repo });
        assert.equal(run.status, 0, run.stderr);
        const printed = JSON.parse(run.stdout) as { workspaceRoot: string; configFile: string; rules: Record<string, string>; ignore: string[] };
        assert.equal(printed.workspaceRoot, 'strict');
        assert.equal(printed.configFile, path.join('strict', 'playbook.config.yaml'));
        assert.equal(printed.rules['channel-owner'], 'error');
        assert.equal(printed.rules['no-backup'], 'off');
        assert.deepEqual(printed.ignore, [], 'the nested config replaces the outer one');
    });
});
