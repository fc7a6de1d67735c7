import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/** Runs the bundled CLI as a user would (built by `npm run build`). */
function playbook(args: string[], cwd = root) {
    return spawnSync(process.execPath, [path.join(root, 'bin/playbook.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('playbook check (process)', () => {
    it('exits 0 and prints nothing for the samples', () => {
        const result = playbook(['check', 'samples/org', 'samples/playbooks']);
        assert.equal(result.stderr, '');
        assert.equal(result.stdout, '');
        assert.equal(result.status, 0);
    });

    it('exits 1 with one located diagnostic per invalid syntax sample', () => {
        const files = ['parse-error', 'missing-brace', 'unexpected-character', 'unresolved-reference', 'unresolved-import', 'invalid-date']
            .map(f => `samples/invalid/${f}.playbook`);
        const result = playbook(['check', ...files]);
        assert.equal(result.status, 1);
        const lines = result.stdout.trim().split('\n');
        assert.equal(lines.length, files.length);
        assert.ok(lines.includes('samples/invalid/unresolved-reference.playbook:4:44 error No role named "night-watch" is defined here or in the organisation files. Check the spelling, or define it. [linking-error]'), lines.join('\n'));
        for (const line of lines) {
            assert.match(line, /^samples\/invalid\/[a-z-]+\.playbook:\d+:\d+ error .+ \[[a-z-]+\]$/);
        }
    });

    it('exits 2 for a path that does not exist, and still checks the rest', () => {
        const result = playbook(['check', 'no/such/dir', 'samples/invalid/invalid-date.playbook']);
        assert.equal(result.status, 2);
        assert.equal(result.stderr.trim(), 'no/such/dir: no such file or directory');
        assert.match(result.stdout, /invalid-date\.playbook:3:12 error/);
    });

    it('exits 2 for a binary file and for invalid UTF-8, with one clear line each', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'playbook-cli-'));
        writeFileSync(path.join(dir, 'binary.playbook'), Buffer.from([0x70, 0x00, 0x01, 0x02]));
        writeFileSync(path.join(dir, 'latin1.playbook'), Buffer.from('playbook p "Caf\xe9" {}', 'latin1'));
        const result = playbook(['check', '.'], dir);
        assert.equal(result.status, 2);
        assert.deepEqual(result.stderr.trim().split('\n').sort(), [
            'binary.playbook: this is a binary file, not a playbook',
            'latin1.playbook: the file is not valid UTF-8; save it as UTF-8',
        ]);
    });

    it('exits 2 for an unknown command or option', () => {
        assert.equal(playbook(['lint']).status, 2);
        const result = playbook(['check', '--frobnicate']);
        assert.equal(result.status, 2);
        assert.match(result.stderr, /frobnicate/);
    });

    it('prints its version', () => {
        const result = playbook(['--version']);
        assert.equal(result.status, 0);
        assert.match(result.stdout.trim(), /^\d+\.\d+\.\d+$/);
    });
});
