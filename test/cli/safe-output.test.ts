import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import * as path from 'node:path';
import { playbook, root, tempFolder } from './run-cli.js';
import { WAIT_LIMIT_MS } from '../helpers/limits.js';

const TEAM = 'person alice "Alice" { phone "+1 555 0100" }\nrole lead "Lead" { section command }\nassign lead to alice backup alice\n';
const OUTAGE = 'import "team.playbook"\n\nplaybook outage "Outage" {\n  owner lead\n}\n';

/** A file with many errors (each person defined twice), so that its report is long. */
function manyErrors(count: number): string {
    return Array.from({ length: count }, (_, i) => `person p${i} "P" { phone "+1 555 0100" }\nperson p${i} "P" { phone "+1 555 0100" }\n`).join('');
}

describe('playbook writes safely', () => {
    it('refuses an --output that is one of the files read, and leaves it as it was', () => {
        const dir = tempFolder({ 'team.playbook': TEAM, 'outage.playbook': OUTAGE });
        for (const target of ['outage.playbook', 'team.playbook', './sub/../team.playbook']) {
            const run = playbook(['check', 'outage.playbook', '-o', target], { cwd: dir });
            assert.equal(run.status, 2);
            assert.equal(run.stderr, `${target}: is one of the files being read; the report would overwrite it. Name another --output file.\n`);
        }
        assert.equal(readFileSync(path.join(dir, 'team.playbook'), 'utf8'), TEAM);
        assert.equal(readFileSync(path.join(dir, 'outage.playbook'), 'utf8'), OUTAGE);
    });

    it('fmt replaces a file by renaming a complete copy over it: new inode, same permissions, no temporary file left, links kept', () => {
        const dir = tempFolder({ 'messy.playbook': 'person  zoe "Zoe" {\nphone "+1 555 0199"\n}\n' });
        const file = path.join(dir, 'messy.playbook');
        chmodSync(file, 0o640);
        symlinkSync('messy.playbook', path.join(dir, 'link.playbook'));
        const before = statSync(file);
        const run = playbook(['fmt', 'link.playbook'], { cwd: dir });
        assert.equal(run.status, 0, run.stderr);
        const after = statSync(file);
        assert.notEqual(after.ino, before.ino, 'a new file was renamed into place, not written in place');
        assert.equal(after.mode & 0o777, 0o640);
        assert.equal(readFileSync(file, 'utf8'), 'person zoe "Zoe" {\n  phone "+1 555 0199"\n}\n');
        assert.ok(lstatSync(path.join(dir, 'link.playbook')).isSymbolicLink(), 'the link is still a link');
        assert.deepEqual(readdirSync(dir).sort(), ['link.playbook', 'messy.playbook']);
    });

    it('ends quietly when the reader goes away (| head -1), with the exit code the checks earned', () => {
        const dir = tempFolder({ 'many.playbook': manyErrors(1000) });
        const bin = path.join(root, 'bin/playbook.js');
        const run = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" check -f compact many.playbook | head -1; echo "exit \${PIPESTATUS[0]}" >&2`], {
            cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: WAIT_LIMIT_MS,
        });
        assert.match(run.stdout, /^many\.playbook:1:8: error: .*\[duplicate-name\]\n$/);
        assert.equal(run.stderr, 'exit 1\n');
    });

    it('says in one line when the disk is full, for the standard output and for --output', () => {
        const dir = tempFolder({ 'many.playbook': manyErrors(50) });
        const bin = path.join(root, 'bin/playbook.js');
        const stdout = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" check many.playbook > /dev/full`], { cwd: dir, encoding: 'utf8', timeout: WAIT_LIMIT_MS });
        assert.equal(stdout.stderr, 'playbook: cannot write the standard output (no space left on the device)\n');
        assert.equal(stdout.status, 2);
        const output = playbook(['check', 'many.playbook', '-o', '/dev/full'], { cwd: dir });
        assert.equal(output.stderr, '/dev/full: cannot write the file (no space left on the device)\n');
        assert.equal(output.status, 2);
    });
});
