import { strict as assert } from 'node:assert';
import { expectCompletion } from 'langium/test';
import type { CompletionList } from 'vscode-languageserver';
import type { PlaybookInitializationOptions } from '../../protocol/src/playbook-initialization.js';
import { createLspServices } from './lsp-services.js';

/** Labels offered at the start of an empty file by a server initialised with these options. */
async function labelsWith(options: PlaybookInitializationOptions | undefined): Promise<string[]> {
    const services = createLspServices();
    await services.shared.lsp.LanguageServer.initialize({ processId: null, rootUri: null, capabilities: {}, initializationOptions: options });
    let labels: string[] = [];
    await expectCompletion(services)({ text: '', index: 0, assert: (list: CompletionList) => { labels = list.items.map(i => i.label); }, disposeAfterCheck: true });
    return labels;
}

describe('snippets and the client that contributes them', () => {
    it('offers block snippets to a client that has none of its own', async () => {
        const labels = await labelsWith(undefined);
        assert.ok(labels.includes('playbook'));
        assert.ok(labels.some(l => l !== 'playbook' && l.toLowerCase().includes('playbook')), labels.join(', '));
    });

    it('offers only keywords when the client contributes the snippets (VS Code)', async () => {
        const labels = await labelsWith({ snippetsContributed: true });
        assert.ok(labels.includes('playbook'));
        assert.deepEqual(labels.filter(l => l.toLowerCase().includes('playbook') && l !== 'playbook'), []);
    });
});
