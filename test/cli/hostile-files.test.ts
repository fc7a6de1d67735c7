import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { root, tempFolder } from './run-cli.js';
import { WAIT_LIMIT_MS } from '../helpers/limits.js';

interface JsonReport {
    findings: Array<{ file: string; line: number; column: number; severity: string; code: string; message: string }>;
    problems: Array<{ path: string; message: string }>;
}

/**
 * Runs the bundled CLI and reports the peak memory of its process (maxRSS, read by a preloaded
 * hook as it exits). The limit is only there to stop a hang: minutes, never a speed assertion.
 */
function playbookMeasured(args: readonly string[], cwd: string) {
    const rssFile = path.join(mkdtempSync(path.join(tmpdir(), 'playbook-rss-')), 'rss');
    const hook = `import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));`;
    const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, path.join(root, 'bin/playbook.js'), ...args], {
        cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: WAIT_LIMIT_MS, maxBuffer: 64 * 1024 * 1024,
    });
    const kilobytes = Number(readFileSync(rssFile, 'utf8'));
    return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, megabytes: kilobytes / 1024 };
}

describe('playbook check on files that are not what they seem', () => {
    let dir: string;

    before(() => {
        dir = tempFolder({
            'main.playbook': 'import "notes.txt"\nimport "zero.playbook"\nimport "pipe.playbook"\nperson alice "Alice" { phone "+1 555 0100" }\n',
            'notes.txt': 'person bob "Bob"\n',
        });
        // A committed symbolic link to a device that never ends, and a FIFO nobody writes to.
        symlinkSync('/dev/zero', path.join(dir, 'zero.playbook'));
        execFileSync('mkfifo', [path.join(dir, 'pipe.playbook')]);
    });

    it('refuses a device behind a link, a FIFO and an imported text file, located, with little memory and no internal error', () => {
        const run = playbookMeasured(['check', '--format', 'json', '.'], dir);
        assert.equal(run.signal, null, 'the run ended by itself');
        assert.equal(run.status, 2, run.stderr);
        assert.doesNotMatch(run.stderr, /internal error/);
        assert.ok(run.megabytes < 200, `peak memory ${run.megabytes.toFixed(0)} MB`);
        const report = JSON.parse(run.stdout) as JsonReport;
        assert.deepEqual(report.problems.map(p => p.message).sort(), [
            'pipe.playbook: is a FIFO (named pipe), not a file; only regular files are read',
            'zero.playbook: is a device, not a file; only regular files are read',
        ]);
        assert.deepEqual(report.findings.map(f => [f.file, f.line, f.column, f.code, f.message]), [
            ['main.playbook', 1, 8, 'unresolved-import', 'The imported file "notes.txt" is not a playbook: only files named *.playbook can be imported.'],
            ['main.playbook', 2, 8, 'unresolved-import',
                'The imported file "zero.playbook" cannot be read. zero.playbook: is a device, not a file; only regular files are read'],
            ['main.playbook', 3, 8, 'unresolved-import',
                'The imported file "pipe.playbook" cannot be read. pipe.playbook: is a FIFO (named pipe), not a file; only regular files are read'],
        ]);
    });

    it('refuses a file named on the command line that is a device, in one line', () => {
        const run = playbookMeasured(['check', '/dev/zero'], dir);
        assert.equal(run.status, 2);
        assert.equal(run.stderr, '/dev/zero: is a device, not a file; only regular files are read\n');
        assert.ok(run.megabytes < 200, `peak memory ${run.megabytes.toFixed(0)} MB`);
    });

    it('counts the bytes it reads: a file that reports size 0 is read, one over the limit is refused', () => {
        const sized = tempFolder({ 'ok.playbook': 'person carol "Carol" { phone "+1 555 0101" }\n' });
        // A sparse file: 11 MB on paper; the limit is 10 MB.
        writeFileSync(path.join(sized, 'big.playbook'), '');
        truncateSync(path.join(sized, 'big.playbook'), 11 * 1024 * 1024);
        // /proc files are regular files that report size 0 and still have content.
        symlinkSync('/proc/self/status', path.join(sized, 'status.playbook'));
        const run = playbookMeasured(['check', '--format', 'json', '.'], sized);
        const report = JSON.parse(run.stdout) as JsonReport;
        assert.deepEqual(report.problems.map(p => p.message), ['big.playbook: the file is larger than 10 MB; split it into several playbooks']);
        assert.ok(report.findings.some(f => f.file === 'status.playbook' && /^(lexing|parsing)-error$/.test(f.code)), 'the size-0 file was read and parsed');
    });

    it('checks a file named explicitly as a playbook whatever its name or case', () => {
        const named = tempFolder({
            'UPPER.PLAYBOOK': 'person dave "Dave" { phone "+1 555 0102" }\n',
            'plain.txt': 'person erin "Erin" {\n',
        });
        const run = playbookMeasured(['check', '--format', 'json', 'UPPER.PLAYBOOK', 'plain.txt'], named);
        assert.doesNotMatch(run.stderr, /internal error/);
        const report = JSON.parse(run.stdout) as JsonReport;
        assert.deepEqual(report.problems, []);
        assert.ok(report.findings.some(f => f.file === 'plain.txt' && f.code === 'parsing-error'), 'plain.txt was parsed as a playbook');
        assert.ok(!report.findings.some(f => f.file === 'UPPER.PLAYBOOK' && f.severity === 'error'), JSON.stringify(report.findings));
        // Searching a folder finds .PLAYBOOK as well: the name's case does not decide.
        const searched = JSON.parse(playbookMeasured(['check', '--format', 'json', '.'], named).stdout) as { files: string[] };
        assert.deepEqual(searched.files, ['UPPER.PLAYBOOK']);
    });
});
