import {
    DefaultDocumentBuilder, DocumentState, Emitter, isOperationCancelled, isReference, OperationCancelled,
    type AstNode, type BuildOptions, type Event, type LangiumDocument, type LangiumSharedCoreServices, type MaybePromise, type URI,
} from 'langium';
import { CancellationToken } from 'vscode-languageserver-protocol';
import { canRepointReference, repointReference, useEditorText } from '../language/langium-internals.js';
import type { PlaybookServices } from '../language/playbook-module.js';
import { changedLeaves, lexEdit } from '../language/playbook-token-stable-edit.js';
import { cstNodesOf } from '../language/cst-walk.js';
import { PlaybookLastLinked } from './playbook-last-linked.js';
import { PlaybookPendingChanges, type TakenChanges } from './playbook-pending-changes.js';
import { TypingPause } from './playbook-typing-pause.js';
import { changedNames, type PlaybookWorkspaceFacts } from './playbook-workspace-facts.js';

/** The tokens a rename changes. */
const NAMES: ReadonlySet<string> = new Set(['ID']);

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
 *   diagnostics, and only their references into the re-parsed file are pointed at its new nodes
 *   (the same nodes, moved, when the document factory applied the edit in place). This is what
 *   keeps an edit of the shared organisation file from relinking every playbook.
 *
 * An open document's linked state is kept while it is re-built (`lastLinked`), so that requests
 * made while typing answer at once instead of waiting for the build.
 *
 * A burst of changes (an editor applying a rename's workspace edit, one notification per file) is
 * built once: an update cancelled before it resets anything leaves its changes `pending` for the
 * next, and a build cancelled before it repointed the references into a renamed file hands that
 * file on, rather than sending every document that refers to it back to be linked.
 */
export class PlaybookDocumentBuilder extends DefaultDocumentBuilder {
    /** URIs of the current update whose change touched only strings, comments and names. */
    private shapeStable = new Set<string>();
    /** The names (old and new) those changes renamed. */
    private renamed = new Set<string>();
    /** The last linked state of open documents being re-built. */
    readonly lastLinked = new PlaybookLastLinked(this);
    /** Changes of cancelled updates, built by the next update or build. */
    private readonly pending = new PlaybookPendingChanges();
    /** How long an edit of an open document waits before its re-build, and who waits for that. */
    private readonly typingPause = new TypingPause();
    private readonly unchangedEmitter = new Emitter<LangiumDocument[]>();

    constructor(private readonly sharedServices: LangiumSharedCoreServices) {
        super(sharedServices);
        // Langium reports an update once the changed documents' states are reset: from then on
        // they no longer look built from their old text.
        this.onUpdate((changed, deleted) => {
            deleted.forEach(uri => this.typingPause.forget(uri));
            this.typingPause.release([...changed, ...deleted]);
        });
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = CancellationToken.None): Promise<void> {
        const unchanged = changed.map(uri => this.unchanged(uri)).filter(document => document !== undefined);
        if (unchanged.length > 0) {
            changed = changed.filter(uri => !unchanged.some(document => document.uri.toString() === uri.toString()));
            this.unchangedEmitter.fire(unchanged);
            if (changed.length === 0 && deleted.length === 0) {
                return;
            }
        }
        const typed: URI[] = [];
        let unknown = false;
        for (const uri of changed) {
            const document = this.langiumDocuments.getDocument(uri);
            if (document && this.textDocuments?.get(uri.toString())) {
                this.lastLinked.keep(document);
                typed.push(uri);
            }
            unknown ||= !document;
        }
        this.pending.add(changed, deleted);
        // Until their states are reset (see the constructor), requests about the typed documents
        // other than those the last linked state answers wait (waitUntil below), lest the old tree
        // answer them; a change a cancelled update leaves pending stays held.
        this.typingPause.hold(typed);
        try {
            await this.pauseThenApply(typed, unknown, cancelToken);
        } catch (error) {
            if (!isOperationCancelled(error)) {
                this.typingPause.release(typed);
            }
            throw error;
        }
    }

    private async pauseThenApply(typed: URI[], unknown: boolean, cancelToken: CancellationToken): Promise<void> {
        if (typed.length > 0 && !unknown) {
            // Lets the requests that came with the keystroke (an editor sends completion right
            // after the change) be read and answered from the last linked state first: lexing and
            // parsing a large file blocks the process for their whole length. The changes that
            // arrive meanwhile (a workspace edit opens every file it changes, one notification
            // each) cancel this update and join the pending ones, so that a burst is built once,
            // by its last update. Nothing is reset before this point, so a cancelled update loses
            // nothing. A file new to the workspace is added at once: requests about it need it.
            // The pause lasts as long as the documents' last parse took, at most 25 ms
            // (playbook-typing-pause.ts): one turn of the event loop often missed a request sent
            // right after the change.
            // An update that a later change cancelled while it waited in the workspace lock's
            // queue (a workspace edit's notifications arrive faster than one pause) stops before
            // its pause: its change is pending already, and waiting would make a burst of 119
            // files wait 119 pauses in a row (about 120 ms of a rename, the process idle).
            if (cancelToken.isCancellationRequested) {
                throw OperationCancelled;
            }
            await new Promise(resolve => setTimeout(resolve, this.typingPause.before(typed)));
            await new Promise(resolve => setImmediate(resolve));
            if (cancelToken.isCancellationRequested) {
                throw OperationCancelled;
            }
        }
        await this.applyChanges(this.pending.take(), cancelToken);
    }

    /**
     * Fires for documents an update named whose text is the one they were built from (an editor
     * opening a file the workspace already built from disk): nothing about them is re-built, and
     * their diagnostics stand (the language server publishes them again).
     */
    readonly onUnchanged: Event<LangiumDocument[]> = this.unchangedEmitter.event;

    /**
     * The document at `uri` when it is built and validated from exactly the editor's text, with
     * no change of it waiting and no edit under way; it is then pointed at the editor's text
     * document, as a re-parse would do.
     */
    private unchanged(uri: URI): LangiumDocument | undefined {
        const document = this.langiumDocuments.getDocument(uri);
        const textDocument = this.textDocuments?.get(uri.toString());
        const settled = document?.state === DocumentState.Validated && this.buildState.get(uri.toString())?.completed === true
            && !this.pending.has(uri) && this.lastLinked.get(uri) === undefined;
        if (!document || !textDocument || !settled || document.parseResult.value.$cstNode?.root.fullText !== textDocument.getText()) {
            return undefined;
        }
        return useEditorText(document, textDocument) ? document : undefined;
    }

    /** Builds pending changes first: a build that cancelled an update must not leave its changes unbuilt. */
    override async build<T extends AstNode>(documents: Array<LangiumDocument<T>>, options?: BuildOptions, cancelToken = CancellationToken.None): Promise<void> {
        await this.applyPending(cancelToken);
        await super.build(documents, options, cancelToken);
    }

    private async applyPending(cancelToken: CancellationToken): Promise<void> {
        if (!this.pending.empty) {
            await this.applyChanges(this.pending.take(), cancelToken);
        }
    }

    /** Langium's update of the changed and deleted documents, with what this builder adds (see the class). */
    private async applyChanges({ changed, deleted, carried }: TakenChanges, cancelToken: CancellationToken): Promise<void> {
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
        const stable = new Map<string, URI>();
        const renamed = new Set<string>();
        for (const uri of deleted.length === 0 ? changed.filter(shared) : []) {
            const names = this.changedNamesOnly(uri);
            if (names) {
                stable.set(uri.toString(), uri);
                names.forEach(name => renamed.add(name));
                carried.get(uri.toString())?.forEach(name => renamed.add(name));
            }
        }
        // A carried file that is no longer shape-stable is an ordinary change: Langium relinks
        // every document that refers to it.
        this.shapeStable = new Set(stable.keys());
        this.renamed = renamed;
        // Repointed as soon as the re-parsed files are indexed, so that validation in this build
        // already reads their new nodes. A file edited in place (playbook-document-factory.ts)
        // keeps its nodes: references into it still hold the right ones, and are left alone,
        // unless a cancelled build re-parsed it without repointing them (it carried the change).
        const roots = new Map([...stable].filter(([key]) => !carried.has(key))
            .map(([key, uri]) => [key, this.langiumDocuments.getDocument(uri)?.parseResult.value]));
        let repointed = false;
        const indexed = this.onBuildPhase(DocumentState.IndexedContent, () => {
            const reparsed = [...this.shapeStable].filter(key => !roots.has(key) || this.langiumDocuments.getDocument(stable.get(key)!)?.parseResult.value !== roots.get(key));
            this.repointReferences(new Set(reparsed));
            repointed = true;
        });
        const before = facts?.shape();
        const validated = new Set<string>();
        const counted = this.onDocumentPhase(DocumentState.Validated, document => {
            validated.add(document.uri.toString());
        });
        try {
            await super.update(changed, deleted, cancelToken);
        } finally {
            indexed.dispose();
            counted.dispose();
            const names = this.renamed;
            this.shapeStable = new Set();
            this.renamed = new Set();
            if (!repointed) {
                // Cancelled before the files were re-parsed and indexed: the next build points the
                // references into them at the new nodes, and relinks those that name what was renamed.
                stable.forEach(uri => this.pending.carry(uri, names));
            }
        }
        const after = facts?.shape();
        if (facts && before && after && after.signature !== before.signature) {
            const names = changedNames(before, after);
            // A document validated by this build already read the new facts (Langium validates
            // once every document of the build is linked).
            const stale = (document: LangiumDocument) => !validated.has(document.uri.toString());
            await this.revalidate(document => stale(document) && (!names || facts.definesAny(document, names)), cancelToken);
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

    /**
     * Langium asks, on every update, of every document already built, whether its last
     * validation left out a category the update asks for: two sets, a stream and a lookup of the
     * document's services each time (about 4 ms per keystroke in a workspace of 1,000 files). The
     * answer only changes when the document is validated again, which gives it a new list of the
     * categories it ran: the answer is kept per list, for the options every update uses.
     */
    protected override resultsAreIncomplete(document: LangiumDocument, options: BuildOptions): boolean {
        const state = this.buildState.get(document.uri.toString());
        const ran = state?.result?.validationChecks;
        if (options !== this.updateBuildOptions || !state?.completed || !ran) {
            return super.resultsAreIncomplete(document, options);
        }
        let incomplete = this.incompleteFor.get(ran);
        if (incomplete === undefined) {
            incomplete = super.resultsAreIncomplete(document, options);
            this.incompleteFor.set(ran, incomplete);
        }
        return incomplete;
    }

    private readonly incompleteFor = new WeakMap<readonly string[], boolean>();

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
        await this.applyPending(cancelToken);
        const documents = this.langiumDocuments.all.filter(affected).toArray();
        for (const document of documents) {
            if (document.state === DocumentState.Validated) {
                this.resetToState(document, DocumentState.IndexedReferences);
            }
        }
        await this.build(documents, this.updateBuildOptions, cancelToken);
    }

    /**
     * As Langium decides (a document with a linking error, or one that refers to a changed file,
     * is linked again), except that a document that names a renamed definition is linked again,
     * and the others keep their links into re-parsed shape-stable files (repointed below).
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.hasLinkingErrors(document)) {
            return true;
        }
        if (this.shapeStable.size === 0) {
            return this.indexManager.isAffected(document, changedUris);
        }
        return this.indexManager.isAffected(document, this.unstable(changedUris))
            || (this.renamed.size > 0 && document.references.some(reference => this.renamed.has(reference.$refText)));
    }

    /**
     * Whether one of the document's references failed to resolve. Langium asks it of every
     * document on every update (30,000 references in a workspace of 1,000 files, about 1.5 ms
     * of each keystroke); it is read once per linking: a linked document's references are final
     * until it is linked again, which gives it a new list (repointing one, see
     * repointReferences, only moves a resolved reference to the same path in a new tree).
     */
    private hasLinkingErrors(document: LangiumDocument): boolean {
        const references = document.references;
        if (document.state < DocumentState.Linked) {
            return references.some(reference => reference.error !== undefined);
        }
        const known = this.linkingErrors.get(references);
        if (known && known.length === references.length) {
            return known.errors;
        }
        const errors = references.some(reference => reference.error !== undefined);
        this.linkingErrors.set(references, { length: references.length, errors });
        return errors;
    }

    private readonly linkingErrors = new WeakMap<readonly unknown[], { length: number; errors: boolean }>();

    /**
     * The changed URIs but the shape-stable ones. Langium asks shouldRelink of every document with
     * the same set, so it is filtered once per update, not once per document (1,001 times in a
     * rename that changes 119 files).
     */
    private unstable(changedUris: Set<string>): Set<string> {
        const last = this.lastUnstable;
        if (last?.changed === changedUris && last.shapeStable === this.shapeStable) {
            return last.unstable;
        }
        const unstable = new Set([...changedUris].filter(uri => !this.shapeStable.has(uri)));
        this.lastUnstable = { changed: changedUris, shapeStable: this.shapeStable, unstable };
        return unstable;
    }

    /** The last answer of `unstable`, for the sets it was computed from (each update makes new ones). */
    private lastUnstable: { changed: Set<string>; shapeStable: Set<string>; unstable: Set<string> } | undefined;

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
        const lexed = lexEdit(this.serviceRegistry.getServices(uri), document.parseResult, newText);
        const root = document.parseResult.value.$cstNode;
        if (!root || lexed.errors.length > 0) {
            return undefined;
        }
        // The old text's tokens are the old tree's leaves (it parsed without errors). Strings may
        // come and go (a title is a value, not a node): only the other tokens must match.
        const leaves = cstNodesOf(root).leaves.filter(leaf => !leaf.hidden && leaf.tokenType.name !== 'STRING');
        const changed = changedLeaves(oldText, leaves, lexed.tokens.filter(t => t.tokenType.name !== 'STRING'), NAMES);
        if (!changed) {
            return undefined;
        }
        const names = new Set<string>();
        for (const [leaf, image] of changed) {
            names.add(leaf.text).add(image);
        }
        return names;
    }

    /**
     * Points references into re-parsed, shape-stable files at their new nodes (same paths). The
     * workspace facts of the documents that refer to them stay valid: they key targets by path.
     */
    private repointReferences(stable: ReadonlySet<string>): void {
        if (stable.size === 0) {
            return;
        }
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

    private facts(): PlaybookWorkspaceFacts | undefined {
        const services = this.serviceRegistry.all.find(s => 'WorkspaceFacts' in s.workspace) as PlaybookServices | undefined;
        return services?.workspace.WorkspaceFacts;
    }
}
