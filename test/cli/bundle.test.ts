import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { root } from './run-cli.js';

/** The packages and folders a bundle was built from, read from its source map. */
function bundledSources(bundle: string): string[] {
    const map = JSON.parse(readFileSync(path.join(root, 'dist', `${bundle}.map`), 'utf8')) as { sources: string[] };
    return map.sources;
}

describe('the CLI bundle (dist/cli.cjs)', () => {
    it('holds the language core only: no Langium LSP module, no language server, no formatter', () => {
        const sources = bundledSources('cli.cjs');
        // Langium ships source maps, so its modules appear under src/ as well as lib/.
        assert.ok(sources.some(s => /node_modules\/langium\/(lib|src)\/parser\//.test(s)), 'the core is there');
        const editorOnly = sources.filter(s => /node_modules\/langium\/(lib|src)\/lsp\/|node_modules\/vscode-languageserver\/|server\/src\/lsp\//.test(s));
        assert.deepEqual(editorOnly, []);
    });

    it('leaves the formatter to dist/cli-format.cjs, loaded by `playbook fmt` alone', () => {
        const text = readFileSync(path.join(root, 'dist/cli.cjs'), 'utf8');
        assert.ok(text.includes('import("./cli-format.cjs")'));
        assert.ok(bundledSources('cli-format.cjs').some(s => s.includes('server/src/lsp/format-text.ts')));
    });
});
