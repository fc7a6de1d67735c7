// Route B: the extension as a person uses it, in code-server's workbench driven through chromium.
// Each check stands on its own and leaves a screenshot in test-results/e2e-<check>.png.
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { type Page } from 'playwright-core';
import { launchBrowser } from '../harness/browser.js';
import { log } from '../harness/log.js';
import { checkExtensionPage, checkWalkthrough, checkWalkthroughOpens } from './ui-pages.js';
import { checkQuickFix, writeQuickFixScratch } from './ui-quick-fix.js';
import { goToLine, openWorkbench, problemRow, quickOpen, UI_WAIT_MS, webviewFrame } from './workbench.js';
import { checkDiagram } from './ui-diagram.js';
import { fileReads } from './file-text.js';

/** The outcome of the UI checks. */
export interface UiResult {
    passed: number;
    failed: number;
}

/** The 1-based line and the column just after `needle` in a workspace file. */
function lineAfter(workspace: string, file: string, needle: string): { line: number; column: number } {
    const lines = readFileSync(path.join(workspace, file), 'utf8').split('\n');
    const index = lines.findIndex(line => line.includes(needle));
    if (index < 0) {
        throw new Error(`"${needle}" is not in ${file}.`);
    }
    return { line: index + 1, column: lines[index]!.indexOf(needle) + needle.length + 1 };
}

/** The title of the first step of a playbook file, as written in its source. */
function firstStepTitle(workspace: string, file: string): string {
    const match = /^\s*step\s+\S+\s+"([^"]+)"/m.exec(readFileSync(path.join(workspace, file), 'utf8'));
    if (!match) {
        throw new Error(`${file} has no step.`);
    }
    return match[1]!;
}

/** The checks, in order; each gets the page and the workspace folder. */
const checks: Array<[name: string, run: (page: Page, workspace: string) => Promise<void>]> = [
    ['walkthrough-opens', checkWalkthroughOpens],
    ['squiggle', async page => {
        await quickOpen(page, 'unresolved-reference.playbook');
        await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: UI_WAIT_MS });
    }],
    ['problems', async page => {
        await quickOpen(page, 'unresolved-reference.playbook');
        await page.keyboard.press('Control+Shift+M');
        // Every invalid sample has problems: filter the list so that the row is rendered at all.
        const filter = page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
        await filter.waitFor({ timeout: UI_WAIT_MS });
        await filter.fill('night-watch');
        const row = problemRow(page, 'No role named "night-watch"');
        await row.first().waitFor({ timeout: UI_WAIT_MS });
        const text = await row.first().innerText();
        if (!text.includes('linking-error')) {
            throw new Error(`The Problems entry does not show the code linking-error: "${text}".`);
        }
    }],
    ['completion', async (page, workspace) => {
        const file = 'playbooks/data-breach.playbook';
        const original = readFileSync(path.join(workspace, file), 'utf8');
        const at = lineAfter(workspace, file, '"Open the incident record and timeline" owner ');
        await quickOpen(page, 'data-breach.playbook');
        await goToLine(page, at.line, at.column);
        // Remove the role name after `owner ` and ask for completion where it stood.
        await page.keyboard.press('Shift+End');
        await page.keyboard.press('Delete');
        await page.keyboard.press('Control+Space');
        const widget = page.locator('.editor-widget.suggest-widget.visible');
        await widget.locator('.monaco-list-row', { hasText: 'commander' }).first().waitFor({ timeout: UI_WAIT_MS });
        await widget.locator('.monaco-list-row', { hasText: 'tech-lead' }).first().waitFor({ timeout: UI_WAIT_MS });
        // The sample must stay intact for the checks after this one (a run left it saved without
        // the owner, which the data-breach diagram then drew): undo the deletion and save.
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+Z');
        await page.keyboard.press('Control+S');
        await fileReads(path.join(workspace, file), original, UI_WAIT_MS);
        // Reopened later for its diagram, the editor shows where it was left: at the top, not scrolled sideways.
        await page.keyboard.press('Control+Home');
    }],
    // Before the runner: the README is a webview too, and each check looks into the only one open.
    ['extension-page', checkExtensionPage],
    ['walkthrough', checkWalkthrough],
    ['quick-fix', checkQuickFix],
    ['runner', async (page, workspace) => {
        await page.keyboard.press('Escape');
        const file = 'playbooks/service-outage.playbook';
        const title = firstStepTitle(workspace, file);
        await quickOpen(page, 'service-outage.playbook');
        const lens = page.locator('.monaco-editor .codelens-decoration a', { hasText: /Run playbook/i }).first();
        await lens.waitFor({ timeout: UI_WAIT_MS });
        await lens.click();
        const frame = webviewFrame(page);
        // The step's completion control is a native checkbox whose accessible name holds the step's title.
        const box = frame.getByRole('checkbox', { name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first();
        const start = frame.getByRole('button', { name: /^start/i }).first();
        await start.or(box).first().waitFor({ timeout: UI_WAIT_MS });
        if (await start.isVisible()) {
            await start.click();
        }
        await box.check({ timeout: UI_WAIT_MS });
        if (!(await box.isChecked())) {
            throw new Error(`The checkbox of step "${title}" did not stay ticked.`);
        }
    }],
    ['diagram-service-outage', page => checkDiagram(page, 'service-outage')],
    ['diagram-data-breach', page => checkDiagram(page, 'data-breach')],
];

/** Runs every check against a fresh page of the workbench and saves a screenshot after each. */
export async function runUiTest(options: { host: string; workspace: string; runRoot: string; resultsRoot: string }): Promise<UiResult> {
    mkdirSync(options.resultsRoot, { recursive: true });
    const browser = await launchBrowser(options.runRoot);
    const result: UiResult = { passed: 0, failed: 0 };
    try {
        browser.page.on('pageerror', error => log(`  [page error] ${error.message}`));
        writeQuickFixScratch(options.workspace);
        await openWorkbench(browser.page, options.host, options.workspace);
        for (const [name, run] of checks) {
            const shot = path.join(options.resultsRoot, `e2e-${name}.png`);
            try {
                await run(browser.page, options.workspace);
                result.passed++;
                log(`  ok   ${name}`);
            } catch (error) {
                result.failed++;
                log(`  FAIL ${name}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
            } finally {
                await browser.page.screenshot({ path: shot }).catch((error: unknown) => log(`  no screenshot ${shot}: ${String(error)}`));
            }
        }
    } finally {
        await browser.close();
    }
    return result;
}
