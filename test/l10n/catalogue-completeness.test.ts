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

/**
 * Groups whose translation is not done yet, each with its reason: they show English in every
 * locale until translated (docs/l10n.md, "Not yet translated"). The test fails when a listed group
 * turns out complete, so the list only shrinks.
 */
const NOT_YET_TRANSLATED: readonly string[] = [
    // Editor texts (hover, completion, keyword docs) and the CLI's help and Markdown export: the
    // first pass translated what a check reports (diagnostics, rule titles, report lines) first.
    'server.messages definitionKinds', 'server.messages hoverMessages', 'server.messages codeLensMessages',
    'server.messages inlayHintMessages', 'server.messages editorMessages', 'server.messages durationUnitNames',
    'server.messages runnerModelMessages', 'server.messagesPeople ', 'server.hoverMessagesResponse ', 'server.keywordMessages ',
    // The long descriptions of the rules of issues 13 to 15 (their diagnostics are translated).
    'server.ruleMessagesGaps gapRuleTexts', 'server.ruleMessagesPeople peopleRuleTexts', 'server.ruleMessagesResponse responseRuleTexts',
    // The CLI's help texts, its rarer errors and the Markdown export (the report lines and common errors are translated).
    'cli.messages messages.',
];

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
        const pending = (catalogue: string, key: string): string | undefined =>
            NOT_YET_TRANSLATED.find(group => `${catalogue} ${key}`.startsWith(group));
        const all = registeredCatalogues()
            .filter(catalogue => !catalogue.name.startsWith('test.'))
            .flatMap(catalogue => catalogueProblems(catalogue));
        const problems = all
            .filter(problem => problem.problem !== 'is missing' || pending(problem.catalogue, problem.key) === undefined)
            .map(problem => `${problem.catalogue} [${problem.locale}] ${problem.key}: ${problem.problem}`);
        const stillPending = new Set(all.map(problem => pending(problem.catalogue, problem.key)).filter(group => group !== undefined));
        assert.deepEqual(NOT_YET_TRANSLATED.filter(group => !stillPending.has(group)), [], 'these groups are translated now: take them off NOT_YET_TRANSLATED');
        assert.deepEqual(problems, [], `${problems.length} problems in the catalogues (files: ${catalogueFiles.map(file => relative(ROOT, file)).join(', ')}):\n${problems.join('\n')}`);
    });
});
