import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { formatPlaybookText } from '../../server/src/lsp/format-text.js';
import { playbook, tempFolder } from './run-cli.js';

const MESSY = 'playbook   messy "Messy"{\nversion "1"\n    reviewed 2026-10-01 every 90d\n}\n';
const TIDY = 'playbook tidy "Tidy" {\n  version "1"\n}\n';
const BROKEN = 'playbook broken "Broken" {\n  version 1\n';

describe('playbook fmt (process)', () => {
    it('--check changes nothing, lists the files that would change, and exits 1', () => {
        const dir = tempFolder({ 'messy.playbook': MESSY, 'tidy.playbook': TIDY });
        const result = playbook(['fmt', '--check'], { cwd: dir });
        assert.equal(result.status, 1);
        assert.equal(result.stdout, 'messy.playbook: would be reformatted\n');
        assert.equal(readFileSync(path.join(dir, 'messy.playbook'), 'utf8'), MESSY);
    });

    it('rewrites files with the editor formatter, after which --check passes', async () => {
        const dir = tempFolder({ 'messy.playbook': MESSY, 'tidy.playbook': TIDY });
        const result = playbook(['fmt', '.'], { cwd: dir });
        assert.equal(result.status, 0);
        assert.equal(result.stdout, 'messy.playbook: reformatted\n');
        const rewritten = readFileSync(path.join(dir, 'messy.playbook'), 'utf8');
        assert.equal(rewritten, await formatPlaybookText(MESSY));
        assert.equal(rewritten, 'playbook messy "Messy" {\n  version "1"\n  reviewed 2026-10-01 every 90d\n}\n');
        assert.equal(readFileSync(path.join(dir, 'tidy.playbook'), 'utf8'), TIDY);
        assert.equal(playbook(['fmt', '--check'], { cwd: dir }).status, 0);
    });

    it('leaves a file with syntax errors as it is and says so, exit 1', () => {
        const dir = tempFolder({ 'broken.playbook': BROKEN });
        const result = playbook(['fmt'], { cwd: dir });
        assert.equal(result.status, 1);
        assert.equal(result.stderr, 'broken.playbook: has syntax errors, left as it is; run "playbook check broken.playbook" to see them\n');
        assert.equal(readFileSync(path.join(dir, 'broken.playbook'), 'utf8'), BROKEN);
    });

    it('keeps every sample in canonical layout', () => {
        const result = playbook(['fmt', '--check', 'samples/org', 'samples/playbooks']);
        assert.equal(result.stdout, '');
        assert.equal(result.status, 0);
    });

    it('reports a missing path with exit 2', () => {
        const result = playbook(['fmt', 'nowhere'], { cwd: tempFolder({}) });
        assert.equal(result.status, 2);
        assert.equal(result.stderr, 'nowhere: no such file or directory\n');
    });
});
