import {
    AstUtils, DocumentState, MultiMap, type AstNode, type AstNodeLocator, type LangiumDocument,
    type LangiumDocuments, type LangiumSharedCoreServices,
} from 'langium';
import { isAssignment, isChannel, isDocument, isEscalationPath, isPerson, isPlaybook, isRole, type Assignment, type Playbook, type Role } from '../language/generated/ast.js';
import { walkOf } from './playbook-document-walk.js';
import type { PlaybookLastLinked } from './playbook-last-linked.js';
import { isCompleteAssignment } from './playbook-role-holding.js';
import { WorkspaceUses, type KeySet, type Use } from './playbook-workspace-uses.js';

/** What one document adds to the workspace-wide facts. */
interface Contribution {
    /** The document's stamp when this was computed: a newer stamp makes it stale. */
    stamp: number;
    /** The tree it was computed from. */
    root: AstNode;
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
    usedBy: Use[];
    topLevel: Array<[string, AstNode]>;
    hasPlaybook: boolean;
    /**
     * What other documents' validation reads from this one: its top-level names and the text of
     * its organisation-wide assignments. When no document's signature changes, an edit cannot
     * change another document's diagnostics through these facts.
     */
    signature: string;
    /** The text of its organisation-wide assignments (a part of the signature). */
    assignmentLines: string;
}

/**
 * What documents read from each other, taken before and after an edit to tell which documents
 * the edit can have changed the diagnostics of (see PlaybookDocumentBuilder).
 */
export interface WorkspaceShape {
    signature: string;
    assignmentLines: string;
    hasPlaybooks: boolean;
    /** How many top-level definitions have each name (`nameSpace:name`). */
    names: ReadonlyMap<string, number>;
}

/**
 * The top-level names whose number of definitions differs between two shapes: the documents
 * defining them are the ones whose duplicate-name findings may change. Undefined when more than
 * names changed (organisation-wide assignments, whether there are playbooks): then every
 * document may be affected.
 */
export function changedNames(before: WorkspaceShape, after: WorkspaceShape): Set<string> | undefined {
    if (before.assignmentLines !== after.assignmentLines || before.hasPlaybooks !== after.hasPlaybooks) {
        return undefined;
    }
    const changed = new Set<string>();
    for (const [key, count] of before.names) {
        if (after.names.get(key) !== count) changed.add(key);
    }
    for (const key of after.names.keys()) {
        if (!before.names.has(key)) changed.add(key);
    }
    return changed;
}

/** What rules need to know about the whole workspace, aggregated from the documents' contributions. */
interface Facts {
    /** The sum of the documents' stamps it was built from: any change of state makes it stale. */
    stamp: number;
    assignments: Assignment[];
    byRole: MultiMap<Role, Assignment>;
    used: KeySet;
    /** What is used by something that is itself relied on: see isReliedOn. */
    reliedOn: KeySet;
    topLevel: MultiMap<string, AstNode>;
    hasPlaybooks: boolean;
    signature: string;
    assignmentLines: string;
}

