import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CANONICAL_FORMATTING_OPTIONS } from './playbook-formatter.js';
import { createPlaybookLspServices, type PlaybookLspServices } from './playbook-lsp-module.js';

let services: PlaybookLspServices | undefined;
let counter = 0;

/**
 * Formats a whole playbook text into the canonical layout and returns it. A text with parse
 * errors is returned unchanged: reformatting a broken file could move text the author is
 * still fixing. Used by `playbook fmt`; services are created once and reused.
 */
export async function formatPlaybookText(text: string): Promise<string> {
    services ??= createPlaybookLspServices(EmptyFileSystem).Playbook;
    const formatter = services.lsp.Formatter;
    if (!formatter) {
        return text;
    }
    const uri = URI.parse(`memory:///format-${++counter}.playbook`);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, uri);
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length > 0 || parserErrors.length > 0) {
        return text;
    }
    const edits = await formatter.formatDocument(document, {
        textDocument: { uri: uri.toString() },
        options: CANONICAL_FORMATTING_OPTIONS,
    });
    return TextDocument.applyEdits(TextDocument.create(uri.toString(), 'playbook', 0, text), edits);
}
