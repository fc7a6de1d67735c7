import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { catalogueProblems } from '../../l10n/src/catalogue-completeness.js';
import { registeredCatalogues } from '../../l10n/src/index.js';

/**
 * Every catalogue of the product (any source file that calls `defineMessages`) is complete in
 * every locale: no key missing or extra, the same arguments as English, every plural form the
 * locale needs. New catalogues are found by themselves.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['server/src', 'cli/src', 'client/src', 'runner/src', 'interop/src'];

function sourceFiles(folder: string): string[] {
    const entries = readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true });
    return entries
        .filter(entry => entry.isFile() && entry.name.endsWith('.ts') && !entry.parentPath.includes('generated'))
        .map(entry => join(entry.parentPath, entry.name));
}

const catalogueFiles = FOLDERS.flatMap(sourceFiles).filter(file => /\bdefineMessages\(/.test(readFileSync(file, 'utf8')));

describe('the message catalogues are complete in every locale', () => {
    before(async () => {
        for (const file of catalogueFiles) {
            await import(pathToFileURL(file).href);
        }
    });

    it('finds the catalogues', () => {
        assert.ok(catalogueFiles.length > 0, 'no file calls defineMessages');
        const names = registeredCatalogues().map(catalogue => catalogue.name);
        assert.equal(new Set(names).size, names.length, `two catalogues share a name: ${names.join(', ')}`);
    });

    it('has every key, the same arguments and every plural form', () => {
        const problems = registeredCatalogues()
            .filter(catalogue => !catalogue.name.startsWith('test.'))
            .flatMap(catalogueProblems)
            .map(problem => `${problem.catalogue} [${problem.locale}] ${problem.key}: ${problem.problem}`);
        assert.deepEqual(problems, [], `${problems.length} problems in the catalogues (files: ${catalogueFiles.map(file => relative(ROOT, file)).join(', ')}):\n${problems.join('\n')}`);
    });
});
