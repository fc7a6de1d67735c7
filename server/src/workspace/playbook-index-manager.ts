import {
    DefaultIndexManager, DocumentState, type AstNode, type LangiumDocument, type LangiumSharedCoreServices, type ReferenceDescription,
    type Stream, type URI,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { walkOf } from './playbook-document-walk.js';
import { PlaybookReferenceDescriptionProvider } from './playbook-reference-descriptions.js';

/**
 * Langium's index, except that a document's reference descriptions are made when something
 * first reads them (find references, rename), not in every build.
 *
 * Langium makes them for every linked document before it validates: the path of each
 * reference's container and the range of its text, about a twentieth of a workspace's build
 * (50-95 ms of 1,000 playbooks), paid again for the edited document at every keystroke, for
 * requests most builds never see. What the builder itself asks the index, whether a document
 * refers to a changed file (`isAffected`), is answered from the files each document's resolved
 * references point into, gathered when it is linked: one pass over its references, no paths.
 */
export class PlaybookIndexManager extends DefaultIndexManager {
    /** Documents whose descriptions are not yet made, by URI: linked, their references final. */
    private readonly pending = new Map<string, LangiumDocument>();
    /** The other files each document's resolved references point into, by URI. */
    private readonly targets = new Map<string, ReadonlySet<string>>();

    constructor(private readonly shared: LangiumSharedCoreServices) {
        super(shared);
    }

    override updateReferences(document: LangiumDocument, cancelToken?: CancellationToken): Promise<void> {
        const uri = document.uri.toString();
        if (!(this.providerOf(document) instanceof PlaybookReferenceDescriptionProvider)) {
            // Another language's provider may need to be awaited: made now, as Langium does.
            this.removeReferences(document.uri);
            return super.updateReferences(document, cancelToken);
        }
        this.referenceIndex.delete(uri);
        this.pending.set(uri, document);
        this.targets.set(uri, targetsOf(document, uri));
        return Promise.resolve();
    }

    override removeReferences(uri: URI): void {
        const key = uri.toString();
        this.pending.delete(key);
        this.targets.delete(key);
        super.removeReferences(uri);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        const targets = this.targets.get(document.uri.toString());
        if (!targets) {
            return super.isAffected(document, changedUris);
        }
        for (const target of targets) {
            if (changedUris.has(target)) {
                return true;
            }
        }
        return false;
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        this.describePending();
        return super.findAllReferences(targetNode, astNodePath);
    }

    /** Makes the descriptions of every document that has none yet. */
    private describePending(): void {
        for (const [uri, document] of this.pending) {
            // A document sent back before its references were indexed is removed from `pending`
            // (removeReferences); the check keeps a half-built one out of the index regardless.
            if (document.state >= DocumentState.IndexedReferences) {
                this.referenceIndex.set(uri, this.describe(document));
            }
        }
        this.pending.clear();
    }

    private describe(document: LangiumDocument): ReferenceDescription[] {
        // Only documents of the language's own provider are pending (updateReferences).
        return (this.providerOf(document) as PlaybookReferenceDescriptionProvider).describe(document);
    }

    private providerOf(document: LangiumDocument): unknown {
        return this.shared.ServiceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider;
    }
}

/** The files other than `uri` that the document's resolved references point into. */
function targetsOf(document: LangiumDocument, uri: string): ReadonlySet<string> {
    const targets = new Set<string>();
    // The same references the descriptions are made from (the walk's; the grammar has no multi-references).
    for (const { reference } of walkOf(document.parseResult.value).references) {
        const target = reference.error || !reference.$refNode ? undefined : reference.$nodeDescription?.documentUri.toString();
        if (target !== undefined && target !== uri) {
            targets.add(target);
        }
    }
    return targets;
}
