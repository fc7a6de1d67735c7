import { DefaultLinker, type AstNodeDescription, type LinkingError, type ReferenceInfo } from 'langium';
import { linkingMessages, referenceKinds } from '../messages.js';

/** Reports an undefined name in the author's words: what kind of thing was looked for, and which name. */
export class PlaybookLinker extends DefaultLinker {
    protected override createLinkingError(refInfo: ReferenceInfo, targetDescription?: AstNodeDescription): LinkingError {
        const error = super.createLinkingError(refInfo, targetDescription);
        const type = this.reflection.getReferenceType(refInfo);
        const kind = referenceKinds[type] ?? type;
        return { ...error, message: linkingMessages.undefinedName({ kind, name: refInfo.reference.$refText }) };
    }
}
