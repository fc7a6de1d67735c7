import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const runCheck = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(root, 'scripts/check-generated.mjs'), ...args], { encoding: 'utf8' });

describe('generated files', () => {
    it('match the grammar', () => {
        const result = runCheck();
        assert.equal(result.status, 0, result.stderr);
        assert.match(result.stdout, /Generated files match the grammar/);
    });

    it('fail the check when the grammar changes and nothing is regenerated', () => {
        const grammar = readFileSync(path.join(root, 'grammar/playbook.langium'), 'utf8');
        const drifted = grammar.replace("'aka' aliases+=STRING", "'aka' aliases+=STRING | 'alias' aliases+=STRING");
        assert.notEqual(drifted, grammar);
        const file = path.join(mkdtempSync(path.join(tmpdir(), 'drift-')), 'playbook.langium');
        writeFileSync(file, drifted);
        const result = runCheck('--grammar', file);
        assert.equal(result.status, 1);
        assert.match(result.stderr, /out of date/);
        assert.match(result.stderr, /ast\.ts|grammar\.ts/);
    });
});
