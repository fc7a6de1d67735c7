// The runner's texts in each locale, away from the browser: durations through Intl (zero included),
// nouns that inflect chosen inside the sentence, counts through plural rules, and the standalone
// page built in the language it is exported in.
import { strict as assert } from 'node:assert';
import { withLocale } from '../../l10n/src/index.js';
import { changeSentence } from '../../runner/src/engine/playbook-timeline-export.js';
import { buildRunnerHtml } from '../../runner/src/html/playbook-standalone-page.js';
import { humanDuration, say } from '../../runner/src/playbook-runner-strings.js';
import { sampleModel } from './helpers.js';

describe('the runner in English, Traditional Chinese and Polish', () => {
    it('writes durations in each language, to the unit that matters, and zero as zero', () => {
        assert.equal(withLocale('en', () => humanDuration(3_725_000)), '1h 2m');
        assert.equal(withLocale('en', () => humanDuration(249_000)), '4m 9s');
        assert.equal(withLocale('en', () => humanDuration(2 * 86_400_000 + 3 * 3_600_000 + 59_000)), '2d 3h');
        assert.match(withLocale('zh-TW', () => humanDuration(3_725_000)), /^1\s?小時\s?2\s?分鐘$/);
        assert.match(withLocale('pl', () => humanDuration(3_725_000)), /^1 godz\.,? (i )?2 min$/);
        for (const locale of ['en', 'zh-TW', 'pl'] as const) {
            assert.match(withLocale(locale, () => humanDuration(0)), /^0\s?\S+$/, locale);
            assert.match(withLocale(locale, () => say('countdownOverdue', { duration: humanDuration(0) })), /0/, locale);
        }
    });

    it('lets each language inflect the noun of a change (Polish accusative after "Dodano")', () => {
        const added = { change: 'added', what: 'phase', name: 'contain' } as const;
        assert.equal(withLocale('en', () => changeSentence(added)), 'Phase "contain" was added.');
        assert.equal(withLocale('pl', () => changeSentence(added)), 'Dodano fazę „contain”.');
        assert.equal(withLocale('zh-TW', () => changeSentence(added)), '已新增階段「contain」。');
        assert.equal(withLocale('pl', () => changeSentence({ change: 'removed', what: 'decision', name: 'rollback' })), 'Usunięto decyzję „rollback”; to, co już w tej sprawie zrobiono, zostaje na osi czasu.');
    });

    it('counts through the plural rules: Polish one, few and many', () => {
        const runs = (count: number): string => withLocale('pl', () => say('archivedRuns', { count }));
        assert.equal(runs(1), '1 zarchiwizowany przebieg.');
        assert.equal(runs(3), '3 zarchiwizowane przebiegi.');
        assert.equal(runs(5), '5 zarchiwizowanych przebiegów.');
        assert.equal(runs(22), '22 zarchiwizowane przebiegi.');
        assert.equal(withLocale('en', () => say('simSummaryOk', { count: 1 })), '1 expectation held.');
        assert.equal(withLocale('zh-TW', () => say('simSummaryFailed', { failed: 2, count: 7 })), '7 項預期中有 2 項失敗。');
    });

    it('builds the standalone page in the language it is exported in', async () => {
        const model = await sampleModel('playbooks/service-outage.playbook');
        const assets = { script: '/* runner */', style: '/* style */' };
        assert.match(buildRunnerHtml(model, { ...assets, lang: 'pl' }), /<html lang="pl">[\s\S]*<title>Przebieg: Customer-facing service outage<\/title>/);
        assert.match(withLocale('zh-TW', () => buildRunnerHtml(model, assets)), /<html lang="zh-TW">[\s\S]*<title>執行：Customer-facing service outage<\/title>/);
        // A tag VS Code or a shell would give is matched onto the runner's own (zh_TW.UTF-8, zh-Hant-TW); an unknown one gives English.
        assert.match(buildRunnerHtml(model, { ...assets, lang: 'zh-Hant-TW' }), /<html lang="zh-TW">/);
        assert.match(withLocale('en', () => buildRunnerHtml(model, { ...assets, lang: 'fr' })), /<html lang="en">/);
    });
});
