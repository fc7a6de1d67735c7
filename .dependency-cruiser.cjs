// The layering of docs/architecture.md, checked by `npm run lint` (dependency-cruiser).
// Layers from the ground up; imports only go down (or stay level):
//   0 contracts       protocol/, escaping/ (Markdown and HTML escaping for text leaving the program) and l10n/ (the message system)
//   1 language core   server/src/{language,workspace,time,catalogue}/, server/src/messages.ts
//   2 validation      server/src/{validation,config}/, and the services' wiring module
//   3 features        server/src/{lsp,model}/, server/src/main.ts, cli/, interop/, runner engine and page builder
//   4 editor faces    client/, runner/src/webview/
// A CommonJS file because dependency-cruiser loads its configuration with require().

const CONTRACTS = '^protocol/';
// The wiring module composes the language core with validation, so it sits with validation.
const WIRING = '^server/src/language/playbook-module[.]ts$';
const LANGUAGE_CORE = '^server/src/(language|workspace|time|catalogue)/|^server/src/messages[.]ts$';
const VALIDATION = `^server/src/(validation|config)/|${WIRING}`;
const SERVER_FEATURES = '^server/src/(lsp|model)/|^server/src/main[.]ts$';
const ABOVE_LANGUAGE_CORE = `${VALIDATION}|${SERVER_FEATURES}|^(cli|client|runner)/`;
const ABOVE_VALIDATION = `${SERVER_FEATURES}|^(cli|client|runner)/`;
// What may not run in the webview, the standalone page or the runner engine inside the CLI:
// Node's own modules and the packages that need them (the language server's stack).
const NODE_ONLY_PACKAGES = 'node_modules/(langium|chevrotain|vscode-languageserver|vscode-languageclient|vscode-jsonrpc|minimatch)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
    forbidden: [
        {
            name: 'contracts-import-nothing',
            comment: 'protocol/ is the floor: the types and constants every process shares. It may import only itself, vscode-jsonrpc (for RequestType) and the LSP base types.',
            severity: 'error',
            from: { path: CONTRACTS },
            to: { pathNot: `${CONTRACTS}|node_modules/(vscode-jsonrpc|vscode-languageserver-types)/` },
        },
        {
            name: 'escaping-imports-nothing',
            comment: 'escaping/ holds pure functions that every layer may use; it imports nothing, so it can sit under all of them.',
            severity: 'error',
            from: { path: '^escaping/' },
            to: { pathNot: '^escaping/' },
        },
        {
            name: 'l10n-imports-only-the-icu-formatter',
            comment: 'l10n/ is the message system every catalogue (server, CLI, client, runner) is built on: it imports only itself and the ICU MessageFormat packages, so that it runs in Node and the browser alike.',
            severity: 'error',
            from: { path: '^l10n/' },
            to: { pathNot: '^l10n/|node_modules/(intl-messageformat|@formatjs)/' },
        },
        {
            name: 'language-core-stays-down',
            comment: 'The language core (grammar services, scoping, organisation facts, time, the code catalogue) may not import validation, the LSP providers, the CLI, the client or the runner.',
            severity: 'error',
            from: { path: LANGUAGE_CORE, pathNot: WIRING },
            to: { path: ABOVE_LANGUAGE_CORE, pathNot: WIRING },
        },
        {
            name: 'validation-stays-down',
            comment: 'Validation and configuration may not import the LSP providers, the model request, the CLI, the client or the runner.',
            severity: 'error',
            from: { path: VALIDATION },
            to: { path: ABOVE_VALIDATION },
        },
        {
            name: 'server-not-to-runner-cli-client',
            comment: 'The server knows nothing of the runner, the CLI or the client: what they share is in protocol/.',
            severity: 'error',
            from: { path: '^server/' },
            to: { path: '^(runner|cli|client)/' },
        },
        {
            name: 'runner-not-to-cli-client',
            comment: 'The runner is imported by the CLI and the client, never the other way round.',
            severity: 'error',
            from: { path: '^runner/' },
            to: { path: '^(cli|client)/' },
        },
        {
            name: 'cli-and-client-apart',
            comment: 'The CLI and the VS Code client are two faces of the same layer; neither imports the other.',
            severity: 'error',
            from: { path: '^(cli|client)/' },
            to: { path: '^(cli|client)/', pathNot: '^$1/' },
        },
        {
            name: 'interop-beside-the-cli',
            comment: 'interop/ converts the model to and from other tools\' formats (CACAO, Mermaid, iCalendar) for the CLI: it may use the contracts, the language core and the runner engine, never the CLI, the client or the webview.',
            severity: 'error',
            from: { path: '^interop/' },
            to: { path: '^(cli|client)/|^runner/src/webview/' },
        },
        {
            name: 'only-the-cli-imports-interop',
            comment: 'The converters are a feature of the CLI; nothing below it depends on them.',
            severity: 'error',
            from: { path: '^(protocol|escaping|l10n|server|runner)/' },
            to: { path: '^interop/' },
        },
        {
            name: 'the-client-imports-only-the-mermaid-export',
            comment: 'The VS Code Diagram view draws exactly what `playbook export --format mermaid` writes, so the client uses that one converter; the others stay the CLI\'s.',
            severity: 'error',
            from: { path: '^client/' },
            to: { path: '^interop/', pathNot: '^interop/src/mermaid/' },
        },
        {
            name: 'client-talks-over-the-protocol',
            comment: 'The client reaches the language server over LSP only; ids, options and request types come from protocol/.',
            severity: 'error',
            from: { path: '^client/' },
            to: { path: '^server/' },
        },
        {
            name: 'engine-below-its-faces',
            comment: 'The runner engine is pure: it does not import the webview (DOM) or the page builder (Node).',
            severity: 'error',
            from: { path: '^runner/src/engine/' },
            to: { path: '^runner/src/(webview|html)/' },
        },
        {
            name: 'engine-and-webview-free-of-node',
            comment: 'The runner engine and the webview run in a browser: no Node modules, directly or through what they import. (The DOM is kept out of the engine by its tsconfig, which has no DOM library.)',
            severity: 'error',
            from: { path: '^runner/src/(engine|webview)/' },
            to: { dependencyTypes: ['core'] },
        },
        {
            name: 'engine-and-webview-reach-no-node-stack',
            comment: 'Nothing the runner engine or the webview imports, however indirectly, may need Node or the language server stack.',
            severity: 'error',
            from: { path: '^runner/src/(engine|webview)/' },
            to: { reachable: true, path: `${NODE_ONLY_PACKAGES}|^(node:)?(fs|path|os|child_process|crypto|net|http|https|url|util|stream|worker_threads|process|buffer|events|readline|zlib|module)$` },
        },
        {
            name: 'sources-not-to-tests',
            comment: 'Product code never imports tests, benchmarks or the fuzzer.',
            severity: 'error',
            from: { path: '^(protocol|escaping|l10n|server|cli|client|runner)/' },
            to: { path: '^(test|bench|fuzz|e2e)/' },
        },
        {
            name: 'no-runtime-cycles',
            comment: 'The only import loops allowed are type-only (module wiring): a loop of value imports makes load order matter.',
            severity: 'error',
            from: {},
            to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
        },
    ],
    options: {
        doNotFollow: { path: 'node_modules' },
        exclude: { path: 'server/src/language/generated/' },
        tsPreCompilationDeps: true,
        tsConfig: { fileName: 'tsconfig.json' },
        enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
    },
};
