/**
 * Hostile text and runner durability in Debian's chromium (playwright-core). A playbook whose
 * every string holds markup, script URLs and look-alike Unicode is exported with the real CLI;
 * the page must show it all as text, run no script, inject no element, open no dialog, and link
 * contacts only through tel:, mailto: and https:. A run must survive its page being killed and
 * the browser being closed without unload. Needs `npm run build` and /usr/bin/chromium.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import { emptyStore } from '../../runner/src/engine/playbook-store.js';
import type { HostMessage } from '../../protocol/src/playbook-webview-messages.js';
import { playbook, root } from '../cli/run-cli.js';
import { buildRunnerAssets, chromiumAvailable, launchChromium, launchProfile } from '../runner/browser-helpers.js';
import { webviewPageCsp } from '../../runner/src/html/webview-page.js';

const HOSTILE = path.join(root, 'test/robustness/fixtures/hostile.playbook');

// Evaluated in the page (the tests are type-checked without the DOM library, hence strings).
const ACTIVE_ELEMENTS = "document.querySelectorAll('script, style, link, iframe, img, svg, object, embed').length";
const PAGE_STATE = `({
    pwned: window.__pwned,
    scripts: document.scripts.length,
    active: ${ACTIVE_ELEMENTS},
    handlers: [...document.querySelectorAll('*')].flatMap(e => [...e.attributes].filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name)),
    links: [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')),
    bodyVisible: getComputedStyle(document.body).display !== 'none',
})`;

/** What PAGE_STATE returns. */
interface PageState {
    pwned: unknown;
    scripts: number;
    active: number;
    handlers: string[];
    links: string[];
    bodyVisible: boolean;
}

/** Exports a playbook with the built CLI and writes the page into `dir`; returns its file URL. */
function exportHtml(file: string, dir: string): { url: string; html: string } {
    const result = playbook(['export', file, '--format', 'html']);
    assert.equal(result.status, 0, result.stderr);
    const out = path.join(dir, `${path.basename(file, '.playbook')}.html`);
    writeFileSync(out, result.stdout);
    return { url: pathToFileURL(out).href, html: result.stdout };
}

/** Opens a persistent browser profile (its storage outlives the browser). */
function openProfile(profile: string): Promise<BrowserContext> {
    return launchProfile(profile, { viewport: { width: 1100, height: 1400 } });
}

/** Collects what must never happen on a page: dialogs, script errors, console errors (CSP violations among them). */
function watch(page: Page): string[] {
    const problems: string[] = [];
    page.on('dialog', dialog => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
    });
    page.on('pageerror', error => problems.push(`page error: ${error.message}`));
    page.on('console', message => {
        if (message.type() === 'error') {
            problems.push(`console: ${message.text()}`);
        }
    });
    return problems;
}

