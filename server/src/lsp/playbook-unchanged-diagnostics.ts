import type { LangiumSharedServices } from 'langium/lsp';
import type { PlaybookDocumentBuilder } from '../workspace/playbook-document-builder.js';

/**
 * Publishes again the diagnostics of documents an editor opened (or changed) to the text they
 * were built from: the builder re-builds nothing for them (`onUnchanged`), and an editor that
 * opens a file expects its diagnostics, as a build would have sent them.
 */
export function republishUnchanged(shared: LangiumSharedServices): void {
    (shared.workspace.DocumentBuilder as PlaybookDocumentBuilder).onUnchanged(documents => {
        for (const document of documents) {
            void shared.lsp.Connection?.sendDiagnostics({ uri: document.uri.toString(), diagnostics: document.diagnostics ?? [] });
        }
    });
}
