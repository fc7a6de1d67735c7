import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { validateFiles } from '../helpers/validation.js';

/**
 * The mistake corpus (issue 15.5): each file under files/ is one mistake a new writer makes,
 * checked with the sample organisation; expected.json lists exactly the diagnostics it must give
 * (code, 1-based line and column). Any extra, missing or moved diagnostic fails the test.
 * Regenerate expected.json only after reading each change: `MISTAKES_WRITE=1 npx mocha …`.
 */
const here = import.meta.dirname;
const org = Object.fromEntries(['people', 'teams', 'roles'].map(name =>
    [`samples/org/${name}.playbook`, readFileSync(path.resolve(here, `../../samples/org/${name}.playbook`), 'utf8')]));
const files = readdirSync(path.join(here, 'files')).filter(f => f.endsWith('.playbook')).sort();
const expected = JSON.parse(readFileSync(path.join(here, 'expected.json'), 'utf8')) as Record<string, Array<[string, number, number]>>;

/** The diagnostics of one mistake file as `[code, line, column]`, in the order of the text. */
async function diagnosticsOf(file: string): Promise<Array<[string, number, number]>> {
    const text = readFileSync(path.join(here, 'files', file), 'utf8');
    const documents = await validateFiles({ ...org, [`test/mistakes/files/${file}`]: text });
    const document = documents[documents.length - 1]!;
    return (document.diagnostics ?? [])
        .map((d): [string, number, number] => [String(d.code), d.range.start.line + 1, d.range.start.character + 1])
        .sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0].localeCompare(b[0]));
}

describe('mistake corpus: one mistake, exactly the expected diagnostics', function () {

    it('has at least 40 mistakes, each with its expectation', () => {
        assert.ok(files.length >= 40, `${files.length} files`);
        assert.deepEqual(Object.keys(expected).sort(), files);
    });

    for (const file of files) {
        it(file, async () => {
            assert.deepEqual(await diagnosticsOf(file), expected[file]);
        });
    }
});
