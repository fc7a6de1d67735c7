import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { localizeManifest, type NlsMessages } from '../../e2e/harness/manifest-nls.js';
import { ROOT } from '../../fuzz/playbook-fuzz-cases.js';

interface Manifest {
    capabilities?: { untrustedWorkspaces?: { supported: boolean | 'limited'; restrictedConfigurations?: string[]; description?: string } };
    contributes?: {
        configuration?: { properties?: Record<string, { type?: string; markdownDescription?: string; description?: string }> };
        taskDefinitions?: unknown[];
        debuggers?: unknown[];
        terminal?: unknown;
    };
}

// The manifest as VS Code shows it in English: its texts live in package.nls.json.
const manifest = localizeManifest(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest,
    JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as NlsMessages);
const docs = readFileSync(path.join(ROOT, 'docs', 'robustness.md'), 'utf8');

describe('restricted mode (untrusted workspaces)', () => {
    it('is declared as limited support, with a description', () => {
        const declared = manifest.capabilities?.untrustedWorkspaces;
        assert.equal(declared?.supported, 'limited');
        assert.ok((declared?.description ?? '').length > 20);
    });

    it('restricts every setting that names a file, since a workspace could point it anywhere', () => {
        const properties = manifest.contributes?.configuration?.properties ?? {};
        const namesFile = Object.entries(properties)
            .filter(([name, p]) => /file|path|command|executable/i.test(name) || /\b(path|file) of\b/i.test(p.markdownDescription ?? p.description ?? ''))
            .map(([name]) => name);
        assert.ok(namesFile.length > 0, 'the manifest declares no file setting: update this test');
        assert.deepEqual(namesFile.filter(name => !manifest.capabilities?.untrustedWorkspaces?.restrictedConfigurations?.includes(name)), []);
        for (const name of namesFile) {
            assert.ok(docs.includes(`\`${name}\``), `docs/robustness.md explains ${name}`);
        }
    });

    it('contributes nothing that runs code from the workspace: no tasks, debuggers or terminals', () => {
        assert.equal(manifest.contributes?.taskDefinitions, undefined);
        assert.equal(manifest.contributes?.debuggers, undefined);
        assert.equal(manifest.contributes?.terminal, undefined);
    });
});
