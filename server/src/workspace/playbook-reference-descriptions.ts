import { Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription } from 'langium';
import { walkOf } from './playbook-document-walk.js';

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
        for (const { container, property, index, reference } of walkOf(document.parseResult.value).references) {
            await interruptAndCheck(cancelToken);
            if (!reference.error) {
                descriptions.push(...this.createInfoDescriptions(index === undefined ? { reference, container, property } : { reference, container, property, index }));
            }
        }
        return descriptions;
    }

    /** The same descriptions, at once: for the index, which makes them when they are first read. */
    describe(document: LangiumDocument): ReferenceDescription[] {
        const descriptions: ReferenceDescription[] = [];
        for (const { container, property, index, reference } of walkOf(document.parseResult.value).references) {
            if (!reference.error) {
                descriptions.push(...this.createInfoDescriptions(index === undefined ? { reference, container, property } : { reference, container, property, index }));
            }
        }
        return descriptions;
    }
}
