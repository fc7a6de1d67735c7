import {
    AstUtils, isReference, MultiMap, type AstNode, type AstNodeLocator, type LangiumDocument,
    type LangiumDocuments, type LangiumSharedCoreServices, DocumentState,
} from 'langium';
import { isAssignment, isDocument, isPlaybook, type Assignment } from '../language/generated/ast.js';
import { isCompleteAssignment } from './playbook-role-holding.js';

/** What one document adds to the workspace-wide facts. */
interface Contribution {
    assignments: Assignment[];
    /** Targets this document refers to, as `uri#path` (so they survive a re-parse of the target). */
    used: string[];
    topLevel: Array<[string, AstNode]>;
    hasPlaybook: boolean;
    /**
     * What other documents' validation reads from this one: its top-level names and the text of
     * its organisation-wide assignments. When no document's signature changes, an edit cannot
     * change another document's diagnostics through these facts.
     */
    signature: string;
}

/** What rules need to know about the whole workspace, aggregated from the documents' contributions. */
interface Facts {
    assignments: Assignment[];
    used: Set<string>;
    topLevel: MultiMap<string, AstNode>;
    hasPlaybooks: boolean;
    signature: string;
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
 * definitions something refers to, top-level names). Each document's share is computed once
 * after it is (re)linked and kept until it changes again, so a keystroke costs the edited
 * document's share plus a cheap aggregation, not a walk over the whole workspace.
 */
export class PlaybookWorkspaceFacts {
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly contributions = new Map<string, Contribution>();
    private aggregate: Facts | undefined;

    constructor(shared: LangiumSharedCoreServices, locator: AstNodeLocator) {
        this.documents = shared.workspace.LangiumDocuments;
        this.locator = locator;
        const forget = (uri: string) => {
            if (this.contributions.delete(uri)) {
                this.aggregate = undefined;
            }
        };
        shared.workspace.DocumentBuilder.onUpdate((changed, deleted) => [...changed, ...deleted].forEach(uri => forget(uri.toString())));
        // A relinked document may refer to other targets (or to new nodes of a re-parsed file).
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => forget(document.uri.toString()));
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
        return this.facts().used.has(this.key(node));
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

    /** A fingerprint of everything documents read from each other through these facts. */
    signature(): string {
        return this.facts().signature;
    }

    /**
     * True for a document whose own diagnostics read the whole workspace (unused and duplicate
     * organisation definitions): one with top-level definitions besides playbooks.
     */
    readsWorkspace(document: LangiumDocument): boolean {
        const root = document.parseResult.value;
        return isDocument(root) && root.elements.some(e => !isPlaybook(e));
    }

    private facts(): Facts {
        if (this.aggregate) {
            return this.aggregate;
        }
        const facts: Facts = { assignments: [], used: new Set(), topLevel: new MultiMap(), hasPlaybooks: false, signature: '' };
        const signatures: string[] = [];
        for (const document of this.documents.all) {
            const share = this.contribution(document);
            facts.assignments.push(...share.assignments);
            share.used.forEach(key => facts.used.add(key));
            share.topLevel.forEach(([key, node]) => facts.topLevel.add(key, node));
            facts.hasPlaybooks ||= share.hasPlaybook;
            signatures.push(`${document.uri.toString()}\u0000${share.signature}`);
        }
        facts.signature = signatures.sort().join('\u0001');
        this.aggregate = facts;
        return facts;
    }

    private contribution(document: LangiumDocument): Contribution {
        const uri = document.uri.toString();
        let share = this.contributions.get(uri);
        if (!share) {
            share = this.compute(document);
            // Only a linked document's uses are final; an earlier one is computed again later.
            if (document.state >= DocumentState.Linked) {
                this.contributions.set(uri, share);
            }
        }
        return share;
    }

    private compute(document: LangiumDocument): Contribution {
        const root = document.parseResult.value;
        const share: Contribution = { assignments: [], used: [], topLevel: [], hasPlaybook: false, signature: '' };
        if (!isDocument(root)) {
            return share;
        }
        const signature: string[] = [];
        for (const element of root.elements) {
            if (isPlaybook(element)) {
                share.hasPlaybook = true;
            }
            if (isCompleteAssignment(element)) {
                share.assignments.push(element);
                signature.push(element.$cstNode?.text ?? '');
            }
            const name = (element as { name?: unknown }).name;
            if (typeof name === 'string' && name !== '') {
                const key = `${nameSpace(element.$type)}:${name}`;
                share.topLevel.push([key, element]);
                signature.push(key);
            }
        }
        share.signature = signature.join('\n');
        for (const node of AstUtils.streamAst(root)) {
            for (const [property, value] of Object.entries(node)) {
                if (property.startsWith('$') || (isAssignment(node) && property === 'role')) {
                    continue;
                }
                for (const item of Array.isArray(value) ? value : [value]) {
                    const target = isReference(item) ? item.ref : undefined;
                    if (target && target !== node) {
                        share.used.push(this.key(target));
                    }
                }
            }
        }
        return share;
    }

    private key(node: AstNode): string {
        return `${AstUtils.getDocument(node).uri.toString()}#${this.locator.getAstNodePath(node)}`;
    }
}