/** The definitions that unused-definition judges: a reference written in one of them counts only while it is used. */
function definitionOf(node: AstNode): AstNode | undefined {
    return AstUtils.getContainerOfType(node, n => isRole(n) || isPerson(n) || isChannel(n) || isEscalationPath(n));
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
 * linked (or, being re-built, read from its last linked state, which its Linked phase replaces),
 * so facts read while a file was half-built are computed again, never kept.
 * References of a document that has not reached its linking phase are never resolved here
 * (that would link it out of order, which Langium logs as an error).
 */
export class PlaybookWorkspaceFacts {
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly contributions = new Map<string, Contribution>();
    /** The shares of documents' last linked states (see PlaybookLastLinked), while they are re-built. */
    private readonly lastShares = new WeakMap<LangiumDocument, Contribution>();
    private readonly lastLinked: PlaybookLastLinked | undefined;
    private readonly stamps = new Map<string, number>();
    private generation = 0;
    private aggregate: Facts | undefined;
    /** What every document adds to `used` and `reliedOn`, kept across aggregations (see WorkspaceUses). */
    private readonly uses = new WorkspaceUses();

    constructor(shared: LangiumSharedCoreServices, locator: AstNodeLocator) {
        this.documents = shared.workspace.LangiumDocuments;
        this.locator = locator;
        this.lastLinked = (shared.workspace.DocumentBuilder as { lastLinked?: PlaybookLastLinked }).lastLinked;
        shared.workspace.DocumentBuilder.onUpdate((changed, deleted) => [...changed, ...deleted].forEach(uri => this.forget(uri.toString())));
        shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => this.forget(document.uri.toString()));
    }

    /**
     * Marks what is known of a document as stale (its text, its links or its references' targets
     * changed). The builder calls it; anything else that changes a document's links must too.
     */
    forget(uri: string): void {
        // The share of a document now being re-built is its last linked state's share.
        const share = this.contributions.get(uri);
        const last = this.lastLinked?.get(uri);
        if (share && last && share.root === last.parseResult.value) {
            this.lastShares.set(last, share);
        }
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

    /** The signature with its parts, to compare before and after an edit (see changedNames). */
    shape(): WorkspaceShape {
        const facts = this.facts();
        const names = new Map<string, number>();
        for (const [key, nodes] of facts.topLevel.entriesGroupedByKey()) {
            names.set(key, nodes.length);
        }
        return { signature: facts.signature, assignmentLines: facts.assignmentLines, hasPlaybooks: facts.hasPlaybooks, names };
    }

    /** True when the document has a top-level definition of one of the names (`nameSpace:name`). */
    definesAny(document: LangiumDocument, names: ReadonlySet<string>): boolean {
        return this.contribution(document).topLevel.some(([key]) => names.has(key));
    }

    /**
     * True for a document whose own diagnostics read the whole workspace (unused and duplicate
     * organisation definitions): one with top-level definitions besides playbooks.
     */
    readsWorkspace(document: LangiumDocument): boolean {
        const root = document.parseResult.value;
        let reads = this.readers.get(root);
        if (reads === undefined) {
            reads = isDocument(root) && root.elements.some(e => !isPlaybook(e));
            this.readers.set(root, reads);
        }
        return reads;
    }

    /**
     * readsWorkspace's answers, per tree: the builder asks it of every document on every update.
     * An edit in place keeps the tree but changes only strings, names and comments, never which
     * elements a file has; a re-parse makes a new tree.
     */
    private readonly readers = new WeakMap<AstNode, boolean>();

    private facts(): Facts {
        if (this.aggregate?.stamp === this.generation) {
            return this.aggregate;
        }
        const facts: Facts = {
            stamp: this.generation, assignments: [], byRole: new MultiMap(), used: new Set(), reliedOn: new Set(), topLevel: new MultiMap(), hasPlaybooks: false, signature: '', assignmentLines: '',
        };
        const signatures: string[] = [];
        const assignmentLines: string[] = [];
        const present = new Set<string>();
        let complete = true;
        for (const document of this.documents.all) {
            complete &&= isLinked(document) || this.lastLinked?.get(document.uri) !== undefined;
            const uri = document.uri.toString();
            const share = this.contribution(document);
            present.add(uri);
            this.uses.apply(uri, share.usedBy);
            facts.assignments.push(...share.assignments);
            share.topLevel.forEach(([key, node]) => facts.topLevel.add(key, node));
            facts.hasPlaybooks ||= share.hasPlaybook;
            signatures.push(`${uri}\u0000${share.signature}`);
            assignmentLines.push(`${uri}\u0000${share.assignmentLines}`);
        }
        this.uses.keepOnly(present);
        for (const assignment of facts.assignments) {
            const role = assignment.role.ref;
            if (role) {
                facts.byRole.add(role, assignment);
            }
        }
        facts.used = this.uses.used();
        facts.reliedOn = this.uses.reliedOn();
        facts.signature = signatures.sort().join('\u0001');
        facts.assignmentLines = assignmentLines.sort().join('\u0001');
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
        // While an open document is re-built, what it adds is what its last linked state added:
        // requests made while typing read that, once, instead of walking the half-built tree on
        // every call. Its Linked phase raises its stamp, so the build's own validation never sees it.
        const last = isLinked(document) ? undefined : this.lastLinked?.get(uri);
        if (last) {
            let share = this.lastShares.get(last);
            if (!share) {
                share = this.compute(last, stamp);
                this.lastShares.set(last, share);
            }
            return share;
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
        const share: Contribution = { stamp, root, assignments: [], local: new Map(), usedBy: [], topLevel: [], hasPlaybook: false, signature: '', assignmentLines: '' };
        if (!isDocument(root)) {
            return share;
        }
        const signature: string[] = [];
        const lines: string[] = [];
        for (const element of root.elements) {
            if (isPlaybook(element)) {
                share.hasPlaybook = true;
            }
            if (isCompleteAssignment(element)) {
                share.assignments.push(element);
                signature.push(element.$cstNode?.text ?? '');
                lines.push(element.$cstNode?.text ?? '');
            }
            const name = (element as { name?: unknown }).name;
            if (typeof name === 'string' && name !== '') {
                const key = `${nameSpace(element.$type)}:${name}`;
                share.topLevel.push([key, element]);
                signature.push(key);
            }
        }
        share.signature = signature.join('\n');
        share.assignmentLines = lines.join('\n');
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
        for (const { container, property, reference } of walkOf(root).references) {
            if (isAssignment(container) && property === 'role') {
                continue;
            }
            const target = reference.ref;
            if (target && target !== container) {
                const definition = definitionOf(container);
                share.usedBy.push([this.key(target), definition ? this.key(definition) : '']);
            }
        }
        return share;
    }

    /**
     * A node's `uri#path`, built once per node: a node keeps its document and its place for as
     * long as it lives, and the organisation's few definitions are the targets of most references.
     */
    private readonly keys = new WeakMap<AstNode, string>();

    private key(node: AstNode): string {
        let key = this.keys.get(node);
        if (key === undefined) {
            key = `${AstUtils.getDocument(node).uri.toString()}#${this.locator.getAstNodePath(node)}`;
            this.keys.set(node, key);
        }
        return key;
    }
}

/** True once a document's references are resolved (and until its state is reset). */
function isLinked(document: LangiumDocument): boolean {
    return document.state >= DocumentState.Linked;
}
