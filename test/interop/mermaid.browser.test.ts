import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { mermaidDiagrams, mermaidLabel } from '../../interop/src/mermaid/mermaid-export.js';
import { chromiumAvailable, launchChromium } from '../runner/browser-helpers.js';
import { modelFrom, sampleModel } from '../runner/helpers.js';

const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');

/** Mermaid's own parser, in the browser it is written for: the error it throws, or undefined. */
async function parseError(page: Page, text: string): Promise<string | undefined> {
    return page.evaluate(async source => {
        const mermaid = (globalThis as unknown as { mermaid: { parse(text: string): Promise<unknown> } }).mermaid;
        try {
            await mermaid.parse(source);
            return undefined;
        } catch (error) {
            return String((error as Error).message ?? error);
        }
    }, text);
}

(chromiumAvailable() ? describe : describe.skip)('Mermaid export (parsed by Mermaid in chromium)', function () {
    let browser: Browser;
    let page: Page;
    before(async () => {
        browser = await launchChromium();
        page = await browser.newPage();
        await page.setContent('<!doctype html><html><body></body></html>');
        await page.addScriptTag({ path: MERMAID });
    });
    after(async () => browser?.close());

    for (const file of readdirSync('samples/playbooks').filter(f => f.endsWith('.playbook'))) {
        it(`writes the flow and every escalation path of samples/playbooks/${file} as diagrams Mermaid parses`, async () => {
            const model = await sampleModel(`playbooks/${file}`);
            const { flow, escalations } = mermaidDiagrams(model);
            assert.equal(await parseError(page, flow), undefined);
            assert.equal(escalations.length, model.escalations.length);
            for (const e of escalations) assert.equal(await parseError(page, e.text), undefined, e.name);
        });
    }

    it('draws decisions with their answers, a loop dotted, a join, and escapes what Mermaid would read as syntax', async () => {
        const model = await modelFrom({
            'p.playbook': `role lead
playbook p "A \\"quoted\\" <b>title</b> #1" {
  phase one {
    step assess "Assess; scope & <impact>" owner lead within 15m
    decide contained "Contained?" owner lead {
      yes goto a
      no goto assess
    }
    step a "A"
    step b "B" after assess
    step c "C" after a, b
  }
}`,
        });
        const { flow } = mermaidDiagrams(model);
        assert.equal(await parseError(page, flow), undefined);
        assert.match(flow, /n2 -- "yes" --> n3/);
        assert.match(flow, /n2 -\. "no" \.-> n1/);
        assert.match(flow, /n3 --> n5\n {2}n4 --> n5/);
        assert.match(flow, /start\(\["A #34;quoted#34; #60;b#62;title#60;\/b#62; #35;1"\]\)/);
        // The parser does reject a label left raw: the check above can fail.
        assert.notEqual(await parseError(page, 'flowchart TD\n  n1["a "quoted" label"]'), undefined);
        assert.equal(mermaidLabel('a\nb'), 'a b');
    });
});
