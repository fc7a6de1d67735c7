/**
 * The standalone HTML runner in every language, in Debian's chromium: it opens in the language it
 * was exported in, the responder switches it in the page, the choice survives a reload (with the
 * run), no English text of the runner is left in Polish, clock times follow the language, and
 * axe-core finds no serious or critical violation in any language (`<html lang>` included).
 * Needs /usr/bin/chromium; skips, saying so, without it.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildRunnerHtml } from '../../runner/src/html/playbook-standalone-page.js';
import { RUNNER_STRINGS } from '../../runner/src/playbook-runner-strings.js';
import { runnerStringsPl } from '../../runner/src/playbook-runner-strings.pl.js';
import { buildRunnerAssets, chromiumAvailable, launchChromium } from './browser-helpers.js';
import { sampleModel } from './helpers.js';

interface AxeResult {
    violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
}

/** The runner's English texts that take no argument and differ in Polish: none may show on a Polish page. */
const ENGLISH_ONLY = Object.entries(RUNNER_STRINGS)
    .filter(([key, text]) => !text.includes('{') && text.length > 3 && runnerStringsPl[key as keyof typeof RUNNER_STRINGS] !== text)
    .map(([, text]) => text);

describe('standalone HTML runner in three languages, in chromium', function () {
    this.timeout(120_000);
    let browser: Browser | undefined;
    let dir: string;
    let page: Page;
    const problems: string[] = [];
    const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

    const serious = async (): Promise<string[]> => {
        await page.addScriptTag({ content: axe });
        // The whole document, so that axe checks <html lang> too (html-has-lang, html-lang-valid).
        const result = await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`) as AxeResult;
        return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => JSON.stringify(n.target)).join(', ')}`);
    };
    const lang = (): Promise<string> => page.evaluate('document.documentElement.lang');

    before(async function () {
        if (!chromiumAvailable()) {
            this.skip();
        }
        const model = await sampleModel('playbooks/service-outage.playbook');
        // Exported with `--locale zh-TW`: the page opens in Chinese.
        const html = buildRunnerHtml(model, { ...await buildRunnerAssets(), lang: 'zh-TW' });
        dir = mkdtempSync(path.join(tmpdir(), 'runner-locale-'));
        const file = path.join(dir, 'service-outage.html');
        writeFileSync(file, html);
        browser = await launchChromium();
        // bypassCSP lets the test add axe-core to the page; the page's own policy is tested in html-runner.browser.test.ts.
        page = await (await browser.newContext({ viewport: { width: 1100, height: 1400 }, timezoneId: 'Europe/Warsaw', bypassCSP: true })).newPage();
        page.on('pageerror', error => problems.push(`page error: ${error.message}`));
        page.on('console', message => {
            if (message.type() === 'error') problems.push(`console: ${message.text()}`);
        });
        await page.goto(pathToFileURL(file).href);
    });

    after(async () => {
        await browser?.close();
        if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('opens in the language it was exported in, with that language in <html lang>', async () => {
        await page.getByRole('heading', { name: '開始執行' }).waitFor();
        assert.equal(await lang(), 'zh-TW');
        assert.equal(await page.title(), '執行：Customer-facing service outage');
        assert.deepEqual(await serious(), []);
    });

    it('switches to Polish in the page: every text of the runner, the title and <html lang>', async () => {
        await page.getByLabel('語言').selectOption('pl');
        await page.getByRole('heading', { name: 'Rozpocznij przebieg' }).waitFor();
        assert.equal(await lang(), 'pl');
        assert.equal(await page.title(), 'Przebieg: Customer-facing service outage');
        await page.getByRole('radio', { name: 'Availability below SLO' }).check();
        await page.getByLabel('Poziom ważności').selectOption('sev1');
        await page.getByRole('button', { name: 'Rozpocznij przebieg' }).click();
        const doNow = page.getByRole('region', { name: 'Zrób teraz' });
        await doNow.waitFor();
        assert.match(await doNow.innerText(), /Wezwij teraz: .+ \(poziom eskalacji 1\)\./);
        assert.match(await page.getByRole('region', { name: 'Stan przebiegu' }).innerText(), /Incydent w toku[\s\S]*Upłynęło /);
        // Every text node (not the scripts: they carry every catalogue) and accessible name on the page; a one-word English text counts only as a whole node ("Confirm" is also in a step's title).
        const texts = await page.evaluate(`(() => {
            const found = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                if (!node.parentElement.closest('script, style')) found.push(node.textContent.trim());
            }
            document.querySelectorAll('[aria-label], [placeholder], [title]').forEach(e => ['aria-label', 'placeholder', 'title'].forEach(a => found.push(e.getAttribute(a) || '')));
            return found.filter(text => text !== '');
        })()`) as string[];
        const english = ENGLISH_ONLY.filter(source => source.includes(' ') ? texts.some(text => text.includes(source)) : texts.includes(source));
        assert.deepEqual(english, [], 'English runner texts on the Polish page');
        assert.deepEqual(await serious(), []);
    });

    it('shows clock times and durations in Polish', async () => {
        const stamp = await page.getByRole('list', { name: 'Oś czasu' }).locator('time').first().innerText();
        assert.match(stamp, /^(pon|wt|śr|czw|pt|sob|niedz)\., \d{1,2} \p{L}+, \d{2}:\d{2} (CET|CEST|GMT\+[12])$/u, stamp);
        // A countdown of the status bar: Polish units through Intl ("zostało 14 min i 59 s" or "spóźnienie …").
        assert.match(await page.getByRole('region', { name: 'Stan przebiegu' }).innerText(), /(zostało|spóźnienie) \d+ (min|s|godz\.)/);
    });

    it('keeps the choice of language, and the run, after a reload', async () => {
        await page.reload();
        await page.getByRole('region', { name: 'Zrób teraz' }).waitFor();
        assert.equal(await lang(), 'pl');
        assert.equal(await page.getByLabel('Język').inputValue(), 'pl');
        assert.match(await page.getByRole('list', { name: 'Oś czasu' }).innerText(), /Rozpoczęto przebieg \(Availability below SLO\), poziom ważności Full outage\./);
    });

    it('switches back to English, and is accessible there too', async () => {
        await page.getByLabel('Język').selectOption('en');
        await page.getByRole('region', { name: 'Do now' }).waitFor();
        assert.equal(await lang(), 'en');
        assert.deepEqual(await serious(), []);
    });

    it('ran without script errors', () => {
        assert.deepEqual(problems, []);
    });
});
