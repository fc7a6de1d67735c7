import type { LangiumSharedServices } from 'langium/lsp';
import { PlaybookCompletionParser } from '../language/playbook-parser.js';

/**
 * Builds the completion parser once the workspace is loaded. It is not built while the server
 * answers `initialize` (that would delay the first diagnostics, see PlaybookCompletionParser);
 * building it when the first build is done keeps that cost off the first completion too.
 */
export function warmUpCompletionParser(shared: LangiumSharedServices): void {
    void shared.workspace.WorkspaceManager.ready.then(() => {
        setTimeout(() => {
            for (const services of shared.ServiceRegistry.all) {
                const parser = services.parser.CompletionParser;
                if (parser instanceof PlaybookCompletionParser) {
                    parser.prepare();
                }
            }
        }, 0);
    });
}
