import {
    DefaultDocumentBuilder, DocumentState, type AstNodeDescription, type LangiumDocument,
    type LangiumSharedCoreServices, type URI,
} from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import type { PlaybookServices } from '../language/playbook-module.js';
import type { PlaybookWorkspaceFacts } from './playbook-workspace-facts.js';

/** Langium's reference object as its linker keeps it (fields of DefaultReference). */
interface LinkedReference {
    _ref?: unknown;
    _nodeDescription?: AstNodeDescription;
}

/**
 * Decides what an edit makes stale, for the language server.
 *
 * Langium re-builds the changed documents and relinks and re-validates every document that
 * refers to them. Two things are added, and one is saved:
 * - Rules that read the whole workspace (unused and duplicate organisation definitions,
 *   organisation-wide assignments) are not visible to Langium as references. Documents with
 *   organisation definitions are re-validated on every update (they are few), and when an edit
 *   changes what documents read from each other (top-level names, organisation `assign` lines:
 *   `PlaybookWorkspaceFacts.signature`), every document is re-validated.
 * - An edit that changes only strings and comments of a file (a title, a phone number) changes
 *   no name, structure or reference: the documents that refer to it keep their links and their
 *   diagnostics, and only their references into the re-parsed file are pointed at its new nodes.
 *   This is what keeps an edit of the shared organisation file from relinking every playbook.
 */
export class PlaybookDocumentBuilder extends DefaultDocumentBuilder {
    /** URIs of the current update whose change touched only strings and comments. */
    private shapeStable = new Set<string>();

    constructor(private readonly sharedServices: LangiumSharedCoreServices) {
        super(sharedServices);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = CancellationToken.None): Promise<void> {
        const facts = this.facts();
        for (const document of this.langiumDocuments.all) {
            if (document.state === DocumentState.Validated && facts?.readsWorkspace(document)) {
                this.resetToState(document, DocumentState.IndexedReferences);
            }
        }
        // Only files with organisation definitions are referred to from other files; lexing a
        // large playbook twice on every keystroke would buy nothing.
        const shared = (uri: URI) => {
            const document = this.langiumDocuments.getDocument(uri);
            return document !== undefined && facts?.readsWorkspace(document) === true;
        };
        this.shapeStable = new Set(deleted.length === 0 ? changed.filter(uri => shared(uri) && this.changesOnlyText(uri)).map(uri => uri.toString()) : []);
        const before = facts?.signature();
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            this.repointReferences();
            this.shapeStable = new Set();
        }
        if (facts && facts.signature() !== before) {
            await this.revalidateAll(cancelToken);
        }
    }

    /** Re-validates every document (the configuration changed, or a fact every document reads). */
    async revalidateAll(cancelToken = CancellationToken.None): Promise<void> {
        const documents = this.langiumDocuments.all.toArray();
        for (const document of documents) {
            if (document.state === DocumentState.Validated) {
                this.resetToState(document, DocumentState.IndexedReferences);
            }
        }
        await this.build(documents, this.updateBuildOptions, cancelToken);
    }

    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.shapeStable.size === 0) {
            return super.shouldRelink(document, changedUris);
        }
        return super.shouldRelink(document, new Set([...changedUris].filter(uri => !this.shapeStable.has(uri))));
    }

    /** True when the new text of `uri` differs from the parsed one only in strings and comments. */
    private changesOnlyText(uri: URI): boolean {
        const document = this.langiumDocuments.getDocument(uri);
        const newText = this.sharedServices.workspace.TextDocuments?.get(uri.toString())?.getText();
        const oldText = document?.parseResult.value.$cstNode?.root.fullText;
        if (!document || newText === undefined || oldText === undefined || document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0) {
            return false;
        }
        const lexer = this.serviceRegistry.getServices(uri).parser.Lexer;
        const shape = (text: string) => {
            const result = lexer.tokenize(text);
            return result.errors.length > 0 ? undefined : result.tokens.filter(t => t.tokenType.name !== 'STRING').map(t => t.image).join('\u0000');
        };
        const after = shape(newText);
        return after !== undefined && after === shape(oldText);
    }

    /** Points references into a re-parsed, shape-stable file at its new nodes (same paths). */
    private repointReferences(): void {
        if (this.shapeStable.size === 0) {
            return;
        }
        for (const document of this.langiumDocuments.all) {
            if (this.shapeStable.has(document.uri.toString())) {
                continue;
            }
            for (const reference of document.references as unknown as LinkedReference[]) {
                const description = reference._nodeDescription;
                if (description && this.shapeStable.has(description.documentUri.toString())) {
                    // Dropping the cached node makes the linker load it again by its path, lazily.
                    reference._ref = undefined;
                    reference._nodeDescription = { ...description, node: undefined };
                }
            }
        }
    }

    private facts(): PlaybookWorkspaceFacts | undefined {
        const services = this.serviceRegistry.all.find(s => 'PlaybookValidator' in s.validation) as PlaybookServices | undefined;
        return services?.validation.PlaybookValidator.facts;
    }
}
