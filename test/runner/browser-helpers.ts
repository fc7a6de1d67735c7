import { existsSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { chromium, type Browser } from 'playwright-core';

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

/** Launches the headless chromium the way the team's brief says (root, no sandbox, no network chatter). */
export function launchChromium(): Promise<Browser> {
    return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
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
