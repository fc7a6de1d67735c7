import { strict as assert } from 'node:assert';
import { defineMessages, formatDuration, formatList, localeFromEnvironment, matchLocale, negotiateLocale, withLocale } from '../../l10n/src/index.js';
import { catalogueProblems } from '../../l10n/src/catalogue-completeness.js';
import { registeredCatalogues } from '../../l10n/src/index.js';

const sample = defineMessages('test.sample', {
    held: 'Nobody holds "{role}", which {user} relies on.',
    people: 'Held by {count, plural, one {# person} other {# people}}.',
    plain: 'Is a brace \'}\' missing? Placeholders look like \'{{…}}\' or <name>.',
    group: { title: 'Title of {name}' },
}, {
    pl: {
        held: 'Nikt nie pełni roli „{role}”, na której polega {user}.',
        people: 'Pełni {count, plural, one {# osoba} few {# osoby} many {# osób} other {# osoby}}.',
        plain: 'Brakuje klamry \'}\'? Symbole zastępcze wyglądają jak \'{{…}}\' lub <nazwa>.',
    },
    'zh-TW': {
        held: '沒有人擔任「{role}」角色，而{user}依賴它。',
        people: '由 {count, plural, other {# 人}} 擔任。',
        plain: '少了大括號 \'}\' 嗎？',
        group: { title: '{name} 的標題' },
    },
});

