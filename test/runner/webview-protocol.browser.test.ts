/**
 * The VS Code face of the runner, in chromium: the same bundle with a stand-in for VS Code's
 * `acquireVsCodeApi`, driven through the typed messages of protocol/src/playbook-webview-messages.ts.
 */
import { strict as assert } from 'node:assert';
import type { Browser, Page } from 'playwright-core';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import type { RunnerStore } from '../../protocol/src/playbook-run-store.js';
import { emptyStore } from '../../runner/src/engine/playbook-store.js';
import type { HostMessage, WebviewMessage } from '../../protocol/src/playbook-webview-messages.js';
import { buildRunnerAssets, chromiumAvailable, launchChromium } from './browser-helpers.js';
import { sampleModel } from './helpers.js';

/** The page's global object as the stand-in below shapes it (the tests are compiled without the DOM library). */
interface PageGlobal {
    posted: WebviewMessage[];
    savedState: unknown;
    pwned?: number;
    postMessage(message: unknown, target: string): void;
}

describe('runner webview messages in chromium', function () {
    let browser: Browser | undefined;
    let page: Page;
    let model: PlaybookModel;

    const send = (message: HostMessage): Promise<void> => page.evaluate(m => (globalThis as unknown as PageGlobal).postMessage(m, '*'), message);
    const posted = (): Promise<WebviewMessage[]> => page.evaluate(() => (globalThis as unknown as PageGlobal).posted);

    before(async function () {
        if (!chromiumAvailable()) {
            this.skip();
        }
        model = await sampleModel('playbooks/data-breach.playbook');
        const { script, style } = await buildRunnerAssets();
        browser = await launchChromium();
        page = await browser.newPage();
        await page.setContent('<!DOCTYPE html><html><head></head><body><div id="runner"></div></body></html>');
        // VS Code's webview API, as the runner uses it: postMessage and setState. Plain text, because
        // functions passed to evaluate() carry tsx's name helpers, which the page does not have.
        await page.addScriptTag({
            content: 'window.posted = []; window.acquireVsCodeApi = function () { return {'
                + ' postMessage: function (m) { window.posted.push(m); }, setState: function (s) { window.savedState = s; } }; };',
        });
        await page.addStyleTag({ content: style });
        await page.addScriptTag({ content: script });
    });

    after(async () => {
        await browser?.close();
    });

    it('says it is ready, renders the init message and remembers what to restore', async () => {
        assert.deepEqual(await posted(), [{ type: 'ready' }]);
        await send({ type: 'init', documentUri: 'file:///ws/data-breach.playbook', model, store: emptyStore(model.name), locale: 'en' });
        await page.getByRole('heading', { name: 'Start a run' }).waitFor();
        assert.deepEqual(await page.evaluate(() => (globalThis as unknown as PageGlobal).savedState), { documentUri: 'file:///ws/data-breach.playbook', playbook: 'data-breach' });
    });

    it('posts the whole store to save after every action', async () => {
        await page.getByRole('radio', { name: 'DLP alert on customer records' }).check();
        await page.getByRole('button', { name: 'Start the run' }).click();
        await page.getByRole('checkbox', { name: 'Confirm the event through two independent channels', exact: true }).check();
        const saves = (await posted()).filter((m): m is Extract<WebviewMessage, { type: 'save' }> => m.type === 'save');
        assert.equal(saves.length, 2);
        const last: RunnerStore = saves[1]!.store;
        assert.deepEqual(last.current?.events.map(e => e.type), ['start', 'step-done']);
        assert.equal(last.current?.events[0]?.type === 'start' && last.current.events[0].severity, 'sev1');
    });

    it('takes a changed model, keeps progress and lists what changed', async () => {
        const edited: PlaybookModel = {
            ...model,
            phases: model.phases.map(phase => ({ ...phase, items: phase.items.filter(item => item.name !== 'record') })),
        };
        await send({ type: 'model', model: edited });
        const changes = page.getByRole('status').filter({ hasText: 'The playbook changed' });
        await changes.waitFor();
        assert.match(await changes.innerText(), /Step "record" was removed; what was done on it stays in the timeline./);
        assert.equal(await page.getByRole('checkbox', { name: 'Confirm the event through two independent channels', exact: true }).isChecked(), true);
        await send({ type: 'model-error', message: 'The playbook cannot be run: line 3 is broken.' });
        await page.getByRole('alert').filter({ hasText: 'line 3 is broken' }).waitFor();
    });

    it('renders hostile playbook text as text', async () => {
        const hostile: PlaybookModel = {
            ...model,
            title: '<img src=x onerror="window.pwned=1">',
            phases: [{ name: 'p', items: [{ kind: 'step', name: 's', title: '<script>window.pwned=1</script>', phase: 'p', after: [], checks: ['<b>bold</b>'] }] }],
        };
        await send({ type: 'model', model: hostile });
        await page.getByRole('checkbox', { name: '<script>window.pwned=1</script>', exact: true }).waitFor();
        assert.equal(await page.evaluate(() => (globalThis as unknown as PageGlobal).pwned), undefined);
        assert.equal(await page.locator('#runner img, #runner b').count(), 0);
    });
});
