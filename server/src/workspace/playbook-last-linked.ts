import { DocumentState, type DocumentBuilder, type LangiumDocument, type URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * The last linked state of each open document while an edit re-builds it, so that typing never
 * waits for the re-build: completion, hover and signature help answer from it plus the edited
 * text (see server/src/lsp/playbook-typing-view.ts), and diagnostics follow when the build ends.
 *
 * When an edit resets a linked document, what its build made (syntax tree, local scopes,
 * references) is moved to a frozen copy of the document, and the old tree's root points at that
 * copy, so that scoping and lazy linking inside the old tree read the old scopes, not the
 * document being re-built. The copy is dropped as soon as the document is linked again (or
 * deleted): at most one old tree per edited document is kept, for the length of one build.
 */
export class PlaybookLastLinked {
    private readonly snapshots = new Map<string, LangiumDocument>();

    constructor(builder: DocumentBuilder) {
        builder.onDocumentPhase(DocumentState.Linked, document => {
            this.snapshots.delete(document.uri.toString());
        });
        builder.onUpdate((_changed, deleted) => deleted.forEach(uri => this.snapshots.delete(uri.toString())));
    }

    /**
     * Keeps the linked state of `document` before an edit resets it. Does nothing for a document
     * that is not linked: an older copy, if any, stays the last linked state.
     */
    keep(document: LangiumDocument): void {
        const root = document.parseResult.value;
        const text = root.$cstNode?.root.fullText;
        if (document.state < DocumentState.Linked || text === undefined || !document.localSymbols) {
            return;
        }
        const copy: LangiumDocument = {
            uri: document.uri,
            state: DocumentState.Linked,
            parseResult: document.parseResult,
            references: [...document.references],
            localSymbols: document.localSymbols,
            diagnostics: document.diagnostics,
            // The document's own text document is the editor's, already holding the new text.
            textDocument: TextDocument.create(document.uri.toString(), document.textDocument.languageId, 0, text),
        };
        (root as { $document?: LangiumDocument }).$document = copy;
        this.snapshots.set(document.uri.toString(), copy);
    }

    /** The last linked state of a document being re-built; undefined once it is linked again. */
    get(uri: URI | string): LangiumDocument | undefined {
        return this.snapshots.get(uri.toString());
    }
}
