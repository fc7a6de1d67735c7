// Bundles each entry point with esbuild; tsc type-checks separately (npm run typecheck).
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const production = process.argv.includes('--production');
const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'cjs',
    sourcemap: !production,
    minify: production,
    logLevel: 'warning',
    define: { PLAYBOOK_VERSION: JSON.stringify(version) },
};

await Promise.all([
    esbuild.build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.cjs', external: ['vscode'] }),
    esbuild.build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.cjs' }),
    esbuild.build({ ...common, entryPoints: ['cli/src/bin.ts'], outfile: 'dist/cli.cjs' }),
]);
