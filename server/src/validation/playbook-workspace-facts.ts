import { AstUtils, isReference, MultiMap, WorkspaceCache, type AstNode, type LangiumDocuments, type LangiumSharedCoreServices } from 'langium';
import { isAssignment, isDocument, isPlaybook, type Assignment } from '../language/generated/ast.js';
import { organisationAssignments } from '../language/playbook-holders.js';
import { isCompleteAssignment } from './playbook-role-holding.js';

/** What rules need to know about the whole workspace, computed once per build. */
interface Facts {
    assignments: Assignment[];
    used: Set<AstNode>;
    topLevel: MultiMap<string, AstNode>;
    hasPlaybooks: boolean;
}

/**
 * Which definitions a reference could confuse: a person, team, rotation and role can all be
 * named where a party is expected, steps and decisions where a flow item is; the other kinds
 * are each looked up on their own.
 */
export function nameSpace(type: string): string {
    switch (type) {
        case 'Person': case 'Team': case 'Rotation': case 'Role': return 'party';
        case 'Step': case 'Decision': return 'flow';
        default: return type;
    }
}

/**
 * Facts that depend on every file of the workspace (organisation-wide assignments, which
 * definitions something refers to). Cached until the next document change, so each rule
 * reads them in constant time instead of walking the workspace for every node.
 */
export class PlaybookWorkspaceFacts {
    private readonly cache: WorkspaceCache<string, Facts>;
    private readonly documents: LangiumDocuments;

    constructor(shared: LangiumSharedCoreServices) {
        this.cache = new WorkspaceCache(shared);
        this.documents = shared.workspace.LangiumDocuments;
    }

    /** The top-level `assign` lines of every file. */
    organisationAssignments(): Assignment[] {
        return this.facts().assignments;
    }

    /**
     * True when something refers to `node`. Assigning a role does not count as using it: a
     * role is used when a step, channel, escalation, review or trigger relies on it.
     */
    isUsed(node: AstNode): boolean {
        return this.facts().used.has(node);
    }

    private facts(): Facts {
        return this.cache.get('facts', () => ({
            assignments: organisationAssignments(this.documents).filter(isCompleteAssignment),
            used: this.collectUsed(),
            topLevel: this.collectTopLevel(),
            hasPlaybooks: this.documents.all.some(d => isDocument(d.parseResult.value) && d.parseResult.value.elements.some(isPlaybook)),
        }));
    }

    /**
     * True when some file of the workspace holds a playbook. Whether an organisation definition
     * is used can only be judged when there are playbooks to use it: checking the organisation
     * files alone would call every role unused.
     */
    hasPlaybooks(): boolean {
        return this.facts().hasPlaybooks;
    }

    /** The top-level definitions of the whole workspace that share a name space and a name. */
    topLevelNamed(type: string, name: string): readonly AstNode[] {
        return this.facts().topLevel.get(`${nameSpace(type)}:${name}`);
    }

    private collectTopLevel(): MultiMap<string, AstNode> {
        const byName = new MultiMap<string, AstNode>();
        for (const document of this.documents.all) {
            const root = document.parseResult.value;
            for (const element of isDocument(root) ? root.elements : []) {
                const name = (element as { name?: unknown }).name;
                if (typeof name === 'string' && name !== '') {
                    byName.add(`${nameSpace(element.$type)}:${name}`, element);
                }
            }
        }
        return byName;
    }

    private collectUsed(): Set<AstNode> {
        const used = new Set<AstNode>();
        for (const document of this.documents.all) {
            const root = document.parseResult.value;
            if (!isDocument(root)) {
                continue;
            }
            for (const node of AstUtils.streamAst(root)) {
                for (const [property, value] of Object.entries(node)) {
                    if (property.startsWith('$') || (isAssignment(node) && property === 'role')) {
                        continue;
                    }
                    for (const item of Array.isArray(value) ? value : [value]) {
                        const target = isReference(item) ? item.ref : undefined;
                        if (target && target !== node) {
                            used.add(target);
                        }
                    }
                }
            }
        }
        return used;
    }
}
