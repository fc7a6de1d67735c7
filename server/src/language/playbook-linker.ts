import {
    Cancellation, DefaultLinker, interruptAndCheck,
    type AstNodeDescription, type LangiumDocument, type LinkingError, type ReferenceInfo,
} from 'langium';
import { walkOf } from '../workspace/playbook-document-walk.js';
import { linkingMessages, referenceKinds } from '../messages.js';

/**
 * Langium's linker, over the references the document's walk has gathered (the order Langium
 * streams them in, without a stream per node; no pause per reference when nothing can cancel the
 * run), and reporting an undefined name in the author's words: what kind of thing was looked
 * for, and which name.
 */
export class PlaybookLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            return super.link(document, cancelToken);
        }
        const cancellable = cancelToken !== Cancellation.CancellationToken.None;
        for (const { container, property, index, reference } of walkOf(document.parseResult.value).references) {
            if (cancellable) {
                await interruptAndCheck(cancelToken);
            }
            this.doLink(index === undefined ? { reference, container, property } : { reference, container, property, index }, document);
        }
    }

    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        const kind = referenceKinds[type] ?? type;
        return { ...error, message: linkingMessages.undefinedName({ kind, name: refInfo.reference.$refText }) };
    }
}
