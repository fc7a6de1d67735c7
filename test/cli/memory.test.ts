import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { root } from './run-cli.js';

describe('playbook check (process): memory', () => {
    it('keeps its young generation at its first size while it checks a large workspace', () => {
        const dir = mkdtempSync(path.join(tmpdir(), 'playbook-memory-'));
        const sample = readFileSync(path.join(root, 'samples/playbooks/service-outage.playbook'), 'utf8');
        // 60 copies of a sample under their own names: about 5,000 lines, enough for the default
        // young generation to grow several times.
        for (let i = 0; i < 60; i++) {
            writeFileSync(path.join(dir, `copy-${i}.playbook`), sample.replace(/^playbook service-outage\b/m, `playbook copy-${i}`));
        }
        const report = path.join(dir, 'new-space');
        const hook = `import v8 from 'node:v8'; import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(report)}, String(v8.getHeapSpaceStatistics().find(s => s.space_name === 'new_space').space_size)));`;
        const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, path.join(root, 'bin/playbook.js'), 'check', dir], { encoding: 'utf8' });
        assert.ok(result.status === 0 || result.status === 1, result.stderr);
        assert.equal(result.stderr, '');
        assert.match(result.stdout, /in 60 files/);
        const newSpaceMb = Number(readFileSync(report, 'utf8')) / 1024 / 1024;
        assert.ok(newSpaceMb <= 4, `new space ${newSpaceMb.toFixed(1)} MB`);
    });
});
