// Debian's chromium driven by playwright-core, each time with a fresh profile inside the run folder.
import { mkdtempSync } from 'node:fs';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumBinary } from './paths.js';

/** Flags for chromium running as root on a machine with no GPU and no network but loopback. */
const chromiumArgs = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** A browser with one page; close() ends chromium and its helpers. */
export interface Browser {
    context: BrowserContext;
    page: Page;
    close(): Promise<void>;
}

/** Launches chromium with a new profile folder under `runRoot`. */
export async function launchBrowser(runRoot: string): Promise<Browser> {
    const profile = mkdtempSync(path.join(runRoot, 'chromium-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: chromiumBinary,
        headless: true,
        viewport: { width: 1400, height: 900 },
        args: chromiumArgs,
        timeout: 60_000,
    });
    const page = context.pages()[0] ?? await context.newPage();
    return { context, page, close: () => context.close() };
}
