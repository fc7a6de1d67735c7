// Bundles each entry point with esbuild; tsc type-checks separately (npm run typecheck).
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');

// The runner's browser bundle (VS Code webview and standalone HTML page), built first so that the
// Node bundles carry it as constants: `playbook export --format html` needs no file beside dist/cli.cjs.
const webview = { bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: true, logLevel: 'warning' };
await Promise.all([
    esbuild.build({ ...webview, entryPoints: ['runner/src/webview/main.ts'], outfile: 'dist/webview/runner.js' }),
    esbuild.build({ ...webview, entryPoints: ['runner/src/webview/playbook-runner.css'], outfile: 'dist/webview/runner.css' }),
]);
const runnerAssets = {
    PLAYBOOK_RUNNER_SCRIPT: JSON.stringify(readFileSync('dist/webview/runner.js', 'utf8')),
    PLAYBOOK_RUNNER_STYLE: JSON.stringify(readFileSync('dist/webview/runner.css', 'utf8')),
};

const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    define: { PLAYBOOK_VERSION: JSON.stringify(version), ...runnerAssets },
};

// `playbook check` must load only the language core: the editor's formatter (LSP services) is
// a bundle of its own that the CLI requires when `playbook fmt` runs.
const lazyCliModules = {
    name: 'lazy-cli-modules',
    setup(build) {
        build.onResolve({ filter: /lsp\/format-text\.js$/ }, () => ({ path: './cli-format.cjs', external: true }));
    },
};

await Promise.all([
    esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.cjs', external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.cjs' }),
    esbuild.build({ ...common, entryPoints: ['cli/src/bin.ts'], outfile: 'dist/cli.cjs', plugins: [lazyCliModules] }),
    esbuild.build({ ...common, entryPoints: ['server/src/lsp/format-text.ts'], outfile: 'dist/cli-format.cjs' }),
]);