describe('hostile text in the exported runner (chromium)', function () {
    let dir: string;
    let context: BrowserContext | undefined;
    let page: Page;

    before(function () {
        if (!chromiumAvailable()) {
            this.skip();
        }
        dir = mkdtempSync(path.join(tmpdir(), 'playbook-hostile-'));
    });

    after(async () => {
        await context?.close();
        if (dir) {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('shows every hostile string as inert text: no script runs, no element is injected, no dialog opens', async () => {
        const { url, html } = exportHtml(HOSTILE, dir);
        const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
        assert.match(csp, /default-src 'none'/);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
        context = await openProfile(path.join(dir, 'profile-hostile'));
        page = context.pages()[0] ?? await context.newPage();
        const problems = watch(page);
        await page.goto(url);
        await page.getByRole('heading', { name: 'Start a run' }).waitFor();
        const baseline = await page.evaluate(ACTIVE_ELEMENTS) as number;
        await page.getByRole('radio').first().check();
        await page.getByRole('button', { name: 'Start the run' }).click();
        await page.getByRole('list', { name: 'Timeline' }).waitFor();
        // Hover and click everything a responder would: injected handlers would fire now.
        for (const checkbox of await page.getByRole('checkbox').all()) {
            await checkbox.check();
        }
        await page.mouse.move(10, 10);

        const text = await page.locator('body').innerText();
        for (const shown of ["<img src=x onerror=window.__pwned='step'>", "<script>window.__pwned='check'</script>", "javascript:window.__pwned='check-link'",
            "{{constructor.constructor('window.__pwned=7')()}} ${window.__pwned=8}"]) {
            assert.ok(text.includes(shown), `shown as text: ${shown}`);
        }
        const state = await page.evaluate(PAGE_STATE) as PageState;
        assert.equal(state.pwned, undefined);
        assert.equal(state.scripts, 2, 'only the model data and the runner script');
        assert.equal(state.active, baseline);
        assert.deepEqual(state.handlers, []);
        assert.ok(state.bodyVisible);
        const external = state.links.filter(href => !href.startsWith('#'));
        assert.deepEqual(external.filter(href => !/^(tel:|mailto:|https:)/.test(href)), [], external.join(' '));
        assert.deepEqual(problems, []);
    });

    it('links contacts only through tel:, mailto: and https:', async () => {
        const links = (await page.evaluate(PAGE_STATE) as PageState).links.filter(h => !h.startsWith('#'));
        // Bob's good contacts are links; mallory's script and data URLs and bob's plain-http chat are not.
        for (const expected of ['tel:+48600100200', 'mailto:bob@example.com', 'https://app.example.com/page']) {
            assert.ok(links.includes(expected), `${expected} in ${links.join(' ')}`);
        }
        // Mallory's https address stays a link, but percent-encoded: it cannot break out of the attribute.
        assert.ok(links.includes("https://evil.example/%22%3E%3Cscript%3Ewindow.__pwned='app'%3C/script%3E"), links.join(' '));
        assert.ok(!links.some(l => /[<>"\s]/.test(l) || l.startsWith('http:') || l.includes('javascript') || l.startsWith('data:')), links.join(' '));
    });
});

describe('hostile text in the VS Code webview face of the runner (chromium)', function () {
    let browser: Browser | undefined;

    before(function () {
        if (!chromiumAvailable()) {
            this.skip();
        }
    });

    after(async () => {
        await browser?.close();
    });

    it('renders the hostile playbook sent by the extension as inert text', async () => {
        const exported = playbook(['export', HOSTILE, '--format', 'json']);
        assert.equal(exported.status, 0, exported.stderr);
        const model = JSON.parse(exported.stdout) as PlaybookModel;
        const { script, style } = await buildRunnerAssets();
        browser = await launchChromium();
        const page = await browser.newPage();
        const problems = watch(page);
        await page.setContent('<!DOCTYPE html><html><head></head><body><div id="runner"></div></body></html>');
        // VS Code's webview API as the runner uses it, in plain text (see test/runner/webview-protocol.browser.test.ts).
        await page.addScriptTag({ content: 'window.acquireVsCodeApi = function () { return { postMessage: function () {}, setState: function () {} }; };' });
        await page.addStyleTag({ content: style });
        await page.addScriptTag({ content: script });
        const init: HostMessage = { type: 'init', documentUri: 'file:///ws/hostile.playbook', model, store: emptyStore(model.name), locale: 'en' };
        await page.evaluate(`window.postMessage(${JSON.stringify(init)}, '*')`);
        await page.getByRole('heading', { name: 'Start a run' }).waitFor();
        const baseline = await page.evaluate(ACTIVE_ELEMENTS) as number;
        await page.getByRole('radio').first().check();
        await page.getByRole('button', { name: 'Start the run' }).click();
        for (const checkbox of await page.getByRole('checkbox').all()) {
            await checkbox.check();
        }
        const text = await page.locator('body').innerText();
        assert.ok(text.includes("<img src=x onerror=window.__pwned='step'>"));
        const state = await page.evaluate(PAGE_STATE) as PageState;
        assert.equal(state.pwned, undefined);
        assert.equal(state.active, baseline);
        assert.deepEqual(state.handlers, []);
        assert.deepEqual(state.links.filter(href => !href.startsWith('#') && !/^(tel:|mailto:|https:)/.test(href)), []);
        assert.deepEqual(problems, []);
    });
});

describe('runner durability (chromium)', function () {
    let dir: string;

    before(function () {
        if (!chromiumAvailable()) {
            this.skip();
        }
        dir = mkdtempSync(path.join(tmpdir(), 'playbook-durable-'));
    });

    after(() => {
        if (dir) {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    it('keeps a run through a killed page and a browser closed without unload', async () => {
        const { url } = exportHtml(path.join(root, 'samples/playbooks/service-outage.playbook'), dir);
        const profile = path.join(dir, 'profile');
        const done = (page: Page) => page.getByRole('checkbox', { name: 'Acknowledge the page and join the war room', exact: true });

        let context = await openProfile(profile);
        let page = await context.newPage();
        await page.goto(url);
        await page.getByRole('radio', { name: 'Availability below SLO' }).check();
        await page.getByLabel('Severity').selectOption('sev1');
        await page.getByRole('button', { name: 'Start the run' }).click();
        await done(page).check();
        assert.equal(await done(page).isChecked(), true);

        // The renderer dies mid-run: no unload, no beforeunload, nothing gets a chance to save.
        const crashed = new Promise(resolve => page.once('crash', resolve));
        void page.goto('chrome://crash').catch(() => undefined);
        await crashed;
        page = await context.newPage();
        await page.goto(url);
        await page.getByRole('list', { name: 'Timeline' }).waitFor();
        assert.equal(await done(page).isChecked(), true, 'the tick survived the killed page');

        // The whole browser goes away with the page open, then comes back on the same profile.
        await context.close();
        context = await openProfile(profile);
        page = context.pages()[0] ?? await context.newPage();
        await page.goto(url);
        await page.getByRole('list', { name: 'Timeline' }).waitFor();
        assert.equal(await done(page).isChecked(), true, 'the tick survived the browser');
        await context.close();
    });
});

describe('content security policies', () => {
    it('the webview pages allow no inline or eval script, and only their own resources', () => {
        // Both views (the runner, the Diagram view) take their policy from the one page shell.
        for (const nonceStyles of [false, true]) {
            const csp = webviewPageCsp({ cspSource: 'SELF', nonce: 'N0NCE' }, nonceStyles);
            assert.match(csp, /^default-src 'none';/);
            assert.match(csp, /script-src 'nonce-N0NCE';/);
            assert.match(csp, nonceStyles ? /style-src SELF 'nonce-N0NCE';/ : /style-src SELF;/);
            assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:|\*/);
        }
    });
});
