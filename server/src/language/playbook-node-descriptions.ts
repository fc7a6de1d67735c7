import {
    AstUtils, CstUtils, DefaultAstNodeDescriptionProvider,
    type AstNode, type AstNodeDescription, type DocumentSegment, type LangiumDocument, type NameProvider, type URI,
} from 'langium';
import { flatString } from './flat-string.js';

/**
 * Langium's descriptions of named nodes (what scopes and the index hold: one per step, role,
 * phase… of a playbook), made smaller. Langium writes each as an object literal with a getter,
 * which V8 keeps as a dictionary (about 450 bytes), plus two closures and their context for the
 * lazy name segment, and a path kept as a rope: about 900 bytes a description, 22 MB of the
 * 100k-line file's heap. Here a description is an instance of one class: the same fields, the
 * same lazily computed name segment (a getter on the prototype), the path as one flat string.
 */
export class PlaybookAstNodeDescriptionProvider extends DefaultAstNodeDescriptionProvider {
    override createDescription(node: AstNode, name: string | undefined, document?: LangiumDocument): AstNodeDescription {
        const path = this.astNodeLocator.getAstNodePath(node);
        name ??= this.nameProvider.getName(node);
        if (!name) {
            throw new Error(`Node at path ${path} has no name.`);
        }
        const uri = (document ?? AstUtils.getDocument(node)).uri;
        return new PlaybookNodeDescription(node, name, uri, flatString(path), CstUtils.toDocumentSegment(node.$cstNode), this.nameProvider);
    }
}

/**
 * One description. A copy made with `{ ...description }` has no name segment (it is not an own
 * property): copy it by name (see repointReference in langium-internals.ts).
 */
class PlaybookNodeDescription implements AstNodeDescription {
    readonly type: string;
    private segment: DocumentSegment | undefined;

    constructor(
        readonly node: AstNode,
        readonly name: string,
        readonly documentUri: URI,
        readonly path: string,
        readonly selectionSegment: DocumentSegment | undefined,
        private readonly names: NameProvider,
    ) {
        this.type = node.$type;
    }

    get nameSegment(): DocumentSegment | undefined {
        return this.segment ??= CstUtils.toDocumentSegment(this.names.getNameNode(this.node) ?? this.node.$cstNode);
    }
}
