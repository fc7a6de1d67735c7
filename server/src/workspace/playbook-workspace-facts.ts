import {
    AstUtils, DocumentState, isReference, MultiMap, type AstNode, type AstNodeLocator, type LangiumDocument,
    type LangiumDocuments, type LangiumSharedCoreServices,
} from 'langium';
import { isAssignment, isChannel, isDocument, isEscalationPath, isPerson, isPlaybook, isRole, type Assignment, type Playbook, type Role } from '../language/generated/ast.js';
import { isCompleteAssignment } from './playbook-role-holding.js';

/** What one document adds to the workspace-wide facts. */
interface Contribution {
    /** The document's stamp when this was computed: a newer stamp makes it stale. */
    stamp: number;
    /** The top-level (organisation-wide) assignments. */
    assignments: Assignment[];
    /**
     * Each playbook's own assignments, by role as `uri#path`: a role's node changes when its file
     * is re-parsed for a string-only edit, its path does not (see PlaybookDocumentBuilder).
     */
    local: Map<Playbook, MultiMap<string, Assignment>>;
    /**
     * Targets this document refers to, as `uri#path` (so they survive a re-parse of the target),
     * each as `[target, source]`: the source is the definition the reference is
     * written in (a role, person, channel or escalation path, which may itself be unused), or ''
     * for a reference that nothing can leave unused (a step's owner, an assignment's holder).
     */
    usedBy: Array<[string, string]>;
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
    /** The sum of the documents' stamps it was built from: any change of state makes it stale. */
    stamp: number;
    assignments: Assignment[];
    byRole: MultiMap<Role, Assignment>;
    used: Set<string>;
    /** What is used by something that is itself relied on: see isReliedOn. */
    reliedOn: Set<string>;
    topLevel: MultiMap<string, AstNode>;
    hasPlaybooks: boolean;
    signature: string;
}

/** The definitions that unused-definition judges: a reference written in one of them counts only while it is used. */
function definitionOf(node: AstNode): AstNode | undefined {
    return AstUtils.getContainerOfType(node, n => isRole(n) || isPerson(n) || isChannel(n) || isEscalationPath(n));
}

