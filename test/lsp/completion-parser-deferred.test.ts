import * as assert from 'node:assert/strict';
import { EmptyFileSystem, URI } from 'langium';
import { createPlaybookLspServices } from '../../server/src/lsp/playbook-lsp-module.js';
import { warmUpCompletionParser } from '../../server/src/lsp/playbook-completion-warmup.js';

/** Whether the completion parser's grammar rules have been built (Langium keeps them by name). */
function built(services: ReturnType<typeof createPlaybookLspServices>['Playbook']): boolean {
    return services.parser.CompletionParser.getRule('Document') !== undefined;
}

describe('the completion parser, built at its first use', () => {
    it('is not built when the services are created, as the server does on initialize, and completes on first use', async () => {
        const { Playbook: services } = createPlaybookLspServices(EmptyFileSystem);
        // What the server's `initialize` does: every service is created.
        void services.lsp.CompletionProvider;
        assert.equal(built(services), false);
        const text = 'person alice { phone "+1" }\nrole commander\nassign commander to ';
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/workspace/first.playbook'));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        assert.equal(built(services), false, 'building documents does not need it');
        const completion = await services.lsp.CompletionProvider!.getCompletion(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(text.length),
        });
        assert.ok(built(services));
        assert.ok(completion?.items.some(item => item.label === 'alice'), 'the people who can hold the role are offered');
    });

    it('is built by the warm-up once the workspace is ready, before any completion', async () => {
        const { shared, Playbook: services } = createPlaybookLspServices(EmptyFileSystem);
        warmUpCompletionParser(shared);
        assert.equal(built(services), false);
        await shared.workspace.WorkspaceManager.initializeWorkspace([]);
        await new Promise(resolve => setTimeout(resolve, 10));
        assert.ok(built(services));
    });
});