describe('the message system', () => {
    it('formats a template with its named arguments in the active locale', () => {
        assert.equal(sample.held({ role: 'commander', user: 'step "triage"' }), 'Nobody holds "commander", which step "triage" relies on.');
        assert.equal(withLocale('pl', () => sample.held({ role: 'commander', user: 'krok' })), 'Nikt nie pełni roli „commander”, na której polega krok.');
        assert.equal(withLocale('zh-TW', () => sample.group.title({ name: 'x' })), 'x 的標題');
    });

    it('chooses Polish plural forms through Intl.PluralRules (one, few, many)', () => {
        const forms = [1, 2, 5, 22, 25, 112].map(count => withLocale('pl', () => sample.people({ count })));
        assert.deepEqual(forms, ['Pełni 1 osoba.', 'Pełni 2 osoby.', 'Pełni 5 osób.', 'Pełni 22 osoby.', 'Pełni 25 osób.', 'Pełni 112 osób.']);
        assert.equal(sample.people({ count: 1 }), 'Held by 1 person.');
        assert.equal(sample.people({ count: 3 }), 'Held by 3 people.');
    });

    it('reads a template without arguments as a string, with ICU quotes removed and angle brackets kept', () => {
        assert.equal(sample.plain, 'Is a brace } missing? Placeholders look like {{…}} or <name>.');
        assert.equal(withLocale('pl', () => sample.plain), 'Brakuje klamry }? Symbole zastępcze wyglądają jak {{…}} lub <nazwa>.');
    });

    it('falls back on English for a key a translation lacks', () => {
        assert.equal(withLocale('pl', () => sample.group.title({ name: 'x' })), 'Title of x');
    });

    it('reports a missing key, a placeholder that differs and a missing Polish plural form', () => {
        const broken = defineMessages('test.broken', { a: 'A {role}', b: '{n, plural, one {# step} other {# steps}}', c: 'C' }, {
            pl: { a: 'A {rola}', b: '{n, plural, one {# krok} other {# kroków}}' },
            'zh-TW': { a: 'A {role}', b: '{n, plural, other {# 個步驟}}', c: 'C', ...{ d: 'extra' } },
        });
        const catalogue = registeredCatalogues().find(entry => entry.name === 'test.broken');
        assert.ok(catalogue && broken.c === 'C');
        assert.deepEqual(catalogueProblems(catalogue).map(problem => `${problem.locale} ${problem.key} ${problem.problem}`), [
            'zh-TW d is not a key of the English catalogue',
            'pl c is missing',
            'pl a has the arguments rola:value, but English has role:value',
            'pl b plural {n} lacks the forms few, many that pl needs',
        ]);
        assert.deepEqual(catalogueProblems(registeredCatalogues().find(entry => entry.name === 'test.sample')!).map(problem => `${problem.locale} ${problem.key} ${problem.problem}`), [
            'pl group.title is missing',
        ]);
    });

    it('groups the digits of counts in the locale\'s way, and reports a line or year formatted as a number', () => {
        const numbers = defineMessages('test.numbers', {
            count: '{failed, number} of {n, plural, one {# check} other {# checks}} failed on line {line}.',
            year: '{year, plural, one {in #} other {in #}}',
        }, {
            pl: { count: '{failed, number} z {n, plural, one {# sprawdzenia} few {# sprawdzeń} many {# sprawdzeń} other {# sprawdzenia}} nie powiodło się w wierszu {line}.', year: '{year, plural, one {w #} few {w #} many {w #} other {w #}}' },
            'zh-TW': { count: '{n, plural, other {# 項檢查}}中有 {failed, number} 項在第 {line} 行失敗。', year: '{year, plural, other {# 年}}' },
        });
        assert.equal(numbers.count({ failed: 12000, n: 12345, line: 12345 }), '12,000 of 12,345 checks failed on line 12345.');
        assert.equal(withLocale('pl', () => numbers.count({ failed: 12000, n: 12345, line: 12345 })), '12\u00a0000 z 12\u00a0345 sprawdzeń nie powiodło się w wierszu 12345.');
        assert.equal(withLocale('zh-TW', () => numbers.count({ failed: 12000, n: 12345, line: 12345 })), '12,345 項檢查中有 12,000 項在第 12345 行失敗。');
        const catalogue = registeredCatalogues().find(entry => entry.name === 'test.numbers')!;
        assert.deepEqual(catalogueProblems(catalogue).map(problem => `${problem.locale} ${problem.key} ${problem.problem}`), [
            'en year {year} names something rather than counting it, but is formatted as a number (digit grouping: 1,000); write it as a plain {year}',
            'zh-TW year {year} names something rather than counting it, but is formatted as a number (digit grouping: 1,000); write it as a plain {year}',
            'pl year {year} names something rather than counting it, but is formatted as a number (digit grouping: 1,000); write it as a plain {year}',
        ]);
    });

    it('maps editor tags and POSIX locales onto our locales', () => {
        const cases: [string, string | undefined][] = [
            ['zh-TW', 'zh-TW'], ['zh-tw', 'zh-TW'], ['zh-Hant', 'zh-TW'], ['zh-Hant-HK', 'zh-TW'], ['zh_TW.UTF-8', 'zh-TW'], ['zh-HK', 'zh-TW'],
            ['zh-CN', undefined], ['zh-Hans', undefined], ['zh', undefined],
            ['pl', 'pl'], ['pl-PL', 'pl'], ['pl_PL.UTF-8', 'pl'], ['pl_PL.utf8@euro', 'pl'],
            ['en-GB', 'en'], ['en_US.UTF-8', 'en'], ['C', 'en'], ['C.UTF-8', 'en'], ['POSIX', 'en'],
            ['fr_FR.UTF-8', undefined], ['', undefined], ['not a tag!', undefined],
        ];
        assert.deepEqual(cases.map(([tag]) => [tag, matchLocale(tag)]), cases);
        assert.equal(negotiateLocale([undefined, 'fr', 'pl-PL']), 'pl');
        assert.equal(negotiateLocale(['de']), 'en');
    });

    it('takes the first of LC_ALL, LC_MESSAGES and LANG that is set, as gettext does', () => {
        assert.equal(localeFromEnvironment({ LANG: 'pl_PL.UTF-8' }), 'pl');
        assert.equal(localeFromEnvironment({ LC_MESSAGES: 'zh_TW.UTF-8', LANG: 'pl_PL.UTF-8' }), 'zh-TW');
        assert.equal(localeFromEnvironment({ LC_ALL: 'C', LC_MESSAGES: 'zh_TW.UTF-8' }), 'en');
        assert.equal(localeFromEnvironment({ LC_ALL: '', LANG: 'zh_TW.UTF-8' }), 'zh-TW');
        assert.equal(localeFromEnvironment({ LANG: 'de_DE.UTF-8' }), 'en');
        assert.equal(localeFromEnvironment({}), 'en');
    });

    it('writes durations and lists through Intl in the locale', () => {
        assert.equal(formatDuration(5400, 'en'), '1 hour, 30 minutes');
        assert.match(formatDuration(5400, 'pl'), /^1 godzina(,| i) 30 minut$/);
        assert.match(formatDuration(7200, 'zh-TW'), /^2\s?小時$/);
        assert.equal(formatList(['a', 'b', 'c'], 'pl'), 'a, b i c');
        assert.equal(formatList(['a', 'b', 'c'], 'en'), 'a, b, and c');
    });
});
