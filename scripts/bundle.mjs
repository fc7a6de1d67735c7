// Bundles each entry point with esbuild; tsc type-checks separately (npm run typecheck).
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');

// The Diagram view draws flowcharts and timelines only. Mermaid loads every other diagram type,
// and the layouts and math rendering they need (ELK, cytoscape, KaTeX), by dynamic import: those
// modules become empty stubs, so the bundle is about 0.9 MB instead of 3.3 MB (docs/interop.md).
const MERMAID_CHUNK = /^\.\/chunks\/mermaid\.core\/[\w-]+\.mjs$/;
const MERMAID_KEPT = /\/(flowDiagram|timeline-definition)-\w+\.mjs$/;
const MERMAID_UNUSED = /(Diagram|diagram|definition)-[\w-]+\.mjs$/;
const MERMAID_UNUSED_LOADS = /^(\.\/(cose-bilkent|elk|bpmnIcons)-\w+\.mjs|katex)$/;
const onlyFlowAndTimeline = {
    name: 'only-flow-and-timeline',
    setup(build) {
        build.onResolve({ filter: MERMAID_CHUNK }, args => (
            MERMAID_UNUSED.test(args.path) && !MERMAID_KEPT.test(args.path) ? { path: args.path, namespace: 'unused-mermaid' } : undefined));
        build.onResolve({ filter: MERMAID_UNUSED_LOADS }, args => ({ path: args.path, namespace: 'unused-mermaid' }));
        build.onLoad({ filter: /.*/, namespace: 'unused-mermaid' }, () => ({ contents: 'export default undefined; export const diagram = undefined;', loader: 'js' }));
    },
};

// The runner's browser bundle (VS Code webview and standalone HTML page), built first so that the
// Node bundles carry it as constants: `playbook export --format html` needs no file beside dist/cli.cjs.
const webview = { bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: true, logLevel: 'warning' };
await Promise.all([
    esbuild.build({ ...webview, entryPoints: ['runner/src/webview/main.ts'], outfile: 'dist/webview/runner.js' }),
    esbuild.build({ ...webview, entryPoints: ['runner/src/webview/playbook-runner.css'], outfile: 'dist/webview/runner.css' }),
    esbuild.build({ ...webview, entryPoints: ['runner/src/webview/diagram/diagram-main.ts'], outfile: 'dist/webview/diagram.js', plugins: [onlyFlowAndTimeline] }),
    esbuild.build({ ...webview, entryPoints: ['runner/src/webview/diagram/diagram.css'], outfile: 'dist/webview/diagram.css' }),
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
