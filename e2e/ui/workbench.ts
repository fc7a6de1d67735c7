// Small moves a person makes in the workbench, as keyboard and mouse actions on code-server's page.
import { type FrameLocator, type Locator, type Page } from 'playwright-core';

/** How long one UI step may take before it counts as failed (the language server starts cold). */
export const UI_WAIT_MS = 45_000;

/** Loads the workbench on `folder` and waits until the explorer lists it. */
export async function openWorkbench(page: Page, host: string, folder: string): Promise<void> {
    await page.goto(`http://${host}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90_000 });
}

/** Opens a file with Ctrl+P, as a person would, and waits for its tab. */
export async function quickOpen(page: Page, fileName: string): Promise<void> {
    await page.locator('.monaco-workbench .part.editor').click({ position: { x: 300, y: 300 } }).catch(() => undefined);
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
    await input.fill(fileName);
    await acceptQuickInput(page, fileName);
    await page.locator(`.tab.active[aria-label*="${fileName}"]`).waitFor({ timeout: UI_WAIT_MS });
    await page.locator('.monaco-editor.focused').waitFor({ timeout: UI_WAIT_MS });
}

/**
 * Presses Enter on the quick-input row labelled exactly `label`, once it is the focused row, the
 * one Enter opens. Right after the input is filled the list still shows what it showed on opening
 * (recently opened files, recently used commands) until the filter applies: waiting for any row
 * holding the text and pressing Enter opened the stale first row instead (the data-breach diagram
 * check opened service-outage.playbook, the file opened just before, and then waited in vain).
 */
export async function acceptQuickInput(page: Page, label: string): Promise<void> {
    await page.locator('.quick-input-list .monaco-list-row.focused').getByText(label, { exact: true }).first().waitFor({ timeout: UI_WAIT_MS });
    await page.keyboard.press('Enter');
}

/** Moves the cursor to a 1-based line and column with Ctrl+G. */
export async function goToLine(page: Page, line: number, column: number): Promise<void> {
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: UI_WAIT_MS });
    // Ctrl+G opens the quick input with the ":" prefix of "go to line"; fill() replaces it, so keep it.
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await input.waitFor({ state: 'hidden', timeout: UI_WAIT_MS });
}

/** The frame inside the active webview, where the extension's own HTML lives. */
export function webviewFrame(page: Page): FrameLocator {
    return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** A row of the Problems panel with this text. */
export function problemRow(page: Page, text: string): Locator {
    return page.locator('.markers-panel .monaco-list-row', { hasText: text });
}
