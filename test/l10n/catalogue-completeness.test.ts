import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RegisteredCatalogue } from '../../l10n/src/index.js';
import type * as L10n from '../../l10n/src/index.js';
import type * as Completeness from '../../l10n/src/catalogue-completeness.js';

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

// Loaded the way the catalogue files load them (as ES modules), so that the registry is the one they fill.
let registeredCatalogues: () => readonly RegisteredCatalogue[];
let catalogueProblems: (catalogue: RegisteredCatalogue) => Array<{ catalogue: string; locale: string; key: string; problem: string }>;

describe('the message catalogues are complete in every locale', () => {
    before(async () => {
        ({ registeredCatalogues } = await import(pathToFileURL(join(ROOT, 'l10n/src/index.ts')).href) as typeof L10n);
        ({ catalogueProblems } = await import(pathToFileURL(join(ROOT, 'l10n/src/catalogue-completeness.ts')).href) as typeof Completeness);
        for (const file of catalogueFiles) {
            await import(pathToFileURL(file).href);
        }
    });

    it('finds the catalogues', () => {
        assert.ok(catalogueFiles.length > 0, 'no file calls defineMessages');
        assert.ok(registeredCatalogues().length >= catalogueFiles.length, 'the catalogue files registered no catalogue');
        const names = registeredCatalogues().map(catalogue => catalogue.name);
        assert.equal(new Set(names).size, names.length, `two catalogues share a name: ${names.join(', ')}`);
    });

    it('has every key, the same arguments and every plural form', () => {
        // No exemption: a key missing from any translation fails, so a translated text that is
        // deleted (or a new English text not yet translated) never passes unnoticed.
        const problems = registeredCatalogues()
            .filter(catalogue => !catalogue.name.startsWith('test.'))
            .flatMap(catalogue => catalogueProblems(catalogue))
            .map(problem => `${problem.catalogue} [${problem.locale}] ${problem.key}: ${problem.problem}`);
        assert.deepEqual(problems, [], `${problems.length} problems in the catalogues (files: ${catalogueFiles.map(file => relative(ROOT, file)).join(', ')}):\n${problems.join('\n')}`);
    });
});
