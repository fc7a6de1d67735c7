/**
 * The standalone HTML runner driven in Debian's chromium (playwright-core): start a run, tick
 * steps, take a decision, reload and find the state intact, export the timeline, keep corrupt
 * storage aside. Needs /usr/bin/chromium (`apt-get install -y chromium`); skips, saying so, without it.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { buildRunnerHtml } from '../../runner/src/html/playbook-standalone-page.js';
import { buildRunnerAssets, chromiumAvailable, launchChromium } from './browser-helpers.js';
import { sampleModel } from './helpers.js';

describe('standalone HTML runner in chromium', function () {
    let browser: Browser | undefined;
    let dir: string;
    let url: string;
    let page: Page;
    const problems: string[] = [];

    before(async function () {
        if (!chromiumAvailable()) {
            this.skip();
        }
        const model = await sampleModel('playbooks/service-outage.playbook');
        const html = buildRunnerHtml(model, await buildRunnerAssets());
        assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|https?:\/\/(?!status\.example\.com)/);
        dir = mkdtempSync(path.join(tmpdir(), 'runner-html-'));
        const file = path.join(dir, 'service-outage.html');
        writeFileSync(file, html);
        url = pathToFileURL(file).href;
        browser = await launchChromium();
        const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1100, height: 1400 } });
        page = await context.newPage();
        page.on('pageerror', error => problems.push(`page error: ${error.message}`));
        page.on('console', message => {
            if (message.type() === 'error') problems.push(`console: ${message.text()}`);
        });
        await page.goto(url);
        await page.getByRole('heading', { name: 'Start a run' }).waitFor();
        mkdirSync('test-results', { recursive: true });
        await page.screenshot({ path: 'test-results/runner-start.png', fullPage: true });
    });

    after(async () => {
        await browser?.close();
        if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('starts a run from a trigger and a severity, with the criteria shown', async () => {
        await page.getByRole('heading', { name: 'Start a run' }).waitFor();
        assert.ok(await page.getByText('When error-rate > 5%, severity sev1.').isVisible());
        await page.getByRole('radio', { name: 'Availability below SLO' }).check();
        await page.getByLabel('Severity').selectOption('sev1');
        await page.getByRole('button', { name: 'Start the run' }).click();
        const doNow = page.getByRole('region', { name: 'Do now' });
        await doNow.getByRole('link', { name: 'Acknowledge the page and join the war room' }).waitFor();
        assert.match(await page.getByRole('region', { name: 'Escalation' }).innerText(), /Level 1 \(pass 1\)[\s\S]*SRE primary on-call[\s\S]*Next: level 2, \d+m \d+s left\./);
        assert.match(await page.getByRole('region', { name: 'Updates' }).innerText(), /Tell responders via war-room[\s\S]*due now/);
    });

    it('ticks steps with the keyboard and the mouse, and takes a decision', async () => {
        const first = page.getByRole('checkbox', { name: 'Acknowledge the page and join the war room', exact: true });
        await first.focus();
        await page.keyboard.press('Space');
        assert.equal(await page.getByRole('checkbox', { name: 'Acknowledge the page and join the war room', exact: true }).isChecked(), true);
        await page.getByRole('checkbox', { name: 'Customer reports or synthetic checks agree' }).check();
        for (const title of ['Confirm impact from a second source', 'Declare the incident and its severity', 'Start the timeline']) {
            await page.getByRole('checkbox', { name: title, exact: true }).check();
        }
        await page.getByRole('button', { name: 'no', exact: true }).click();
        await page.getByRole('region', { name: 'Do now' }).getByRole('link', { name: 'Diagnose with the subject matter experts' }).waitFor();
        assert.equal(await page.getByRole('button', { name: 'no', exact: true }).getAttribute('aria-pressed'), 'true');
        // "Do now" takes a keyboard user straight to the step's checkbox.
        await page.getByRole('region', { name: 'Do now' }).getByRole('link', { name: 'Diagnose with the subject matter experts' }).press('Enter');
        const focused = await page.getByRole('checkbox', { name: 'Diagnose with the subject matter experts', exact: true })
            .evaluate(element => (element as unknown as { ownerDocument: { activeElement: unknown } }).ownerDocument.activeElement === element);
        assert.equal(focused, true);
        await page.getByRole('button', { name: 'Skip… Post the all-clear on every channel' }).click();
        await page.getByLabel('Reason for skipping "Post the all-clear on every channel"').fill('Status page already green');
        await page.getByRole('button', { name: 'Confirm', exact: true }).click();
        await page.getByRole('region', { name: 'Escalation' }).getByRole('button', { name: 'Acknowledge: someone is on it (stops escalation)' }).click();
        await page.getByLabel('Note for the timeline').fill('Checkout errors started at 09:58 <b>not bold</b>');
        await page.getByRole('button', { name: 'Add note' }).click();
        const timeline = page.getByRole('list', { name: 'Timeline' });
        await timeline.getByText('Note: Checkout errors started at 09:58 <b>not bold</b>').waitFor();
        assert.equal(await timeline.getByRole('listitem').count(), 10);
    });

    it('finds the state intact after a reload', async () => {
        await page.reload();
        const timeline = page.getByRole('list', { name: 'Timeline' });
        await timeline.waitFor();
        assert.equal(await timeline.getByRole('listitem').count(), 10);
        for (const title of ['Acknowledge the page and join the war room', 'Confirm impact from a second source', 'Declare the incident and its severity', 'Start the timeline']) {
            assert.equal(await page.getByRole('checkbox', { name: title, exact: true }).isChecked(), true, title);
        }
        assert.equal(await page.getByRole('checkbox', { name: 'Roll back the last change', exact: true }).isChecked(), false);
        assert.match(await page.locator('li#item-rollback').innerText(), /Not needed on this path/);
        assert.equal(await page.getByRole('button', { name: 'no', exact: true }).getAttribute('aria-pressed'), 'true');
        assert.match(await page.getByRole('region', { name: 'Escalation' }).innerText(), /Acknowledged at/);
        await page.screenshot({ path: 'test-results/runner.png', fullPage: true });
        await page.emulateMedia({ colorScheme: 'dark' });
        await page.screenshot({ path: 'test-results/runner-dark.png' });
        await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
        await page.screenshot({ path: 'test-results/runner-forced-colors.png' });
        await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    });

    it('exports the timeline as Markdown with the review assessments as headings', async () => {
        const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export timeline (Markdown)' }).click()]);
        assert.match(download.suggestedFilename(), /^service-outage-.*\.md$/);
        const file = path.join(dir, 'timeline.md');
        await download.saveAs(file);
        const markdown = readFileSync(file, 'utf8');
        assert.match(markdown, /^# Incident timeline: Customer-facing service outage$/m);
        assert.match(markdown, /: Decided "Was there a deploy or config change in the last 2 hours\?": no\.$/m);
        assert.match(markdown, /: Skipped: Post the all-clear on every channel\. Reason: Status page already green$/m);
        assert.match(markdown, /^### Response speed$/m);
        assert.match(markdown, /^### Risk of related incidents$/m);
    });

    it('keeps unreadable stored state aside and says so', async () => {
        await page.evaluate(() => localStorage.setItem('incident-playbook-runner:service-outage', '{"storeVersion":1,'));
        await page.reload();
        const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
        await alert.waitFor();
        const key = /under "([^"]+)"/.exec(await alert.innerText())?.[1];
        assert.ok(key?.startsWith('incident-playbook-runner:service-outage:unreadable:'));
        assert.equal(await page.evaluate(k => localStorage.getItem(k), key!), '{"storeVersion":1,');
        await page.getByRole('heading', { name: 'Start a run' }).waitFor();
    });

    it('ran without script errors or CSP violations', () => {
        assert.deepEqual(problems, []);
    });
});
