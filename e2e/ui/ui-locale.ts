// Route C: the extension in another display language. code-server runs with `--locale zh-tw`
// (no language pack: the Marketplace is out of reach, so VS Code's own menus may stay English),
// and the extension must still speak Traditional Chinese: its command in the palette (VS Code
// localizes an extension's manifest from package.nls.<locale>.json by itself) and the runner
// panel (the webview follows vscode.env.language, sent in its init message). Leaves
// docs/images/runner-zh-tw.png, the panel with a run under way.
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type Page } from 'playwright-core';
import { launchBrowser } from '../harness/browser.js';
import { log } from '../harness/log.js';
import { projectRoot } from '../harness/paths.js';
import { openWorkbench, quickOpen, UI_WAIT_MS, webviewFrame } from './workbench.js';
import type { UiResult } from './ui-test.js';

/** The screenshot the docs show (docs/l10n.md). */
export const RUNNER_ZH_TW_SHOT = path.join(projectRoot, 'docs', 'images', 'runner-zh-tw.png');

/** The manifest's texts in this language, from the package.nls file that ships. */
function manifestTexts(locale: string): Record<string, string> {
    return JSON.parse(readFileSync(path.join(projectRoot, `package.nls.${locale}.json`), 'utf8')) as Record<string, string>;
}

/** Runs "Run Playbook" from the command palette by its title in the display language. */
async function runFromPalette(page: Page, title: string): Promise<void> {
    await page.keyboard.press('Control+Shift+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: UI_WAIT_MS });
    await page.keyboard.press('Enter');
}

/** The checks of one display language; each failure is counted and logged, like route B's. */
export async function runLocaleTest(options: { host: string; workspace: string; runRoot: string; locale: 'zh-tw' }): Promise<UiResult> {
    const result: UiResult = { passed: 0, failed: 0 };
    const texts = manifestTexts(options.locale);
    const browser = await launchBrowser(options.runRoot);
    const check = async (name: string, run: () => Promise<void>): Promise<void> => {
        try {
            await run();
            result.passed++;
            log(`  ok   ${name}`);
        } catch (error) {
            result.failed++;
            log(`  FAIL ${name}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
        }
    };
    try {
        const page = browser.page;
        await openWorkbench(page, options.host, options.workspace);
        // What VS Code's own UI does without a language pack, recorded for docs/l10n.md.
        const explorer = await page.locator('.sidebar .title-label h2').first().innerText().catch(() => '?');
        log(`  workbench with --locale ${options.locale}: the side bar's title reads "${explorer}"`);
        await quickOpen(page, 'service-outage.playbook');
        await check(`${options.locale}: the command palette offers "${texts['playbook.runPlaybook.title']}"`, async () => {
            try {
                await runFromPalette(page, texts['playbook.runPlaybook.title'] ?? '');
            } catch (error) {
                await page.screenshot({ path: path.join(projectRoot, 'test-results', 'e2e-locale-palette.png') });
                await page.keyboard.press('Escape');
                await runFromPalette(page, 'Run Playbook');
                throw error;
            }
        });
        const frame = webviewFrame(page);
        await check(`${options.locale}: the runner panel speaks Traditional Chinese, with <html lang="zh-TW">`, async () => {
            await frame.locator('h2').first().waitFor({ timeout: UI_WAIT_MS });
            const lang = await frame.locator('html').getAttribute('lang');
            log(`  the panel's <html lang> is "${lang}", its first heading "${await frame.locator('h2').first().innerText()}"`);
            await frame.getByRole('heading', { name: '開始執行' }).waitFor({ timeout: UI_WAIT_MS });
            if (lang !== 'zh-TW') throw new Error(`the panel's <html lang> is "${lang}", not "zh-TW"`);
            await frame.getByRole('radio').first().check();
            await frame.getByRole('button', { name: '開始執行' }).click();
            const doNow = frame.getByRole('region', { name: '立即處理' });
            await doNow.waitFor({ timeout: UI_WAIT_MS });
            const status = await frame.getByRole('region', { name: '執行狀態' }).innerText();
            if (!/事件處理中/.test(status) || !/已經過/.test(status)) throw new Error(`the status reads "${status.replace(/\n/g, ' | ')}"`);
            mkdirSync(path.dirname(RUNNER_ZH_TW_SHOT), { recursive: true });
            await page.screenshot({ path: RUNNER_ZH_TW_SHOT });
            log(`  screenshot ${path.relative(projectRoot, RUNNER_ZH_TW_SHOT)}`);
        });
    } finally {
        await browser.close();
    }
    return result;
}
