// The same in-host suite on a desktop VS Code, through @vscode/test-electron (which downloads
// VS Code, so it needs a machine that can reach Microsoft's update servers; CI here cannot).
// Tests the working tree (extensionDevelopmentPath = the project), built with `npm run bundle`.
// Usage: node --import tsx e2e/desktop.ts [--prepare-only]
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { log } from './harness/log.js';
import { cacheRoot, projectRoot } from './harness/paths.js';
import { bundleSuite } from './harness/suite-bundle.js';

const { values } = parseArgs({ options: { 'prepare-only': { type: 'boolean', default: false } } });

const workspace = path.join(cacheRoot, 'desktop-workspace');
rmSync(workspace, { recursive: true, force: true });
cpSync(path.join(projectRoot, 'samples'), workspace, { recursive: true });
const extensionTestsPath = await bundleSuite();
log(`suite bundled at ${path.relative(projectRoot, extensionTestsPath)}, workspace at ${path.relative(projectRoot, workspace)}`);

if (!values['prepare-only']) {
    const userData = mkdtempSync(path.join(tmpdir(), 'playbook-e2e-desktop-'));
    try {
        process.exitCode = await runTests({
            extensionDevelopmentPath: projectRoot,
            extensionTestsPath,
            launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${userData}`],
        });
    } finally {
        rmSync(userData, { recursive: true, force: true });
    }
}
