/**
 * The responder's screen under stress (issue 19, part 5), in chromium: "Do now" holds every
 * action due (whom to page with the number, updates, steps), labels read as sentences, a sent
 * update is not shown overdue, resolving stops the clocks and says so, times carry their zone,
 * live edits are logged once per pause in words; axe-core finds no serious or critical
 * violation in the light, dark and forced-colours schemes, and nothing scrolls sideways at 200%.
 */
import { strict as assert } from 'node:assert';
import type { Browser, Page } from 'playwright-core';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import type { HostMessage } from '../../protocol/src/playbook-webview-messages.js';
import { emptyStore } from '../../runner/src/engine/playbook-store.js';
import { AXE_SCRIPT, buildRunnerAssets, chromiumAvailable, launchChromium, seriousViolations } from './browser-helpers.js';
import { sampleModel } from './helpers.js';

describe("the responder's screen in chromium", function () {
    let browser: Browser | undefined;
    let page: Page;
    let model: PlaybookModel;

    const send = (message: HostMessage): Promise<void> => page.evaluate(m => (globalThis as unknown as { postMessage(m: unknown, t: string): void }).postMessage(m, '*'), message);
    const doNow = () => page.getByRole('region', { name: 'Do now' });
    const serious = (): Promise<string[]> => seriousViolations(page);

    before(async function () {
        if (!chromiumAvailable()) {
            this.skip();
        }
        model = await sampleModel('playbooks/service-outage.playbook');
        const { script, style } = await buildRunnerAssets();
        browser = await launchChromium();
        page = await browser.newPage({ viewport: { width: 1100, height: 1400 }, timezoneId: 'Europe/Warsaw' });
        await page.setContent('<!DOCTYPE html><html lang="en"><head><title>runner</title></head><body><div id="runner"></div></body></html>');
        // The VS Code face: a stand-in for acquireVsCodeApi, then the runner bundle and axe-core.
        await page.addScriptTag({ content: 'window.posted = []; window.acquireVsCodeApi = function () { return { postMessage: function (m) { window.posted.push(m); }, setState: function () {} }; };' });
        await page.addStyleTag({ content: style });
        await page.addScriptTag({ content: script });
        await page.addScriptTag({ content: AXE_SCRIPT });
        await send({ type: 'init', documentUri: 'file:///ws/service-outage.playbook', model, store: emptyStore(model.name), locale: 'en' });
        await page.getByRole('radio', { name: 'Availability below SLO' }).check();
        await page.getByLabel('Severity').selectOption('sev1');
        await page.getByRole('button', { name: 'Start the run' }).click();
    });

    after(async () => {
        await browser?.close();
    });

    it('puts every action due in "Do now": whom to page with the number to call, the update due, the first step', async () => {
        const text = await doNow().innerText();
        assert.match(text, /Page SRE primary on-call now \(escalation level 1\)\./);
        assert.match(text, /Send the update to responders via war-room/);
        assert.match(text, /Acknowledge the page and join the war room/);
        assert.ok(await doNow().locator('a[href^="tel:"]').count() > 0, 'the number to call is a link');
        assert.ok(await doNow().getByRole('button', { name: 'Acknowledge: someone is on it (stops escalation)' }).isVisible());
        // Labels read as sentences: the step's checkbox is named by the step itself.
        assert.ok(await page.getByRole('checkbox', { name: 'Acknowledge the page and join the war room', exact: true }).isVisible());
        assert.match(await page.getByRole('region', { name: 'Run status' }).innerText(), /Incident in progress[\s\S]*Severity sev1: Full outage[\s\S]*Next: /);
    });

    it('shows times with their zone, in one format', async () => {
        const stamp = await page.getByRole('list', { name: 'Timeline' }).locator('time').first().innerText();
        assert.match(stamp, /\d{1,2}:\d{2}( [AP]M)? (GMT\+1|CET|UTC\+1)$/, stamp);
    });

    it('does not turn a sent update red: "sent at …", waiting for its next event', async () => {
        await doNow().getByRole('button', { name: 'Mark the update to responders as sent' }).click();
        const updates = page.getByRole('region', { name: 'Updates' });
        await updates.getByText(/responders via war-room.*: sent at/).waitFor();
        assert.equal(await updates.locator('li', { hasText: 'responders via war-room' }).locator('.overdue').count(), 0);
        assert.doesNotMatch(await doNow().innerText(), /Send the update to responders/);
    });

    it('has no serious or critical accessibility violation, in light, dark and forced colours', async () => {
        await page.getByRole('checkbox', { name: 'Acknowledge the page and join the war room', exact: true }).check();
        for (const scheme of [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { colorScheme: 'light', forcedColors: 'active' }] as const) {
            await page.emulateMedia(scheme);
            assert.deepEqual(await serious(), [], JSON.stringify(scheme));
        }
        await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    });

    it('reads at 200% zoom without scrolling sideways', async () => {
        await page.setViewportSize({ width: 640, height: 900 });
        await page.evaluate(() => { (globalThis as unknown as { document: { body: { style: { zoom: string } } } }).document.body.style.zoom = '2'; });
        const overflow = await page.evaluate(() => {
            const d = (globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }).document.documentElement;
            return d.scrollWidth - d.clientWidth;
        });
        const wide = await page.evaluate(() => {
            const g = globalThis as unknown as { document: { documentElement: { clientWidth: number }; querySelectorAll(s: string): ArrayLike<{ getBoundingClientRect(): { right: number }; className: string; tagName: string }> } };
            const width = g.document.documentElement.clientWidth;
            return Array.from(g.document.querySelectorAll('#runner *')).filter(e => e.getBoundingClientRect().right > width + 1).slice(0, 5).map(e => `${e.tagName}.${e.className}`);
        });
        assert.ok(overflow <= 1, `scrolls sideways by ${overflow}px: ${wide.join(', ')}`);
        assert.deepEqual(await serious(), []);
        await page.evaluate(() => { (globalThis as unknown as { document: { body: { style: { zoom: string } } } }).document.body.style.zoom = ''; });
        await page.setViewportSize({ width: 1100, height: 1400 });
    });

    it('logs live edits once per pause in typing, in words', async () => {
        const step = { kind: 'step' as const, name: 'triage', title: 'Triage the alerts', phase: 'identify', after: [], checks: [] };
        const typed = (title: string): PlaybookModel => ({
            ...model, phases: model.phases.map(p => (p.name === 'identify' ? { ...p, items: [...p.items, { ...step, title }] } : p)),
        });
        for (const title of ['T', 'Tr', 'Tri', 'Triage the', 'Triage the alerts']) await send({ type: 'model', model: typed(title) });
        const timeline = page.getByRole('list', { name: 'Timeline' });
        await timeline.getByText('The playbook changed: Step "triage" was added.').waitFor();
        assert.equal(await timeline.getByText('The playbook changed').count(), 1);
    });

    it('stops the clocks when the incident is resolved, and says so', async () => {
        await page.getByRole('button', { name: 'Mark resolved' }).click();
        const status = page.getByRole('region', { name: 'Run status' });
        await status.getByText(/Resolved at .*: the clocks have stopped/).waitFor();
        assert.match(await doNow().innerText(), /The incident was resolved at .*The clocks have stopped/);
        assert.equal(await doNow().locator('.timebox').count(), 0, 'no time box counts down after resolving');
        assert.equal(await status.locator('[data-live]').count(), 0, 'nothing in the status bar is live any more');
    });
});
