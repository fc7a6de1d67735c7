// The extension's pages in the workbench: its Extensions page shows the extension's own README,
// and its walkthrough renders its steps (no literal Markdown) and ticks what the user has done.
import * as path from 'node:path';
import { type Page } from 'playwright-core';
import { resultsRoot } from '../harness/paths.js';
import { acceptQuickInput, UI_WAIT_MS, webviewFrame } from './workbench.js';

/** Runs a command from the palette by its title. */
export async function runCommand(page: Page, title: string): Promise<void> {
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
    await input.fill(`>${title}`);
    await acceptQuickInput(page, title);
}

/** The Extensions page of the installed extension shows client/README.md, not the repository's README. */
export async function checkExtensionPage(page: Page): Promise<void> {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+X');
    // The view lists installed extensions first; the row is found by the manifest's description.
    const row = page.locator('.monaco-list-row', { hasText: 'A language for incident response playbooks' }).first();
    await row.waitFor({ timeout: UI_WAIT_MS });
    await row.click();
    const readme = webviewFrame(page);
    await readme.getByRole('heading', { name: 'Incident Playbooks for VS Code' }).waitFor({ timeout: UI_WAIT_MS });
    await readme.getByRole('heading', { name: 'Install' }).waitFor({ timeout: UI_WAIT_MS });
    if (await readme.getByText('npm ci && npm run main').count() > 0) {
        throw new Error('The Extensions page shows the repository README (developer instructions).');
    }
    await page.screenshot({ path: screenshotPath('extension-page') });
    // Closed again, so that the runner's webview is the only one when a later check looks into it.
    await page.keyboard.press('Control+W');
}

async function openWalkthrough(page: Page) {
    await runCommand(page, 'Welcome: Open Walkthrough...');
    const input = page.locator('.quick-input-widget input');
    await input.fill('Get started with incident playbooks');
    await acceptQuickInput(page, 'Get started with incident playbooks');
    const steps = page.locator('.getting-started-step');
    await steps.filter({ hasText: 'Try it on a sample' }).first().waitFor({ timeout: UI_WAIT_MS });
    return steps;
}

/**
 * First thing, as a new user sees it on the Welcome page: the walkthrough with its sample step
 * and no literal backticks. (VS Code ticks an onContext step only when the key changes after
 * the walkthrough was first shown, so this runs before any playbook is opened.)
 */
export async function checkWalkthroughOpens(page: Page): Promise<void> {
    const steps = await openWalkthrough(page);
    const literal = (await steps.allInnerTexts()).filter(t => t.includes('`'));
    if (literal.length > 0) {
        throw new Error(`Walkthrough steps show literal backticks: ${literal.join(' | ')}`);
    }
    await page.screenshot({ path: screenshotPath('walkthrough') });
    await page.keyboard.press('Control+W');
}

/** Later, after playbooks were opened: "Write a playbook" is ticked. */
export async function checkWalkthrough(page: Page): Promise<void> {
    const steps = await openWalkthrough(page);
    // Earlier checks opened playbooks: the step's completion event has fired.
    const write = steps.filter({ hasText: 'Write a playbook' }).first();
    // A done step's check icon is a codicon with the class complete (run 2's screenshot shows it ticked).
    const done = await write.evaluate(element => element.querySelector('.codicon.complete') !== null);
    await page.screenshot({ path: screenshotPath('walkthrough-ticked') });
    await page.keyboard.press('Control+W');
    if (!done) {
        throw new Error('"Write a playbook" is not ticked although playbooks were opened.');
    }
}

/** Where the pages are photographed before they are closed (the harness photographs after each check, too late here). */
function screenshotPath(name: string): string {
    return path.join(resultsRoot, `e2e-${name}-open.png`);
}
