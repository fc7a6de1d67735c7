/**
 * A drill in the standalone page, in chromium, on playwright's fake clock: marked as a drill,
 * its clock at ×60, an injected fault offering the channel's backup, and the drill report.
 * Saves test-results/runner-drill.png and test-results/run-record.png (the run record rendered),
 * the pictures in docs/images/.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import type { Browser, Page } from 'playwright-core';
import { buildRunnerHtml } from '../../runner/src/html/playbook-standalone-page.js';
import { buildRunnerAssets, chromiumAvailable, launchChromium } from './browser-helpers.js';
import { sampleModel } from './helpers.js';

describe('a drill in chromium', function () {
    let browser: Browser | undefined;
    let page: Page;
    let dir: string;

    before(async function () {
        if (!chromiumAvailable()) {
            this.skip();
        }
        const html = buildRunnerHtml(await sampleModel('playbooks/service-outage.playbook'), await buildRunnerAssets());
        dir = mkdtempSync(path.join(tmpdir(), 'runner-drill-'));
        const file = path.join(dir, 'service-outage.html');
        writeFileSync(file, html);
        browser = await launchChromium();
        const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 1500 }, timezoneId: 'Europe/Warsaw' });
        page = await context.newPage();
        // The page's clock stands still unless the test moves it: what the drill shows never
        // depends on how many real milliseconds the machine took between two steps.
        await page.clock.install({ time: new Date('2026-11-23T09:00:00Z') });
        await page.clock.pauseAt(new Date('2026-11-23T10:00:00Z'));
        await page.goto(pathToFileURL(file).href);
        mkdirSync('test-results', { recursive: true });
    });

    after(async () => {
        await browser?.close();
        if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('starts a drill at ×60, marked as a drill everywhere', async () => {
        await page.getByRole('radio', { name: 'Availability below SLO' }).check();
        await page.getByLabel('Severity').selectOption('sev1');
        await page.getByLabel('This is a drill (a rehearsal, not a real incident)').check();
        await page.getByLabel('Drill clock').selectOption('60');
        await page.getByLabel('Drill', { exact: true }).selectOption('tabletop');
        await page.getByRole('button', { name: 'Start the run' }).click();
        await page.getByText('DRILL: not a real incident. Clock ×60.').waitFor();
        assert.match(await page.title(), /^\[DRILL\] Run: /);
        assert.match(await page.getByRole('list', { name: 'Timeline' }).innerText(), /DRILL started \(tabletop, clock ×60\)/);
    });

    it('runs its clock sixty times faster and offers the backup of a channel that is down', async () => {
        await page.getByRole('checkbox', { name: 'Acknowledge the page and join the war room', exact: true }).check();
        await page.getByLabel('Channel', { exact: true }).selectOption('war-room');
        await page.getByRole('button', { name: 'Inject: this channel is down' }).click();
        await page.clock.runFor(60_000); // one real minute: an hour of drill time
        const status = page.getByRole('region', { name: 'Run status' });
        assert.match(await status.innerText(), /Elapsed 1h(?!\s*\d)/, 'exactly an hour of drill time: the clock is paused between actions');
        const doNow = await page.getByRole('region', { name: 'Do now' }).innerText();
        assert.match(doNow, /war-room is down: use bridge \(phone \+48 22 555 0100\) instead\./);
        await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0)); // the focused button may lie below
        await page.screenshot({ path: 'test-results/runner-drill.png', fullPage: false });
    });

    it('exports the drill report with what was late and never reached', async () => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Drill report (Markdown)' }).click()]);
        const file = path.join(dir, 'report.md');
        await download.saveAs(file);
        const report = readFileSync(file, 'utf8');
        assert.match(report, /^# Drill report: Customer-facing service outage$/m);
        assert.match(report, /^- Confirm impact from a second source: over its time box by /m);
        assert.match(report, /^- Drill fault: channel war-room is down\.$/m);
        assert.match(report, /^## Never reached$/m);
    });

    it('writes a run record that reads as a document (rendered for docs/images)', async () => {
        await page.getByRole('button', { name: 'Mark resolved' }).click();
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export timeline (Markdown)' }).click()]);
        const file = path.join(dir, 'record.md');
        await download.saveAs(file);
        const markdown = readFileSync(file, 'utf8');
        assert.match(markdown, /^# Drill timeline \(not a real incident\): Customer-facing service outage$/m);
        assert.match(markdown, /Incident resolved\./);
        const record = await browser!.newPage({ viewport: { width: 900, height: 1100 } });
        await record.setContent(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><style>body{font:15px/1.5 system-ui,sans-serif;max-width:52rem;margin:1.5rem auto;padding:0 1rem;color:#1b1b1b}h1{font-size:1.5em}h2{border-bottom:1px solid #ccc}code{background:#f2f2f2}</style></head><body>${new MarkdownIt({ html: false }).render(markdown)}</body></html>`);
        await record.screenshot({ path: 'test-results/run-record.png', fullPage: true });
        await record.close();
    });
});
