import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { playbook, root } from './run-cli.js';

/** The sample playbooks outside samples/invalid, counted, so that a new sample needs no edit here. */
const SAMPLES = ['org', 'playbooks'].flatMap(dir => readdirSync(path.join(root, 'samples', dir)).filter(f => f.endsWith('.playbook'))).length;

const INVALID = ['parse-error', 'missing-brace', 'unexpected-character', 'unresolved-reference', 'unresolved-import', 'invalid-date']
    .map(f => `samples/invalid/${f}.playbook`);

describe('playbook check (process): exit codes and the workspace', () => {
    it('exits 0 for the samples, whose config ignores samples/invalid while searching', () => {
        const result = playbook(['check', 'samples']);
        assert.equal(result.stderr, '');
        assert.equal(result.stdout, `0 errors, 0 warnings in ${SAMPLES} files\n`);
        assert.equal(result.status, 0);
    });

    it('checks a folder named explicitly even though the config ignores it', () => {
        const result = playbook(['check', 'samples/invalid', '--format', 'compact']);
        assert.equal(result.status, 1);
        const files = new Set(result.stdout.trim().split('\n').map(line => line.split(':')[0]));
        for (const file of INVALID) {
            assert.ok(files.has(file), file);
        }
    });

    it('exits 1 with one located diagnostic per invalid sample (compact format)', () => {
        const result = playbook(['check', ...INVALID, '--format', 'compact']);
        assert.equal(result.status, 1);
        const lines = result.stdout.trim().split('\n');
        assert.equal(lines.length, INVALID.length);
        assert.ok(lines.includes('samples/invalid/unresolved-reference.playbook:4:44: error: No role named "night-watch" is defined here or in the organisation files. Check the spelling, or define it. [linking-error]'), lines.join('\n'));
        for (const line of lines) {
            assert.match(line, /^samples\/invalid\/[a-z-]+\.playbook:\d+:\d+: error: .+ \[[a-z-]+\]$/);
        }
    });

    it('links a playbook checked alone to the organisation files it imports', () => {
        const result = playbook(['check', 'samples/playbooks/service-outage.playbook', '--format', 'compact']);
        assert.equal(result.stdout, '');
        assert.equal(result.stderr, '');
        assert.equal(result.status, 0);
    });

    it('expands globs, applying the ignore patterns to what they find', () => {
        const all = playbook(['check', 'samples/**/*.playbook', '--format', 'json']);
        assert.equal(all.status, 0, all.stderr);
        const report = JSON.parse(all.stdout) as { files: string[] };
        assert.equal(report.files.length, SAMPLES);
        assert.ok(report.files.every(f => !f.startsWith('samples/invalid/')));
        const none = playbook(['check', 'samples/nothing-*.playbook']);
        assert.equal(none.status, 2);
        assert.equal(none.stderr.trim(), 'samples/nothing-*.playbook: no *.playbook files match this pattern');
    });

    it('lets the worst outcome win: an input error (2) over findings (1)', () => {
        const result = playbook(['check', 'no/such/dir', 'samples/invalid/invalid-date.playbook', '--format', 'compact']);
        assert.equal(result.status, 2);
        assert.equal(result.stderr.trim(), 'no/such/dir: no such file or directory');
        assert.match(result.stdout, /^samples\/invalid\/invalid-date\.playbook:3:12: error: /);
    });
});
