import {
    AstUtils, DefaultScopeProvider, DocumentCache, MultiMap, stream,
    type AstNode, type AstNodeDescription, type LangiumCoreServices, type ReferenceInfo, type Scope, type Stream,
} from 'langium';
import { isPlaybook, Severity } from './generated/ast.js';
import { usedScale } from './playbook-shared.js';

/** A container's local symbols indexed by name, so that each lookup is a hash-map hit. */
type NameIndex = MultiMap<string, AstNodeDescription>;

/**
 * Langium's default local scope filters every local symbol of every enclosing container on
 * each lookup, which makes linking quadratic in the size of a playbook (16 s for a 29k-line
 * playbook, measured on a comparable grammar). Here each container's symbols are indexed by
 * name once per document build and a lookup filters only the few symbols of that name.
 */
export class PlaybookScopeProvider extends DefaultScopeProvider {
    private readonly indexes: DocumentCache<AstNode, NameIndex>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.indexes = new DocumentCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        const localSymbols = document.localSymbols;
        let scope = this.scaleScope(referenceType, context, this.getGlobalScope(referenceType, context));
        if (!localSymbols) {
            return scope;
        }
        const containers: AstNode[] = [];
        for (let node: AstNode | undefined = context.container; node; node = node.$container) {
            if (localSymbols.has(node)) {
                containers.push(node);
            }
        }
        for (let i = containers.length - 1; i >= 0; i--) {
            const container = containers[i]!;
            const index = this.indexes.get(document.uri, container, () => {
                const byName = new MultiMap<string, AstNodeDescription>();
                localSymbols.getStream(container).forEach(d => byName.add(d.name, d));
                return byName;
            });
            scope = new IndexedScope(index, desc => this.reflection.isSubtype(desc.type, referenceType), scope);
        }
        return scope;
    }

    /**
     * Inside a playbook that uses a severity scale, that scale's severities come before the other
     * organisation-wide ones, so two scales may both have an `s1`. (`uses` itself is not a
     * severity reference, so reading it here never recurses.)
     */
    private scaleScope(referenceType: string, context: ReferenceInfo, outer: Scope): Scope {
        if (referenceType !== Severity.$type) {
            return outer;
        }
        const playbook = AstUtils.getContainerOfType(context.container, isPlaybook);
        const scale = playbook ? usedScale(playbook) : undefined;
        if (!scale) {
            return outer;
        }
        const byName = new MultiMap<string, AstNodeDescription>();
        scale.severities.filter(s => s.name).forEach(s => byName.add(s.name, this.descriptions.createDescription(s, s.name)));
        return new IndexedScope(byName, () => true, outer);
    }
}

/** A scope over a name index, keeping only descriptions of the wanted type. */
class IndexedScope implements Scope {
    constructor(
        private readonly index: NameIndex,
        private readonly accepts: (desc: AstNodeDescription) => boolean,
        private readonly outer: Scope,
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.index.get(name).find(this.accepts) ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const local = this.index.get(name).filter(this.accepts);
        return local.length > 0 ? stream(local) : this.outer.getElements(name);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.index.values()).filter(this.accepts).concat(this.outer.getAllElements());
    }
}
