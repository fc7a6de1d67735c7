// Route A: the mocha suite inside the real extension host. The workbench URL carries the same
// `extensionDevelopmentPath` and `extensionTestsPath` that @vscode/test-electron passes to a
// desktop VS Code; the smoke-test driver hands the host's output and exit code to the page.
import { appendFileSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser.js';
import { log } from './log.js';

/** The outcome of the in-host suite. */
export interface SuiteResult {
    exitCode: number | 'timeout';
    passed: number;
    failed: number;
}

/** Loads the workbench with the test payload and waits for the extension host to report its exit code. */
export async function runSuiteInHost(options: {
    host: string; extensionPath: string; testsPath: string; workspace: string; runRoot: string; logFile: string; timeoutMs: number;
}): Promise<SuiteResult> {
    const remote = (file: string): string => `vscode-remote://${options.host}${file}`;
    const payload = JSON.stringify([
        ['extensionDevelopmentPath', remote(options.extensionPath)],
        ['extensionTestsPath', remote(options.testsPath)],
        ['skipWelcome', 'true'],
    ]);
    const url = `http://${options.host}/?folder=${encodeURIComponent(options.workspace)}&payload=${encodeURIComponent(payload)}`;
    const browser = await launchBrowser(options.runRoot);
    let passed = 0;
    let failed = 0;
    try {
        let reportExit: (code: number) => void = () => undefined;
        const exit = new Promise<number>(resolve => { reportExit = resolve; });
        await browser.page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
            // The host forwards console calls as printf-style arguments ("%s%s", ...).
            const line = format(...args);
            appendFileSync(options.logFile, `${line}\n`);
            for (const text of line.split('\n')) {
                const passing = /^\s*(\d+) passing/.exec(text);
                const failing = /^\s*(\d+) failing/.exec(text);
                passed = passing ? Number(passing[1]) : passed;
                failed = failing ? Number(failing[1]) : failed;
                // Stack frames of the workbench's own noise (offline gallery, GitHub sign-in) stay in the log file only.
                if (!/^\s+at .*\/static\/(out|node_modules)\//.test(text)) {
                    process.stdout.write(`  [host] ${text}\n`);
                }
            }
        });
        await browser.page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
        await browser.page.goto(url);
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>(resolve => { timer = setTimeout(() => resolve('timeout'), options.timeoutMs); });
        const exitCode = await Promise.race([exit, timeout]);
        clearTimeout(timer);
        if (exitCode === 'timeout') {
            log(`the in-host suite reported no exit code within ${options.timeoutMs / 1000} s (was the smoke-test driver on?); see ${path.basename(options.logFile)}`);
        }
        return { exitCode, passed, failed };
    } finally {
        await browser.close();
    }
}