/** The targets reached from the references no unused definition holds, through the definitions they reach. */
function reliedOnOf(usedBy: ReadonlyArray<[string, string]>): Set<string> {
    const bySource = new MultiMap<string, string>();
    usedBy.forEach(([target, source]) => bySource.add(source, target));
    const relied = new Set<string>();
    const queue = [...bySource.get('')];
    while (queue.length > 0) {
        const key = queue.pop()!;
        if (!relied.has(key)) {
            relied.add(key);
            queue.push(...bySource.get(key));
        }
    }
    return relied;
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
 * after it is linked and kept until its state changes, so a keystroke costs the edited
 * document's share plus a cheap aggregation, and a request costs a hash lookup.
 *
 * Staleness is decided by document state, not by remembering to forget on the right event:
 * every document has a stamp, raised whenever the builder reports it changed, deleted or
 * (re)linked; a share is valid only for the stamp it was computed at, and only a share of a
 * linked document is kept. The aggregate is kept only while every document it read was
 * linked, so facts read while a file was half-built are computed again, never kept.
 * References of a document that has not reached its linking phase are never resolved here
 * (that would link it out of order, which Langium logs as an error).
 */
export class PlaybookWorkspaceFacts {
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly contributions = new Map<string, Contribution>();
    private readonly stamps = new Map<string, number>();
    private generation = 0;
    private aggregate: Facts | undefined;

    constructor(shared: LangiumSharedCoreServices, locator: AstNodeLocator) {
        this.documents = shared.workspace.LangiumDocuments;
        this.locator = locator;
        shared.workspace.DocumentBuilder.onUpdate((changed, deleted) => [...changed, ...deleted].forEach(uri => this.forget(uri.toString())));
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => this.forget(document.uri.toString()));
    }

    /**
     * Marks what is known of a document as stale (its text, its links or its references' targets
     * changed). The builder calls it; anything else that changes a document's links must too.
     */
    forget(uri: string): void {
        this.stamps.set(uri, (this.stamps.get(uri) ?? 0) + 1);
        this.generation++;
        this.contributions.delete(uri);
    }

    /** The top-level `assign` lines of every file. */
    organisationAssignments(): readonly Assignment[] {
        return this.facts().assignments;
    }

    /** The top-level `assign` lines of one role, in any file. */
    organisationAssignmentsOf(role: Role): readonly Assignment[] {
        return this.facts().byRole.get(role);
    }

    /** The `assign` lines of one role written directly inside a playbook. */
    playbookAssignmentsOf(playbook: Playbook, role: Role): readonly Assignment[] {
        const document = AstUtils.getDocument(playbook);
        const share = this.contribution(document);
        return share.local.get(playbook)?.get(this.key(role)) ?? [];
    }

    /**
     * True when something refers to `node`. Assigning a role does not count as using it: a
     * role is used when a step, channel, escalation, review or trigger relies on it.
     */
    isUsed(node: AstNode): boolean {
        return this.facts().used.has(this.key(node));
    }

    /**
     * True when a definition is relied on: referred to by something no unused definition holds
     * (a step, a rule, an assignment), or by a definition that is itself relied on. A role that
     * only an unused channel names is used (unused-definition leaves it until the channel goes)
     * but not relied on, so no-backup does not ask a backup for it.
     */
    isReliedOn(node: AstNode): boolean {
        return this.facts().reliedOn.has(this.key(node));
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
        if (this.aggregate?.stamp === this.generation) {
            return this.aggregate;
        }
        const facts: Facts = {
            stamp: this.generation, assignments: [], byRole: new MultiMap(), used: new Set(), reliedOn: new Set(), topLevel: new MultiMap(), hasPlaybooks: false, signature: '',
        };
        const usedBy: Array<[string, string]> = [];
        const signatures: string[] = [];
        let complete = true;
        for (const document of this.documents.all) {
            complete &&= isLinked(document);
            const share = this.contribution(document);
            facts.assignments.push(...share.assignments);
            share.usedBy.forEach(([key]) => facts.used.add(key));
            usedBy.push(...share.usedBy);
            share.topLevel.forEach(([key, node]) => facts.topLevel.add(key, node));
            facts.hasPlaybooks ||= share.hasPlaybook;
            signatures.push(`${document.uri.toString()}\u0000${share.signature}`);
        }
        for (const assignment of facts.assignments) {
            const role = assignment.role.ref;
            if (role) {
                facts.byRole.add(role, assignment);
            }
        }
        facts.reliedOn = reliedOnOf(usedBy);
        facts.signature = signatures.sort().join('\u0001');
        this.aggregate = complete ? facts : undefined;
        return facts;
    }

    private contribution(document: LangiumDocument): Contribution {
        const uri = document.uri.toString();
        const stamp = this.stamps.get(uri) ?? 0;
        const cached = this.contributions.get(uri);
        if (cached?.stamp === stamp && isLinked(document)) {
            return cached;
        }
        const share = this.compute(document, stamp);
        // Only a linked document's uses are final; an earlier one is computed again later.
        if (isLinked(document)) {
            this.contributions.set(uri, share);
        }
        return share;
    }

    private compute(document: LangiumDocument, stamp: number): Contribution {
        const root = document.parseResult.value;
        const share: Contribution = { stamp, assignments: [], local: new Map(), usedBy: [], topLevel: [], hasPlaybook: false, signature: '' };
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
        if (!isLinked(document)) {
            // Names and assignment lines are known; what they refer to is not yet.
            share.assignments = [];
            return share;
        }
        for (const playbook of root.elements.filter(isPlaybook)) {
            const byRole = new MultiMap<string, Assignment>();
            for (const assignment of playbook.elements.filter(isCompleteAssignment)) {
                const role = assignment.role.ref;
                if (role) {
                    byRole.add(this.key(role), assignment);
                }
            }
            share.local.set(playbook, byRole);
        }
        for (const node of AstUtils.streamAst(root)) {
            const definition = definitionOf(node);
            const source = definition ? this.key(definition) : '';
            for (const [property, value] of Object.entries(node)) {
                if (property.startsWith('$') || (isAssignment(node) && property === 'role')) {
                    continue;
                }
                for (const item of Array.isArray(value) ? value : [value]) {
                    const target = isReference(item) ? item.ref : undefined;
                    if (target && target !== node) {
                        share.usedBy.push([this.key(target), source]);
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

/** True once a document's references are resolved (and until its state is reset). */
function isLinked(document: LangiumDocument): boolean {
    return document.state >= DocumentState.Linked;
}
