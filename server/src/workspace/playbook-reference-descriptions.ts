import { Cancellation, DefaultReferenceDescriptionProvider, interruptAndCheck, type LangiumDocument, type ReferenceDescription } from 'langium';
import { walkOf } from './playbook-document-walk.js';

/**
 * Langium's descriptions of a document's references (the index find-references, rename and
 * relinking read), made from the references the document's walk has gathered, in the same order,
 * instead of a stream of every node and of each node's properties.
 */
export class PlaybookReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const cancellable = cancelToken !== Cancellation.CancellationToken.None;
        const descriptions: ReferenceDescription[] = [];
        for (const { container, property, index, reference } of walkOf(document.parseResult.value).references) {
            if (cancellable) {
                await interruptAndCheck(cancelToken);
            }
            if (!reference.error) {
                descriptions.push(...this.createInfoDescriptions(index === undefined ? { reference, container, property } : { reference, container, property, index }));
            }
        }
        return descriptions;
    }
}
