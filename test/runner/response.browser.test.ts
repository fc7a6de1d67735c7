/**
 * The responder's screen for what real plans have beside the flow (issues 13 and 14), in
 * chromium on a paused fake clock: naming a run-time role from "Do now" (recorded in the
 * timeline and shown in Who's who), severities that only rise, a sub-team formed and due back,
 * a child incident, a procedure started at any time, and the status page's states firing their
 * updates. axe-core finds no serious or critical violation with every new section shown.
 */
import { strict as assert } from 'node:assert';
import type { Browser, Page } from 'playwright-core';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import type { HostMessage, WebviewMessage } from '../../protocol/src/playbook-webview-messages.js';
import { emptyStore } from '../../runner/src/engine/playbook-store.js';
import { AXE_SCRIPT, buildRunnerAssets, chromiumAvailable, launchChromium, limitWaits, seriousViolations } from './browser-helpers.js';
import { TEST_LIMIT_MS } from '../helpers/limits.js';
import { sampleModel } from './helpers.js';

describe('issues 13 and 14 on the responder\'s screen in chromium', function () {
    this.timeout(TEST_LIMIT_MS);
    let browser: Browser | undefined;
    let page: Page;
    let assets: { script: string; style: string };

    const send = (message: HostMessage): Promise<void> => page.evaluate(m => (globalThis as unknown as { postMessage(m: unknown, t: string): void }).postMessage(m, '*'), message);
    const doNow = () => page.getByRole('region', { name: 'Do now' });
    const timeline = () => page.getByRole('list', { name: 'Timeline' });
    const serious = async (): Promise<string[]> => {
        await page.clock.resume(); // axe-core waits on timers of its own
        return seriousViolations(page);
    };
    /** The last store the webview asked the host to save. */
    const saved = async () => {
        const posted = await page.evaluate(() => (globalThis as unknown as { posted: WebviewMessage[] }).posted);
        return posted.filter(m => m.type === 'save').at(-1);
    };

    /** A fresh page with the VS Code face, on a fake clock paused at the start, running `model` from an empty store. */
    const open = async (model: PlaybookModel): Promise<void> => {
        await page?.close();
        page = limitWaits(await browser!.newPage({ viewport: { width: 1100, height: 1400 }, timezoneId: 'Europe/Warsaw' }));
        await page.clock.install({ time: new Date('2026-11-23T10:00:00Z') });
        await page.clock.pauseAt(new Date('2026-11-23T10:00:05Z'));
        await page.setContent('<!DOCTYPE html><html lang="en"><head><title>runner</title></head><body><div id="runner"></div></body></html>');
        await page.addScriptTag({ content: 'window.posted = []; window.acquireVsCodeApi = function () { return { postMessage: function (m) { window.posted.push(m); }, setState: function () {} }; };' });
        await page.addStyleTag({ content: assets.style });
        await page.addScriptTag({ content: assets.script });
        await page.addScriptTag({ content: AXE_SCRIPT });
        await send({ type: 'init', documentUri: `file:///ws/${model.name}.playbook`, model, store: emptyStore(model.name), locale: 'en' });
    };

    before(async function () {
        if (!chromiumAvailable()) {
            this.skip();
        }
        assets = await buildRunnerAssets();
        browser = await launchChromium();
    });

    after(async () => {
        await browser?.close();
    });

    describe('a data breach', () => {
        before(async () => {
            await open(await sampleModel('playbooks/data-breach.playbook'));
            await page.getByRole('radio', { name: 'A customer reports seeing someone else\'s data' }).check();
            await page.getByLabel('Severity').selectOption('sev2');
            await page.getByRole('button', { name: 'Start the run' }).click();
        });

        it('asks in "Do now" who the commander names as scribe, records it in the timeline and in Who\'s who', async () => {
            assert.match(await doNow().innerText(), /Name the Scribe[\s\S]*The Incident commander names who holds it; record the choice here\. Volunteers may take it\./);
            const steps = page.getByRole('region', { name: 'Steps' });
            assert.match(await steps.innerText(), /Owner: Scribe \(to be named during the run\)/);
            await doNow().getByLabel('Or someone else, by name').fill('Ola from support');
            await doNow().getByRole('button', { name: 'Record as Scribe' }).click();
            await timeline().getByText('Scribe: Ola from support holds the role from now.').waitFor();
            assert.doesNotMatch(await doNow().innerText(), /Name the Scribe/);
            assert.match(await page.getByRole('region', { name: "Who's who" }).innerText(), /Held by Ola from support since .* \(named during this run\)\./);
            assert.match(await steps.innerText(), /Owner: Scribe \(Ola from support\)/);
            const save = await saved();
            assert.ok(save?.type === 'save' && save.store.current?.events.some(e => e.type === 'role-designated' && e.holder === 'Ola from support'), 'the designation is saved');
        });

        it('refuses an empty name with a message, and records nothing', async () => {
            await page.getByRole('region', { name: "Who's who" }).getByRole('button', { name: 'Hand over the Scribe role' }).click();
            await page.getByRole('alert').getByText('Choose a person or type a name.').waitFor();
            assert.equal(await timeline().getByText('holds the role from now').count(), 1);
        });

        it('offers only higher levels where severities only rise', async () => {
            const options = await page.getByLabel('Change severity').locator('option').allInnerTexts();
            assert.deepEqual(options.slice(1), ['sev1: Customer data exposed']);
            assert.match(await page.locator('.run-controls').innerText(), /Severities only rise in this playbook: only higher levels are offered\./);
        });

        it('forms a sub-team from its template, and "Do now" calls it back when its time box is up', async () => {
            const subTeams = page.getByRole('region', { name: 'Sub-teams' });
            assert.match(await subTeams.innerText(), /Led by the Technical lead\.[\s\S]*Task: Image affected hosts[\s\S]*Reports back within 4h\./);
            await subTeams.getByLabel('Its leader, by name').fill('priya');
            await subTeams.getByRole('button', { name: 'Form a sub-team: Forensics cell' }).click();
            await subTeams.getByText(/"forensics", led by Priya Raman, formed at/).waitFor();
            assert.equal(await subTeams.getByLabel('Name of the new sub-team').inputValue(), 'forensics 2', 'the next one gets a name of its own');
            await page.clock.fastForward(4 * 3600_000 + 1000); // one jump: the 1 s tick fires once, not 14,400 times
            await doNow().getByText('Sub-team "forensics" is due to report back to the commander.').waitFor();
            await doNow().getByRole('button', { name: 'Stand down "forensics"' }).click();
            await timeline().getByText('Sub-team "forensics" stood down.').waitFor();
            assert.doesNotMatch(await doNow().innerText(), /due to report back/);
        });

        it('splits off a child incident led by someone reporting to the commander', async () => {
            const incidents = page.getByRole('region', { name: 'Several incidents' });
            assert.match(await incidents.innerText(), /Child incidents may be split off by Incident commander\./);
            await incidents.getByLabel('Name of the child incident').fill('EU customers');
            await incidents.getByLabel('Its lead, who reports to this incident\'s commander').fill('piotr');
            await incidents.getByRole('button', { name: 'Split off the child incident' }).click();
            await incidents.getByText(/"EU customers", led by Piotr Wiśniewski, since/).waitFor();
            await timeline().getByText(/Child incident "EU customers" split off, led by Piotr Wiśniewski/).waitFor();
            // The picture in docs/images/runner-response.png: sub-teams and several incidents.
            await page.getByRole('region', { name: 'Sub-teams' }).scrollIntoViewIfNeeded();
            await page.locator('.columns', { has: page.getByRole('region', { name: 'Sub-teams' }) }).screenshot({ path: 'test-results/runner-response.png' });
        });

        it('has no serious or critical accessibility violation with the new sections, in light, dark and forced colours', async () => {
            for (const scheme of [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { colorScheme: 'light', forcedColors: 'active' }] as const) {
                await page.emulateMedia(scheme);
                assert.deepEqual(await serious(), [], JSON.stringify(scheme));
            }
            await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
        });
    });

    describe('a service outage', () => {
        before(async () => {
            await open(await sampleModel('playbooks/service-outage.playbook'));
            await page.getByRole('radio', { name: 'Availability below SLO' }).check();
            await page.getByLabel('Severity').selectOption('sev1');
            await page.getByRole('button', { name: 'Start the run' }).click();
        });

        it('starts a procedure at any moment: its steps come into "Do now" beside the flow, and it can start again', async () => {
            const procedures = page.getByRole('region', { name: 'Procedures at any time' });
            assert.match(await procedures.innerText(), /An executive joins the call[\s\S]*When: An executive joins the bridge/);
            await procedures.getByRole('button', { name: 'Start: An executive joins the call' }).click();
            await timeline().getByText('Procedure started: An executive joins the call.').waitFor();
            assert.match(await doNow().innerText(), /Give a two-minute summary: impact, actions, next update/);
            assert.match(await doNow().innerText(), /Acknowledge the page and join the war room/, 'the flow goes on beside it');
            await procedures.getByRole('checkbox', { name: 'Give a two-minute summary: impact, actions, next update' }).check();
            await timeline().getByText('Done: Give a two-minute summary: impact, actions, next update.').waitFor();
            assert.ok(await procedures.getByRole('button', { name: 'Start again: An executive joins the call' }).isVisible());
        });

        it('sets the status page to "Identified", which makes its update due now', async () => {
            const status = page.getByRole('region', { name: 'Public status page' });
            assert.match(await status.innerText(), /Not set yet\./);
            await status.getByRole('button', { name: 'Set the status page to "Identified"' }).click();
            await status.getByText(/Now: "Identified", since/).waitFor();
            assert.match(await doNow().innerText(), /Send the update to customers via status-page[\s\S]*Template: Identified: we know what is wrong/);
            assert.deepEqual(await serious(), []);
        });
    });
});
