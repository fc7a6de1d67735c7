import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { root } from './run-cli.js';

const MB = 1024 * 1024;

/** Runs `playbook check` on `files` (name to text) and returns the young generation's size at exit, in MB. */
function youngGenerationAfterCheck(files: Record<string, string>): number {
    const dir = mkdtempSync(path.join(tmpdir(), 'playbook-memory-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    const report = path.join(dir, 'young');
    const hook = `import v8 from 'node:v8'; import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(report)}, String(v8.getHeapSpaceStatistics().find(s => s.space_name === 'new_space').space_size)));`;
    const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, path.join(root, 'bin/playbook.js'), 'check', dir], { encoding: 'utf8', maxBuffer: 64 * MB });
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    assert.equal(result.stderr, '');
    assert.match(result.stdout, new RegExp(`in ${Object.keys(files).length} files?\\n$`));
    return Number(readFileSync(report, 'utf8')) / MB;
}

describe('playbook check (process): memory', () => {
    const sample = readFileSync(path.join(root, 'samples/playbooks/service-outage.playbook'), 'utf8');
    const copy = (i: number) => sample.replace(/^playbook service-outage\b/m, `playbook copy-${i}`);

    it('stops its young generation growing before it parses a file of a megabyte or more', () => {
        // One file of 300 playbooks, about 1.3 MB: V8 would grow the young generation to 128 MB while parsing it.
        const young = youngGenerationAfterCheck({ 'large.playbook': Array.from({ length: 300 }, (_, i) => copy(i)).join('\n') });
        assert.ok(young <= 16, `young generation ${young.toFixed(1)} MB`);
    });

    it('stops its young generation growing once it reaches 32 MB, for many small files', () => {
        const files = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`copy-${i}.playbook`, copy(i)]));
        const young = youngGenerationAfterCheck(files);
        assert.ok(young <= 64, `young generation ${young.toFixed(1)} MB`);
    });
});
