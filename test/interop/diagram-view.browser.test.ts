/**
 * The VS Code "Diagram" view's page in Debian's chromium, built as the extension builds it
 * (runner/src/html/playbook-diagram-page.ts, dist/webview/diagram.js): Mermaid draws the flow
 * and every escalation path of a sample under the page's strict policy, with its own styles
 * applied (by nonce) and not one policy violation; a second message redraws after an edit.
 * Needs `npm run build`; skips, saying so, without /usr/bin/chromium.
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { mermaidDiagramTexts } from '../../interop/src/mermaid/mermaid-export.js';
import type { DiagramHostMessage, DiagramWebviewMessage } from '../../protocol/src/playbook-diagram-messages.js';
import { diagramPageCsp, diagramPageHtml } from '../../runner/src/html/playbook-diagram-page.js';
import { chromiumAvailable, launchChromium } from '../runner/browser-helpers.js';
import { sampleModel } from '../runner/helpers.js';

const ASSETS = path.resolve('dist', 'webview');
const NONCE = 'dGVzdC1ub25jZS0xMjM0NQ==';

// Evaluated in the page before its script (the tests are type-checked without the DOM library, hence a string):
// the webview's VS Code API, recording what the page posts, and every policy violation.
const FAKE_VSCODE = `
    window.__posted = [];
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));
    window.acquireVsCodeApi = () => ({ postMessage: message => window.__posted.push(message) });
`;

async function posted(page: Page): Promise<DiagramWebviewMessage[]> {
    return page.evaluate('window.__posted') as Promise<DiagramWebviewMessage[]>;
}

/**
 * What the policy refused. Chrome reports a style attribute in markup parsed into a detached
 * document (Mermaid's DOMPurify pass, and adoptSvg's DOMParser) as refused although that
 * document never renders; those styles reach the page through the CSSOM. Nothing else may be
 * refused: no <style> element (Mermaid's get the nonce), no script, nothing loaded.
 */
async function refusedBesidesParsedStyleAttributes(page: Page): Promise<string[]> {
    return ((await page.evaluate('window.__violations')) as string[]).filter(directive => directive !== 'style-src-attr');
}

/** Sends a host message and waits for the page to say it drew it. */
async function draw(page: Page, message: DiagramHostMessage): Promise<Extract<DiagramWebviewMessage, { type: 'rendered' }>> {
    const before = (await posted(page)).length;
    await page.evaluate(`window.postMessage(${JSON.stringify(message)}, '*')`);
    await page.waitForFunction(`window.__posted.length > ${before}`);
    const last = (await posted(page)).at(-1)!;
    assert.equal(last.type, 'rendered');
    return last as Extract<DiagramWebviewMessage, { type: 'rendered' }>;
}

(chromiumAvailable() ? describe : describe.skip)('the Diagram view (chromium, under its content security policy)', () => {
    let browser: Browser;
    let dir: string;
    let url: string;

    before(async () => {
        assert.ok(existsSync(path.join(ASSETS, 'diagram.js')), 'dist/webview/diagram.js is missing: run "npm run build" first');
        dir = mkdtempSync(path.join(tmpdir(), 'playbook-diagram-'));
        copyFileSync(path.join(ASSETS, 'diagram.js'), path.join(dir, 'diagram.js'));
        copyFileSync(path.join(ASSETS, 'diagram.css'), path.join(dir, 'diagram.css'));
        writeFileSync(path.join(dir, 'diagram.html'), diagramPageHtml({ cspSource: 'file:', scriptUri: 'diagram.js', styleUri: 'diagram.css', nonce: NONCE, lang: 'en', title: 'Diagram' }));
        url = pathToFileURL(path.join(dir, 'diagram.html')).href;
        browser = await launchChromium();
        mkdirSync('test-results', { recursive: true });
    });

    after(async () => {
        await browser?.close();
        if (dir) rmSync(dir, { recursive: true, force: true });
    });

    async function open(): Promise<Page> {
        const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
        await page.addInitScript(FAKE_VSCODE);
        await page.goto(url);
        await page.waitForFunction('window.__posted.some(m => m.type === "ready")');
        return page;
    }

    it('keeps the policy strict: nonces only, no unsafe-inline, no unsafe-eval, nothing remote', () => {
        const csp = diagramPageCsp({ cspSource: 'https://webview.example', nonce: NONCE });
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
        assert.match(csp, /default-src 'none'/);
        assert.match(csp, new RegExp(`script-src 'nonce-${NONCE}';`));
    });

    for (const sample of ['service-outage', 'data-breach']) {
        it(`draws the flow and every escalation path of ${sample}, styled, with nothing refused but parsed style attributes`, async () => {
            const model = await sampleModel(`playbooks/${sample}.playbook`);
            const diagrams = mermaidDiagramTexts(model);
            const page = await open();
            const rendered = await draw(page, { type: 'diagrams', playbook: model.name, diagrams });
            assert.deepEqual(rendered, { type: 'rendered', drawn: diagrams.length, failed: [] });
            assert.equal(await page.locator('figure.diagram svg').count(), diagrams.length);
            assert.deepEqual(await page.getByRole('heading', { level: 2 }).allInnerTexts(),
                [`Flow of ${model.title ?? model.name}`, ...model.escalations.map(e => `Escalation path ${e.name}`)]);
            // Mermaid's stylesheet applied (by nonce): a node's box is the theme's colour, not SVG's default black.
            const fill = await page.evaluate('getComputedStyle(document.querySelector("figure.diagram svg .node rect, figure.diagram svg .node polygon")).fill') as string;
            assert.match(fill, /^rgb\(/);
            assert.notEqual(fill, 'rgb(0, 0, 0)');
            // The style attribute Mermaid writes on the SVG (its natural width) applies, through the CSSOM.
            assert.match(await page.evaluate('document.querySelector("figure.diagram svg").style.maxWidth') as string, /^\d+(\.\d+)?px$/);
            assert.deepEqual(await refusedBesidesParsedStyleAttributes(page), []);
            await page.screenshot({ path: `test-results/diagram-${sample}.png`, fullPage: true });
            await page.close();
        });
    }

    it('draws again after an edit, and shows what Mermaid cannot draw as a located message, not a blank', async () => {
        const model = await sampleModel('playbooks/service-outage.playbook');
        const page = await open();
        await draw(page, { type: 'diagrams', playbook: model.name, diagrams: mermaidDiagramTexts(model) });
        const renamed = { ...model, phases: model.phases.map((phase, i) => i === 0 ? { ...phase, title: 'Renamed by an edit' } : phase) };
        await draw(page, { type: 'diagrams', playbook: model.name, diagrams: mermaidDiagramTexts(renamed) });
        assert.ok((await page.locator('figure.diagram').first().locator('text').allTextContents()).some(t => t.includes('Renamed by an edit')));
        const broken = await draw(page, { type: 'diagrams', playbook: model.name, diagrams: [{ kind: 'flow', name: 'p', text: 'flowchart TD\n  a --> ' }] });
        assert.equal(broken.drawn, 0);
        assert.equal(broken.failed.length, 1);
        assert.match(await page.getByRole('alert').innerText(), /^This diagram could not be drawn: /);
        assert.deepEqual(await refusedBesidesParsedStyleAttributes(page), []);
        await page.close();
    });
});
