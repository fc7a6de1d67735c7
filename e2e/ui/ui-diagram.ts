// The Diagram view in the workbench: "Playbook: Show Diagram" on a sample opens it beside the
// editor, and Mermaid draws the flow and every escalation path inside the webview. The
// screenshots are the ones in docs/images/ (diagram-<sample>.png).
import * as path from 'node:path';
import { type Page } from 'playwright-core';
import { resultsRoot } from '../harness/paths.js';
import { runCommand } from './ui-pages.js';
import { quickOpen, UI_WAIT_MS, webviewFrame } from './workbench.js';

/** Opens the diagram of a sample and waits until every diagram is drawn. */
export async function checkDiagram(page: Page, sample: string): Promise<void> {
    await page.keyboard.press('Escape');
    // Another sample's diagram (or the runner) left open is a webview too: close every editor so the
    // frame found below is this sample's.
    await runCommand(page, 'View: Close All Editors');
    await quickOpen(page, `${sample}.playbook`);
    await runCommand(page, 'Playbook: Show Diagram');
    const frame = webviewFrame(page);
    await frame.locator('figure.diagram svg').first().waitFor({ timeout: UI_WAIT_MS });
    const alerts = await frame.getByRole('alert').count();
    if (alerts > 0) {
        throw new Error(`The diagram of ${sample} shows ${alerts} error(s): ${(await frame.getByRole('alert').allInnerTexts()).join('; ')}`);
    }
    await page.screenshot({ path: path.join(resultsRoot, `e2e-diagram-${sample}.png`) });
}
