// Bundles the in-host suite with esbuild: index.cjs is the extensionTestsPath, tests.cjs the tests.
// `vscode` comes from the extension host; mocha is loaded from the project's node_modules.
import * as esbuild from 'esbuild';
import * as path from 'node:path';
import { projectRoot, suiteOut } from './paths.js';

/** Writes index.cjs and tests.cjs into `outDir` and returns the path of index.cjs. */
export async function bundleSuite(outDir = suiteOut): Promise<string> {
    const common: esbuild.BuildOptions = {
        bundle: true, platform: 'node', target: 'node22', format: 'cjs', sourcemap: 'inline',
        external: ['vscode', 'mocha'], logLevel: 'warning', absWorkingDir: projectRoot,
    };
    await Promise.all([
        esbuild.build({ ...common, entryPoints: ['e2e/suite/index.ts'], outfile: path.join(outDir, 'index.cjs') }),
        esbuild.build({ ...common, entryPoints: ['e2e/suite/all.ts'], outfile: path.join(outDir, 'tests.cjs') }),
    ]);
    return path.join(outDir, 'index.cjs');
}
