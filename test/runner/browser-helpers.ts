import { existsSync, readFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { WAIT_LIMIT_MS } from '../helpers/limits.js';

/** Debian's chromium; the browser tests skip, saying so, when it is absent. */
export const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** True when the browser tests can run; otherwise prints why they are skipped. */
export function chromiumAvailable(): boolean {
    if (existsSync(CHROMIUM)) return true;
    console.warn(`SKIPPED: ${CHROMIUM} is absent; install Debian's chromium (apt-get install -y chromium) to run the browser tests.`);
    return false;
}

/**
 * Gives every wait of a context or page (locators, navigation, downloads) the suite's limit of
 * minutes instead of playwright's 30 s, which a loaded machine can exceed without anything being wrong.
 */
export function limitWaits<T extends BrowserContext | Page>(target: T): T {
    target.setDefaultTimeout(WAIT_LIMIT_MS);
    target.setDefaultNavigationTimeout(WAIT_LIMIT_MS);
    return target;
}

/**
 * Launches the headless chromium the way the team's brief says; every context and page it
 * opens waits with the suite's limit (limitWaits).
 */
export async function launchChromium(): Promise<Browser> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: WAIT_LIMIT_MS });
    const newContext = browser.newContext.bind(browser);
    const newPage = browser.newPage.bind(browser);
    browser.newContext = async options => limitWaits(await newContext(options));
    browser.newPage = async options => limitWaits(await newPage(options));
    return browser;
}

/** A persistent profile (for tests of what survives a closed browser), waiting with the suite's limit. */
export async function launchProfile(profile: string, options: { viewport: { width: number; height: number } }): Promise<BrowserContext> {
    return limitWaits(await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ARGS, timeout: WAIT_LIMIT_MS, ...options }));
}

/** The runner's browser script and style, built from source with the options scripts/bundle.mjs uses. */
export async function buildRunnerAssets(): Promise<{ script: string; style: string }> {
    const options = { bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: true, write: false, logLevel: 'silent' } as const;
    const [js, css] = await Promise.all([
        esbuild.build({ ...options, entryPoints: ['runner/src/webview/main.ts'], outfile: 'runner.js' }),
        esbuild.build({ ...options, entryPoints: ['runner/src/webview/playbook-runner.css'], outfile: 'runner.css' }),
    ]);
    // esbuild keeps a service process running after a build; stopping it lets mocha exit.
    await esbuild.stop();
    return { script: js.outputFiles[0]!.text, style: css.outputFiles[0]!.text };
}

/** axe-core's script, to add to a page before `seriousViolations`. */
export const AXE_SCRIPT = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

interface AxeResult {
    violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }>;
}

/** axe-core's serious and critical WCAG 2.1 A/AA violations inside #runner, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
    const result = await page.evaluate(async () => {
        const g = globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<unknown> } };
        return g.axe.run({ include: ['#runner'] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    }) as AxeResult;
    return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => JSON.stringify(n.target)).join(', ')}`);
}
