import { strict as assert } from 'node:assert';
import { chmodSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { playbook, tempFolder } from './run-cli.js';

/** A playbook with nothing wrong; each file of a folder needs its own name. */
const good = (name = 'good') => `playbook ${name} "A playbook with nothing wrong" {\n}\n`;

describe('playbook check (process): bad input gets one clear line, the rest is still checked', () => {
    it('reports binary and non-UTF-8 files, checks the others, and exits 2', () => {
        const dir = tempFolder({
            'binary.playbook': Buffer.from([0x70, 0x00, 0x01, 0x02]),
            'latin1.playbook': Buffer.from('playbook p "Caf\xe9" {}', 'latin1'),
            'bad-date.playbook': 'playbook d "D" {\n  reviewed 2026-02-30 every 90d\n}\n',
        });
        const result = playbook(['check', '.', '--format', 'compact'], { cwd: dir });
        assert.equal(result.status, 2);
        assert.deepEqual(result.stderr.trim().split('\n').sort(), [
            'binary.playbook: this is a binary file, not a playbook',
            'latin1.playbook: the file is not valid UTF-8; save it as UTF-8',
        ]);
        assert.match(result.stdout, /^bad-date\.playbook:2:12: error: "2026-02-30" is not a calendar date/);
        assert.doesNotMatch(result.stderr + result.stdout, /\n\s+at /, 'no stack trace');
    });

    it('reports a file over 10 MB without reading it', () => {
        const dir = tempFolder({ 'huge.playbook': Buffer.alloc(10 * 1024 * 1024 + 1, 0x20), 'good.playbook': good() });
        const result = playbook(['check', '.'], { cwd: dir });
        assert.equal(result.status, 2);
        assert.equal(result.stderr, 'huge.playbook: the file is larger than 10 MB; split it into several playbooks\n');
        assert.equal(result.stdout, '0 errors, 0 warnings in 1 file\n');
    });

    it('reports a missing path and a folder without playbooks', () => {
        const dir = tempFolder({ 'empty/readme.txt': 'nothing here', 'good.playbook': good() });
        const result = playbook(['check', 'missing.playbook', 'empty', 'good.playbook'], { cwd: dir });
        assert.equal(result.status, 2);
        assert.deepEqual(result.stderr.trim().split('\n'), [
            'missing.playbook: no such file or directory',
            'empty: no *.playbook files found',
        ]);
        assert.equal(result.stdout, '0 errors, 0 warnings in 1 file\n');
    });

    it('reports a file that cannot be read (a link to itself), and one without permission when not root', () => {
        const dir = tempFolder({ 'good.playbook': good(), 'locked.playbook': good('locked') });
        symlinkSync('loop.playbook', path.join(dir, 'loop.playbook'));
        chmodSync(path.join(dir, 'locked.playbook'), 0o000);
        const result = playbook(['check', '.'], { cwd: dir });
        assert.equal(result.status, 2);
        const lines = result.stderr.trim().split('\n');
        assert.ok(lines.includes('loop.playbook: cannot read the file (too many symbolic links, or a link that points to itself)'), result.stderr);
        // root reads any file whatever its mode, so the permission case only shows for other users.
        const root = process.getuid?.() === 0;
        assert.equal(lines.includes('locked.playbook: cannot read the file (permission denied)'), !root, result.stderr);
        assert.equal(result.stdout, root ? '0 errors, 0 warnings in 2 files\n' : '0 errors, 0 warnings in 1 file\n');
    });

    it('reports a folder whose playbooks are all ignored by the config', () => {
        const dir = tempFolder({ 'playbook.config.yaml': 'ignore:\n  - drafts/*.playbook\n', 'drafts/a.playbook': good('a'), 'drafts/b.playbook': good('b') });
        const result = playbook(['check'], { cwd: dir });
        assert.equal(result.status, 2);
        assert.equal(result.stderr, '.: all 2 *.playbook files found here are ignored by the config; name a file or folder to check it anyway\n');
        const named = playbook(['check', 'drafts/a.playbook'], { cwd: dir });
        assert.equal(named.status, 0, named.stderr);
        assert.equal(named.stdout, '0 errors, 0 warnings in 1 file\n');
    });
});
