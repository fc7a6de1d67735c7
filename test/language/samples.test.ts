import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { buildWorkspace, describeDiagnostics } from '../helpers/services.js';

const samples = path.resolve(import.meta.dirname, '../../samples');

/** Every `.playbook` below a folder, as paths relative to it. */
function playbooksUnder(dir: string): string[] {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.playbook')).sort();
}

describe('samples', () => {
    const valid = playbooksUnder(samples).filter(f => !f.startsWith('invalid'));

    it('include an org folder and at least five playbooks', () => {
        assert.ok(valid.filter(f => f.startsWith('org')).length >= 2);
        assert.ok(valid.filter(f => f.startsWith('playbooks')).length >= 5);
    });

    it('parse, link and validate with no diagnostics at all', async () => {
        const files = Object.fromEntries(valid.map(f => [f, readFileSync(path.join(samples, f), 'utf8')]));
        const documents = await buildWorkspace(files);
        const found = documents.flatMap((d, i) => describeDiagnostics(d).map(m => `${valid[i]}:${m}`));
        assert.deepEqual(found, []);
    });
});
