import { strict as assert } from 'node:assert';
import { catalogueProblems } from '../../l10n/src/catalogue-completeness.js';
import { registeredCatalogues, withLocale, type RegisteredCatalogue } from '../../l10n/src/index.js';
import { IncidentPlaybookGrammar } from '../../server/src/language/generated/grammar.js';
import { docCommentText, grammarDocMessages } from '../../server/src/lsp/playbook-grammar-doc-messages.js';

/**
 * The grammar's doc comments are a catalogue keyed by rule name whose English is the comment
 * itself, so the completeness test (which checks every registered catalogue) covers them.
 */
describe('the catalogue of the grammar\'s doc comments', () => {
    const catalogue = (): RegisteredCatalogue => {
        const found = registeredCatalogues().find(registered => registered.name === 'server.grammarDocs');
        assert.ok(found, 'the grammar documentation catalogue is not registered');
        return found;
    };
    const text = (locale: 'en' | 'pl' | 'zh-TW', rule: string): string => withLocale(locale, () => grammarDocMessages[rule]) ?? `(no text for ${rule})`;
    const commented = IncidentPlaybookGrammar().rules.filter(rule => docCommentText(rule) !== undefined);

    it('has one English text per commented grammar rule, the comment as written', () => {
        assert.ok(commented.length >= 70, `only ${commented.length} commented rules`);
        assert.deepEqual(Object.keys(catalogue().source).sort(), commented.map(rule => rule.name).sort());
        withLocale('en', () => {
            for (const rule of commented) {
                assert.equal(grammarDocMessages[rule.name], docCommentText(rule), rule.name);
            }
        });
        // Braces and apostrophes of the comments survive the ICU formatting.
        assert.match(text('en', 'Parameter'), /texts use it as `\{update-every\}`\.$/);
        assert.match(text('en', 'PlainName'), /of the plan's own instead/);
    });

    it('is reported incomplete when a rule\'s comment has no translation or a translation names no rule', () => {
        const { source, translations } = catalogue();
        const polish = { ...translations.pl };
        delete (polish as Record<string, string>).Step;
        const broken: RegisteredCatalogue = { name: 'test.grammarDocs', source, translations: { ...translations, pl: { ...polish, NoSuchRule: 'Reguła, której nie ma.' } } };
        assert.deepEqual(catalogueProblems(broken).map(problem => `${problem.locale} ${problem.key}: ${problem.problem}`), [
            'pl Step: is missing',
            'pl NoSuchRule: is not a key of the English catalogue',
        ]);
        assert.deepEqual(catalogueProblems(catalogue()), []);
    });

    it('formats a rule\'s text in the active locale, and has none for a name that is no rule', () => {
        assert.match(text('pl', 'Step'), /^Krok: /);
        assert.match(text('zh-TW', 'Step'), /^步驟：/);
        assert.equal(withLocale('pl', () => grammarDocMessages.NoSuchRule), undefined);
    });
});
