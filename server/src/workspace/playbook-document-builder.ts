import {
    CstUtils, DefaultDocumentBuilder, DocumentState, isLeafCstNode, isReference, type LangiumDocument, type LangiumSharedCoreServices, type MaybePromise, type URI,
} from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { canRepointReference, repointReference } from '../language/langium-internals.js';
import type { PlaybookServices } from '../language/playbook-module.js';
import { PlaybookLastLinked } from './playbook-last-linked.js';
import { TypingPause } from './playbook-typing-pause.js';
import { changedNames, type PlaybookWorkspaceFacts } from './playbook-workspace-facts.js';

/**
 * Decides what an edit makes stale, for the language server.
 *
 * Langium re-builds the changed documents and relinks and re-validates every document that
 * refers to them. Two things are added, and one is saved:
 * - Rules that read the whole workspace (unused and duplicate organisation definitions,
 *   organisation-wide assignments) are not visible to Langium as references. Documents with
 *   organisation definitions are re-validated on every update (they are few), and when an edit
 *   changes what documents read from each other (`PlaybookWorkspaceFacts.shape`): when only
 *   top-level names changed (a rename of a shared person), the documents defining those names
 *   (whose duplicate-name findings may change); documents that refer to them are relinked and
 *   re-validated by Langium anyway. When organisation `assign` lines changed, or whether there
 *   are playbooks at all, every document is re-validated.
 * - An edit that changes only strings and comments of a file (a title, a phone number) changes
 *   no name, structure or reference: the documents that refer to it keep their links and their
 *   diagnostics, and only their references into the re-parsed file are pointed at its new nodes.
 *   This is what keeps an edit of the shared organisation file from relinking every playbook.
 *
 * An open document's linked state is kept while it is re-built (`lastLinked`), so that requests
 * made while typing answer at once instead of waiting for the build.
 */
export class PlaybookDocumentBuilder extends DefaultDocumentBuilder {
    /** URIs of the current update whose change touched only strings, comments and names. */
    private shapeStable = new Set<string>();
    /** The names (old and new) those changes renamed. */
    private renamed = new Set<string>();
    /** The last linked state of open documents being re-built. */
    readonly lastLinked = new PlaybookLastLinked(this);
    /** How long an edit of an open document waits before its re-build. */
    private readonly typingPause = new TypingPause();

