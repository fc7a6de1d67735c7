import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { validateFiles } from '../helpers/validation.js';

/**
 * The mistake corpus (issue 15.5): each file under files/ is one mistake a new writer makes,
 * checked with the sample organisation; expected.json lists exactly the diagnostics it must give
 * (code, 1-based line and column). Any extra, missing or moved diagnostic fails the test.
 * To regenerate expected.json, run this file with `MISTAKES_WRITE=1` (`MISTAKES_WRITE=1 npx mocha
 * --no-config --node-option import=tsx test/mistakes/mistakes.test.ts`): the tests still compare
 * with the old expectations, so every change is listed as a failure, and expected.json is then
 * rewritten with what the files give now. Read each listed change (and `git diff`) before committing.
 */
const here = import.meta.dirname;
const org = Object.fromEntries(['people', 'teams', 'roles'].map(name =>
    [`samples/org/${name}.playbook`, readFileSync(path.resolve(here, `../../samples/org/${name}.playbook`), 'utf8')]));
const files = readdirSync(path.join(here, 'files')).filter(f => f.endsWith('.playbook')).sort();
const expectedFile = path.join(here, 'expected.json');
const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, Array<[string, number, number]>>;
const write = process.env.MISTAKES_WRITE === '1';

/** expected.json's layout: one file per key, one diagnostic per line, so that a diff shows each change. */
function expectationsText(all: Record<string, Array<[string, number, number]>>): string {
    const entries = Object.keys(all).sort().map(file => {
        const lines = all[file]!.map(([code, line, column]) => `  [${JSON.stringify(code)}, ${line}, ${column}]`);
        return lines.length === 0 ? ` ${JSON.stringify(file)}: []` : ` ${JSON.stringify(file)}: [\n${lines.join(',\n')}\n ]`;
    });
    return `{\n${entries.join(',\n')}\n}\n`;
}

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

    const found: Record<string, Array<[string, number, number]>> = {};

    for (const file of files) {
        it(file, async () => {
            found[file] = await diagnosticsOf(file);
            assert.deepEqual(found[file], expected[file]);
        });
    }

    after(() => {
        // Only a run over every file may rewrite the expectations (a --grep run would drop the others).
        if (write && Object.keys(found).length === files.length) writeFileSync(expectedFile, expectationsText(found));
    });

    it('keeps expected.json in the layout MISTAKES_WRITE=1 writes', () => {
        assert.equal(readFileSync(expectedFile, 'utf8'), expectationsText(expected));
    });
});
