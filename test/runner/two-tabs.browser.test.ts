/**
 * Two tabs of the same exported runbook in one chromium (issue 22): ticks made in both tabs are
 * both kept, in both tabs' views, and after a reload; each tab says another one is driving the
 * run. Also: two step names that once shared an element id tick only themselves.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import { buildRunnerHtml } from '../../runner/src/html/playbook-standalone-page.js';
import { buildRunnerAssets, chromiumAvailable, launchChromium } from './browser-helpers.js';
import { sampleModel } from './helpers.js';

const ACK = 'Acknowledge the page and join the war room';
const CHECK = 'Customer reports or synthetic checks agree';
const DRIVEN = 'Another window or tab is driving this run too';

describe('two tabs of one runbook in chromium', function () {
    let browser: Browser | undefined;
    let context: BrowserContext;
    let dir: string;
    let assets: { script: string; style: string };
    const problems: string[] = [];

    const open = async (url: string): Promise<Page> => {
        const page = await context.newPage();
        page.on('pageerror', error => problems.push(`page error: ${error.message}`));
        await page.goto(url);
        return page;
    };
    const done = (page: Page, title: string) => page.getByRole('checkbox', { name: title, exact: true });
    const timeline = (page: Page) => page.getByRole('list', { name: 'Timeline' });

    before(async function () {
        if (!chromiumAvailable()) {
            this.skip();
        }
        assets = await buildRunnerAssets();
        dir = mkdtempSync(path.join(tmpdir(), 'runner-tabs-'));
        browser = await launchChromium();
        context = await browser.newContext({ viewport: { width: 1000, height: 1200 } });
    });

    after(async () => {
        await browser?.close();
        if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('keeps the ticks of both tabs, in both views, and after reloading both', async () => {
        const file = path.join(dir, 'service-outage.html');
        writeFileSync(file, buildRunnerHtml(await sampleModel('playbooks/service-outage.playbook'), assets));
        const url = pathToFileURL(file).href;
        const first = await open(url);
        await first.getByRole('radio', { name: 'Availability below SLO' }).check();
        await first.getByRole('button', { name: 'Start the run' }).click();
        await done(first, ACK).waitFor();
        const second = await open(url);
        await done(second, ACK).waitFor();

        // Both tabs act at once: neither waits for the other's save.
        await Promise.all([done(first, ACK).check(), second.getByRole('checkbox', { name: CHECK }).check()]);
        await second.getByLabel('Note for the timeline').fill('Seen from the second tab');
        await second.getByRole('button', { name: 'Add note' }).click();

        for (const [page, name] of [[first, 'first'], [second, 'second']] as const) {
            await timeline(page).getByText('Note: Seen from the second tab').waitFor();
            await timeline(page).getByText(`Done: ${ACK}.`).waitFor();
            await timeline(page).getByText(`Checked "${CHECK}"`, { exact: false }).waitFor();
            assert.equal(await done(page, ACK).isChecked(), true, `${name} tab shows the first tab's tick`);
            assert.equal(await page.getByRole('checkbox', { name: CHECK }).isChecked(), true, `${name} tab shows the second tab's tick`);
            assert.equal(await timeline(page).getByRole('listitem').count(), 4, `${name} tab: start, done, check, note, each once`);
        }
        await first.getByRole('status').filter({ hasText: DRIVEN }).waitFor();
        await second.getByRole('status').filter({ hasText: DRIVEN }).waitFor();

        await Promise.all([first.reload(), second.reload()]);
        for (const page of [first, second]) {
            await timeline(page).getByText('Note: Seen from the second tab').waitFor();
            assert.equal(await done(page, ACK).isChecked(), true);
            assert.equal(await page.getByRole('checkbox', { name: CHECK }).isChecked(), true);
            assert.equal(await timeline(page).getByRole('listitem').count(), 4);
        }
        await first.close();
        await second.close();
    });

    it('ticks only the step whose label was clicked when two names encode alike (é and _C3_A9)', async () => {
        const model: PlaybookModel = {
            ...(await sampleModel('playbooks/service-outage.playbook')),
            name: 'ids', triggers: [],
            phases: [{ name: 'p', items: [
                { kind: 'step', name: 'é', title: 'Accented step', phase: 'p', after: [], checks: [] },
                { kind: 'step', name: '_C3_A9', title: 'Escaped step', phase: 'p', after: ['é'], checks: [] },
            ] }],
        };
        const file = path.join(dir, 'ids.html');
        writeFileSync(file, buildRunnerHtml(model, assets));
        const page = await open(pathToFileURL(file).href);
        await page.getByRole('button', { name: 'Start the run' }).click();
        await page.locator('label', { hasText: 'Escaped step' }).click();
        assert.equal(await done(page, 'Escaped step').isChecked(), true);
        assert.equal(await done(page, 'Accented step').isChecked(), false);
        assert.equal(await page.locator('[id]').evaluateAll(elements => {
            const ids = elements.map(e => e.id);
            return ids.length - new Set(ids).size;
        }), 0, 'no two elements share an id');
        await page.close();
    });

    it('ran without script errors', () => {
        assert.deepEqual(problems, []);
    });
});
