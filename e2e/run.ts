// `npm run test:e2e`: packages the extension, installs it into a real VS Code (code-server) and runs
// the in-host mocha suite and the UI test in Debian's chromium. Exits 1 when anything fails.
// Options: --vsix FILE (test that package instead of building one), --only suite|ui|locale,
// --break-activation (self-check: the installed copy's activate() throws, so the run must fail).
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { breakActivation } from './harness/break.js';
import { errorSummary, extensionErrorLines } from './harness/diagnose.js';
import { ensureCodeServer, ensureNode24, ensureSystemPackages } from './harness/install.js';
import { languagePackId, registerLanguagePack, standInLanguagePack } from './harness/language-pack.js';
import { elapsedSeconds, log } from './harness/log.js';
import { defaultVsix, projectRoot, resultsRoot, runRoot } from './harness/paths.js';
import { killAllGroups, mustRun } from './harness/processes.js';
import { copySamples, installVsix, prepareFolders, startServer, type Server } from './harness/server.js';
import { bundleSuite } from './harness/suite-bundle.js';
import { runSuiteInHost } from './harness/suite-route.js';
import { checkVsix } from './harness/vsix.js';
import { runLocaleTest } from './ui/ui-locale.js';
import { runUiTest } from './ui/ui-test.js';

const EXTENSION_ID = 'incident-playbooks.incident-playbooks';
const MAX_VSIX_BYTES = 2 * 1024 * 1024;
/** The whole run, installs included, must end well within CI's 90 minutes. */
const RUN_LIMIT_MS = 30 * 60_000;

interface Tally { passed: number; failed: number }

async function main(): Promise<Tally> {
    const { values } = parseArgs({
        options: {
            vsix: { type: 'string' },
            only: { type: 'string' },
            'break-activation': { type: 'boolean', default: false },
        },
    });
    const only = values.only;
    if (only !== undefined && only !== 'suite' && only !== 'ui' && only !== 'locale') {
        throw new Error(`--only takes "suite", "ui" or "locale", not "${only}".`);
    }
    const tally: Tally = { passed: 0, failed: 0 };

    await ensureSystemPackages();
    await ensureNode24();
    await ensureCodeServer();
    log('installs ready');

    rmSync(runRoot, { recursive: true, force: true });
    mkdirSync(runRoot, { recursive: true });
    const folders = prepareFolders(runRoot);

    let vsix = values.vsix ? path.resolve(values.vsix) : defaultVsix;
    if (!values.vsix) {
        log('packaging the extension (npm run package)');
        await mustRun('npm run package', 'npm', ['run', 'package'], { cwd: projectRoot, logFile: path.join(folders.logs, 'package.log'), timeoutMs: 300_000 });
    }
    if (!existsSync(vsix)) {
        throw new Error(`There is no package at ${vsix}.`);
    }
    vsix = path.resolve(vsix);
    const report = checkVsix(vsix, MAX_VSIX_BYTES);
    log(`package ${path.relative(projectRoot, vsix)}: ${(report.bytes / 1024).toFixed(0)} KiB, ${report.files} files`);
    for (const problem of report.problems) {
        log(`FAIL package: ${problem}`);
    }
    tally[report.problems.length === 0 ? 'passed' : 'failed']++;

    const testsPath = await bundleSuite();
    const installed = await installVsix(folders, vsix, EXTENSION_ID);
    log(`installed into ${path.relative(projectRoot, installed)}`);
    if (values['break-activation']) {
        breakActivation(installed);
        log('broke the installed copy on purpose: its activate() throws');
    }

    let server: Server | undefined;
    try {
        if (only !== 'locale') server = await startServer(folders, 60_000);
        if (server && only !== 'ui') {
            log('route A: the mocha suite inside the extension host');
            const suite = await runSuiteInHost({
                host: server.host, extensionPath: installed, testsPath, workspace: copySamples(path.join(runRoot, 'workspace-suite')),
                runRoot, logFile: path.join(folders.logs, 'suite.log'), timeoutMs: 10 * 60_000,
            });
            log(`route A: exit code ${suite.exitCode}, ${suite.passed} passing, ${suite.failed} failing`);
            tally.passed += suite.passed;
            tally.failed += suite.failed;
            if (suite.exitCode !== 0 && suite.failed === 0) {
                tally.failed++;
            }
        }
        if (server && only !== 'suite') {
            log('route B: the UI test in chromium');
            const ui = await runUiTest({
                host: server.host, workspace: copySamples(path.join(runRoot, 'workspace-ui')), runRoot, resultsRoot,
            });
            tally.passed += ui.passed;
            tally.failed += ui.failed;
        }
    } finally {
        await server?.stop();
        log('code-server stopped');
    }
    if (only === undefined || only === 'locale') {
        // The display language is fixed when code-server starts: route C has a server of its own.
        let localized: Server | undefined;
        try {
            const pack = await standInLanguagePack(runRoot, 'zh-tw', path.join(folders.logs, 'language-pack.log'));
            registerLanguagePack(folders.userData, await installVsix(folders, pack, languagePackId('zh-tw')), 'zh-tw');
            localized = await startServer(folders, 60_000, 'zh-tw');
            log('route C: the extension with the display language zh-tw');
            const locale = await runLocaleTest({ host: localized.host, workspace: copySamples(path.join(runRoot, 'workspace-locale')), runRoot, locale: 'zh-tw' });
            tally.passed += locale.passed;
            tally.failed += locale.failed;
        } finally {
            await localized?.stop();
            log('code-server (zh-tw) stopped');
        }
    }
    // A quiet start-up on the samples: the output channel and the host log hold no error line.
    const errors = extensionErrorLines(folders.userData, EXTENSION_ID);
    log(`extension log: ${errors.length} error line(s) in the output channel and the extension host log`);
    for (const line of errorSummary(errors)) {
        log(`  [extension log] ${line}`);
    }
    if (errors.length === 0) {
        tally.passed++;
    } else {
        log(`FAIL extension log: ${errors.length} error line(s); all logs are in ${path.relative(projectRoot, folders.userData)}/logs`);
        tally.failed++;
    }
    return tally;
}

const watchdog = setTimeout(() => {
    log(`FAIL the run took longer than ${RUN_LIMIT_MS / 60_000} minutes; stopping everything it started`);
    killAllGroups();
    process.exit(1);
}, RUN_LIMIT_MS);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
        killAllGroups();
        process.exit(1);
    });
}

main().then(tally => {
    clearTimeout(watchdog);
    log(`done in ${elapsedSeconds()} s; logs in ${path.relative(projectRoot, path.join(runRoot, 'logs'))}`);
    process.stdout.write(`e2e: ${tally.passed} passed, ${tally.failed} failed\n`);
    process.exitCode = tally.failed === 0 && tally.passed > 0 ? 0 : 1;
}, (error: unknown) => {
    clearTimeout(watchdog);
    killAllGroups();
    log(`FAIL ${error instanceof Error ? error.message : String(error)}`);
    process.stdout.write('e2e: 0 passed, 1 failed\n');
    process.exitCode = 1;
});