    constructor(private readonly sharedServices: LangiumSharedCoreServices) {
        super(sharedServices);
        this.onUpdate((_changed, deleted) => deleted.forEach(uri => this.typingPause.forget(uri)));
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = CancellationToken.None): Promise<void> {
        const typed: URI[] = [];
        for (const uri of changed) {
            const document = this.langiumDocuments.getDocument(uri);
            if (document && this.textDocuments?.get(uri.toString())) {
                this.lastLinked.keep(document);
                typed.push(uri);
            }
        }
        // Until the states are reset, requests about the typed documents other than those the
        // last linked state answers wait (waitUntil below), lest the old tree answer them.
        const release = typed.length > 0 ? this.typingPause.hold(typed) : undefined;
        const released = release && this.onUpdate(() => release());
        if (typed.length > 0) {
            // Lets the requests that come with the keystroke be read and answered from the last
            // linked state first (playbook-typing-pause.ts). Nothing is reset yet, so an update
            // that supersedes this one still finds every change to build.
            await new Promise(resolve => setTimeout(resolve, this.typingPause.before(typed)));
            await new Promise(resolve => setImmediate(resolve));
        }
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
        const stable = new Set<string>();
        const renamed = new Set<string>();
        for (const uri of deleted.length === 0 ? changed.filter(shared) : []) {
            const names = this.changedNamesOnly(uri);
            if (names) {
                stable.add(uri.toString());
                names.forEach(name => renamed.add(name));
            }
        }
        this.shapeStable = stable;
        this.renamed = renamed;
        // Repointed as soon as the re-parsed files are indexed, so that validation in this build
        // already reads their new nodes.
        let repointed = false;
        const indexed = this.onBuildPhase(DocumentState.IndexedContent, () => {
            this.repointReferences(stable);
            repointed = true;
        });
        const before = facts?.shape();
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            release?.();
            released?.dispose();
            indexed.dispose();
            this.shapeStable = new Set();
            this.renamed = new Set();
            if (!repointed) {
                // Cancelled before the files were re-parsed: the documents that refer to them
                // must then be linked again by the next build.
                this.relinkDependents(stable);
            }
        }
        const after = facts?.shape();
        if (facts && before && after && after.signature !== before.signature) {
            const names = changedNames(before, after);
            await (names ? this.revalidate(document => facts.definesAny(document, names), cancelToken) : this.revalidateAll(cancelToken));
        }
    }

    /** Waits, first, for the end of a typing pause of `uri` (of any document, without `uri`). */
    override waitUntil(state: DocumentState, cancelToken?: CancellationToken): Promise<void>;
    override waitUntil(state: DocumentState, uri?: URI, cancelToken?: CancellationToken): Promise<URI>;
    override async waitUntil(state: DocumentState, uriOrToken?: URI | CancellationToken, cancelToken?: CancellationToken): Promise<URI | void> {
        const uri = uriOrToken && 'path' in uriOrToken ? uriOrToken : undefined;
        await this.typingPause.settled(uri);
        return uri ? super.waitUntil(state, uri, cancelToken) : super.waitUntil(state, uriOrToken as CancellationToken | undefined);
    }

    /** Times each parse, for the pause before the next edit of the same document. */
    protected override runCancelable(documents: LangiumDocument[], targetState: DocumentState, cancelToken: CancellationToken, callback: (document: LangiumDocument) => MaybePromise<unknown>): Promise<void> {
        if (targetState !== DocumentState.Parsed) {
            return super.runCancelable(documents, targetState, cancelToken, callback);
        }
        return super.runCancelable(documents, targetState, cancelToken, async document => {
            const start = performance.now();
            await callback(document);
            this.typingPause.record(document.uri, performance.now() - start);
        });
    }

    /** Re-validates every document (the configuration changed, or a fact every document reads). */
    async revalidateAll(cancelToken = CancellationToken.None): Promise<void> {
        await this.revalidate(() => true, cancelToken);
    }

    /** Re-validates the documents that `affected` selects. */
    private async revalidate(affected: (document: LangiumDocument) => boolean, cancelToken: CancellationToken): Promise<void> {
        const documents = this.langiumDocuments.all.filter(affected).toArray();
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
        // A document that names a renamed definition is linked again; the others keep their
        // links into the re-parsed files (repointed below).
        return super.shouldRelink(document, new Set([...changedUris].filter(uri => !this.shapeStable.has(uri))))
            || (this.renamed.size > 0 && document.references.some(reference => this.renamed.has(reference.$refText)));
    }

    /**
     * When the new text of `uri` differs from the parsed one only in strings, comments and names
     * (a rename), and the references into it can be repointed (see langium-internals.ts): the
     * names that changed, old and new (empty for strings and comments only). Undefined otherwise.
     * The same tokens in the same order parse to the same tree, so every node keeps its path.
     */
    private changedNamesOnly(uri: URI): Set<string> | undefined {
        const document = this.langiumDocuments.getDocument(uri);
        const newText = this.sharedServices.workspace.TextDocuments?.get(uri.toString())?.getText();
        const oldText = document?.parseResult.value.$cstNode?.root.fullText;
        if (!document || newText === undefined || oldText === undefined || document.parseResult.lexerErrors.length > 0 || document.parseResult.parserErrors.length > 0) {
            return undefined;
        }
        // Langium builds every reference the same way: one sample tells whether they can be repointed.
        const sample = this.langiumDocuments.all.flatMap(other => other.references).filter(isReference).head();
        if (sample && !canRepointReference(sample)) {
            return undefined;
        }
        const lexed = this.serviceRegistry.getServices(uri).parser.Lexer.tokenize(newText);
        // The old text's tokens are the old tree's leaves (it parsed without errors): no second lexing.
        const root = document.parseResult.value.$cstNode;
        const before = root && CstUtils.streamCst(root).filter(isLeafCstNode).filter(leaf => !leaf.hidden && leaf.tokenType.name !== 'STRING')
            .map(leaf => ({ tokenType: leaf.tokenType, image: leaf.text })).toArray();
        const after = lexed.errors.length > 0 ? undefined : lexed.tokens.filter(t => t.tokenType.name !== 'STRING');
        if (!before || !after || before.length !== after.length) {
            return undefined;
        }
        const names = new Set<string>();
        for (let i = 0; i < before.length; i++) {
            const [a, b] = [before[i]!, after[i]!];
            if (a.tokenType !== b.tokenType) {
                return undefined;
            }
            if (a.image !== b.image) {
                if (a.tokenType.name !== 'ID') {
                    return undefined;
                }
                names.add(a.image).add(b.image);
            }
        }
        return names;
    }

    /**
     * Points references into re-parsed, shape-stable files at their new nodes (same paths). The
     * workspace facts of the documents that refer to them stay valid: they key targets by path.
     */
    private repointReferences(stable: ReadonlySet<string>): void {
        for (const document of this.langiumDocuments.all) {
            if (stable.has(document.uri.toString())) {
                continue;
            }
            for (const reference of document.references) {
                if (isReference(reference) && reference.$nodeDescription && stable.has(reference.$nodeDescription.documentUri.toString())) {
                    repointReference(reference);
                }
            }
        }
    }

    /** Sends the documents that refer to `stable` files back to be linked again. */
    private relinkDependents(stable: ReadonlySet<string>): void {
        for (const document of this.dependents(stable)) {
            this.resetToState(document, DocumentState.ComputedScopes);
        }
    }

    /** The documents, other than `stable` ones, with a reference into one of the `stable` files. */
    private dependents(stable: ReadonlySet<string>): LangiumDocument[] {
        if (stable.size === 0) {
            return [];
        }
        return this.langiumDocuments.all
            .filter(document => !stable.has(document.uri.toString()))
            .filter(document => document.references.some(r => isReference(r) && r.$nodeDescription !== undefined && stable.has(r.$nodeDescription.documentUri.toString())))
            .toArray();
    }

    private facts(): PlaybookWorkspaceFacts | undefined {
        const services = this.serviceRegistry.all.find(s => 'WorkspaceFacts' in s.workspace) as PlaybookServices | undefined;
        return services?.workspace.WorkspaceFacts;
    }
}
