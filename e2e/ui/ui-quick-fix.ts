// The unassigned-role quick fix as a person uses it: Ctrl+. on the role, the light-bulb menu,
// Enter on the first entry, Ctrl+S; then the saved file is read back from disk.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { type Page } from 'playwright-core';
import { resultsRoot } from '../harness/paths.js';
import { fileReads } from './file-text.js';
import { goToLine, quickOpen, UI_WAIT_MS } from './workbench.js';

/** The scratch playbook: a logistics role nobody holds, next to one the facilities team holds. */
export const QUICK_FIX_FILE = 'scratch/night-alarm.playbook';

const ROLE_BLOCK = [
    '  role night-watch "Night watch" {',
    '    section logistics',
    '    duty "Walks the building when an alarm fires at night"',
    '  }',
];

const TEXT = [
    'import "../org/people.playbook"',
    'import "../org/teams.playbook"',
    'import "../org/roles.playbook"',
    '',
    'playbook night-alarm "Night-shift facility alarm" {',
    '  owner commander',
    '  role facilities "Facilities" {',
    '    section logistics',
    '  }',
    '  assign facilities to 設施組 backup 林美玲',
    ...ROLE_BLOCK,
    '',
    '  phase identify "Identify" {',
    '    step walk "Walk to the alarm and report" owner night-watch within 15m',
    '  }',
    '}',
    '',
].join('\n');

/** The holder the evidence points at (it holds the other logistics role) and the line the fix must add. */
const EXPECTED_FIRST = 'Assign "night-watch" to team "設施組"';
const EXPECTED_LINE = '  assign night-watch to 設施組';

/** Writes the scratch playbook into the workspace, before the workbench opens so that Ctrl+P finds it. */
export function writeQuickFixScratch(workspace: string): void {
    mkdirSync(path.join(workspace, 'scratch'), { recursive: true });
    writeFileSync(path.join(workspace, QUICK_FIX_FILE), TEXT);
}

/** Ctrl+. on the unassigned role: at most six entries, the expected holder first; Enter puts the assignment right after the role. */
export async function checkQuickFix(page: Page, workspace: string): Promise<void> {
    await page.keyboard.press('Escape');
    await quickOpen(page, path.basename(QUICK_FIX_FILE));
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: UI_WAIT_MS });
    const lines = TEXT.split('\n');
    const line = lines.findIndex(l => l.includes('owner night-watch'));
    await goToLine(page, line + 1, lines[line]!.indexOf('owner night-watch') + 'owner '.length + 2);
    // The widget nests an .action-widget inside another: the outer one is the menu.
    const menu = page.locator('.action-widget').first();
    // Group headers ("Quick Fix") are rows too; the list renders them with the class group-header.
    const entries = menu.locator('.monaco-list-row:not(.group-header)');
    // Ctrl+. before the server's code actions are in shows nothing. The light bulb VS Code shows
    // once the code actions at the cursor have arrived is the sign to wait for, then one Ctrl+.
    await page.locator('.monaco-editor .lightBulbWidget, .monaco-editor .codicon-light-bulb, .monaco-editor .codicon-lightbulb-autofix').first().waitFor({ timeout: UI_WAIT_MS });
    await page.keyboard.press('Control+.');
    await entries.filter({ hasText: 'night-watch' }).first().waitFor({ timeout: UI_WAIT_MS });
    const titles = (await entries.allInnerTexts()).map(t => t.trim().split('\n')[0]!.trim()).filter(t => t !== '');
    if (titles.length > 6) {
        throw new Error(`The quick-fix menu has ${titles.length} entries (at most 6): ${titles.join(' | ')}`);
    }
    if (titles[0] !== EXPECTED_FIRST) {
        throw new Error(`The first quick fix is "${titles[0]}", not "${EXPECTED_FIRST}": ${titles.join(' | ')}`);
    }
    if (!titles.at(-1)?.startsWith('Choose who holds "night-watch"')) {
        throw new Error(`The last entry is not "Choose who holds…": ${titles.join(' | ')}`);
    }
    await page.screenshot({ path: path.join(resultsRoot, 'e2e-quick-fix-menu.png') });
    await page.keyboard.press('Enter');
    await menu.waitFor({ state: 'hidden', timeout: UI_WAIT_MS });
    // The edit shows in the editor; then Ctrl+S, and the file on disk must come to hold it.
    await page.locator('.monaco-editor .view-line', { hasText: EXPECTED_LINE.trim() }).first().waitFor({ timeout: UI_WAIT_MS });
    await page.keyboard.press('Control+S');
    const expectedText = TEXT.replace(`${ROLE_BLOCK.join('\n')}\n`, `${ROLE_BLOCK.join('\n')}\n${EXPECTED_LINE}\n`);
    await fileReads(path.join(workspace, QUICK_FIX_FILE), expectedText, UI_WAIT_MS);
}
