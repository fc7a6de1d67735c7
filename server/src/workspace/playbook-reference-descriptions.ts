import { Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription } from 'langium';
import { walkOf, type ReferenceSite } from './playbook-document-walk.js';

/**
 * Langium's descriptions of a document's references (the index find-references and rename
 * read), made from the references the document's walk has gathered, in the same order,
 * instead of a stream of every node and of each node's properties.
 */
export class PlaybookReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        if (cancelToken === Cancellation.CancellationToken.None) {
            return this.describe(document);
        }
        const descriptions: ReferenceDescription[] = [];
        for (const site of walkOf(document.parseResult.value).references) {
            await interruptAndCheck(cancelToken);
            descriptions.push(...this.describeSite(site));
        }
        return descriptions;
    }

    /** The same descriptions, at once: for the index, which makes them when they are first read. */
    describe(document: LangiumDocument): ReferenceDescription[] {
        return walkOf(document.parseResult.value).references.flatMap(site => this.describeSite(site));
    }

    private describeSite({ container, property, index, reference }: ReferenceSite): ReferenceDescription[] {
        if (reference.error) {
            return [];
        }
        return this.createInfoDescriptions(index === undefined ? { reference, container, property } : { reference, container, property, index });
    }
}
