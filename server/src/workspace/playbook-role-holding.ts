import { AstUtils, type AstNode } from 'langium';
import {
    isAssignment, isPerson, isPlaybook, isRole, isRotation, isTeam,
    type Assignment, type Holder, type Playbook, type Role, type Severity, type TimeCondition,
} from '../language/generated/ast.js';
import { isFilledAtRunTime } from '../language/playbook-run-time-roles.js';
import { referenceSites, type ReferenceSite } from './playbook-document-walk.js';

/**
 * How a role is held, as seen from one playbook (or from the organisation).
 * - `held`: someone named can answer (a person, or a team or rotation with members).
 * - `unreachable`: holders are named, but none can answer (teams and rotations without members).
 * - `unassigned`: no assignment applies.
 * - `run-time`: nobody named can answer, and need not: the role is filled during the incident
 *   (designated by another role or at the start, volunteers, optional, a default role).
 *
 * Holders chosen at run time (designated by another role, volunteers, a default taken from
 * another role, holders that depend on the severity) become further states and fields here,
 * computed in `readRoleHolding`: every reader (rules, hover, lens, hints, the runner model)
 * asks `isHeld`, so none of them needs to learn the new cases.
 */
export type HoldingState = 'held' | 'unreachable' | 'unassigned' | 'run-time';

/** Where the assignments that apply come from. */
export type HoldingSource = 'playbook' | 'organisation' | 'none';

/** Who holds a role and who backs them up, as written in the assignments that apply. */
export interface RoleHolding {
    readonly role: Role;
    readonly state: HoldingState;
    readonly source: HoldingSource;
    /** The assignments the holders come from (empty when nobody holds the role). */
    readonly assignments: readonly Assignment[];
    /** Every named holder, each once, in the order written. */
    readonly holders: readonly Holder[];
    /** Every named backup, each once, in the order written (may include holders). */
    readonly backups: readonly Holder[];
    /** The backups that can answer and are not holders themselves. */
    readonly reachableBackups: readonly Holder[];
    /**
     * The assignments that apply only during some severities (`during sev1, sev2`) or only inside
     * or outside a calendar's hours, each with its holders: who holds the role then. Their holders
     * are among `holders` as well (the role is held by someone named).
     */
    readonly conditionalHolders: readonly ConditionalHolders[];
}

/** Who holds a role only during some severities or hours: one severity- or time-dependent assignment. */
export interface ConditionalHolders {
    readonly assignment: Assignment;
    readonly holders: readonly Holder[];
    readonly backups: readonly Holder[];
    /** The severities it applies to (empty: every severity). */
    readonly severities: readonly Severity[];
    /** The hours it applies in (absent: at any hour). */
    readonly condition: TimeCondition | undefined;
}

/** Who holds a role: the one reading, asked by every feature (see PlaybookRoleHolders). */
export interface RoleHolderReader {
    /** Who holds `role` as seen from `from` (a node inside a playbook, or outside any). */
    holding(role: Role, from?: AstNode): RoleHolding;
}

/**
 * The reading itself. An assignment inside the playbook wins over the organisation's: a
 * playbook may hand a shared role to someone else. Otherwise every top-level assignment of the
 * role, in any file, counts. `local` and `organisation` are the assignments of `role` only.
 */
export function readRoleHolding(role: Role, local: readonly Assignment[], organisation: readonly Assignment[]): RoleHolding {
    const source: HoldingSource = local.length > 0 ? 'playbook' : organisation.length > 0 ? 'organisation' : 'none';
    const assignments = source === 'playbook' ? local : organisation;
    const holders = uniqueTargets(assignments.flatMap(a => a.holders));
    const backups = uniqueTargets(assignments.flatMap(a => a.backups));
    const named: HoldingState = holders.length === 0 ? 'unassigned' : holders.some(isReachableHolder) ? 'held' : 'unreachable';
    const state: HoldingState = named !== 'held' && isFilledAtRunTime(role) ? 'run-time' : named;
    const conditionalHolders = assignments.filter(a => a.severities.length > 0 || a.condition !== undefined).map((a): ConditionalHolders => ({
        assignment: a,
        holders: uniqueTargets(a.holders),
        backups: uniqueTargets(a.backups),
        severities: a.severities.map(s => s.ref).filter((s): s is Severity => s !== undefined),
        condition: a.condition,
    }));
    return {
        role, state, source, assignments, holders, backups, conditionalHolders,
        reachableBackups: backups.filter(b => !holders.includes(b) && isReachableHolder(b)),
    };
}

/** True when someone can be asked to do the role's work (what `unassigned-role` checks). */
export function isHeld(holding: RoleHolding): boolean {
    return holding.state === 'held' || holding.state === 'run-time';
}

/** The holders that can answer. */
export function reachableHolders(holding: RoleHolding): Holder[] {
    return holding.holders.filter(isReachableHolder);
}

/**
 * True when a holder can actually answer: a person, a rotation with members (a rotation's may be
 * in its layers), or a team with members or with a contact of its own (an office that answers
 * through a shared mailbox or phone line, as published plans name them).
 */
export function isReachableHolder(holder: Holder): boolean {
    if (isPerson(holder)) {
        return true;
    }
    if (isRotation(holder)) {
        return holder.members.length > 0 || holder.layers.some(layer => layer.members.length > 0);
    }
    return isTeam(holder) && (holder.members.length > 0 || holder.contacts.length > 0);
}

/** True for an `assign` line complete enough to say which role it gives (parse recovery can leave it out). */
export function isCompleteAssignment(node: unknown): node is Assignment {
    return isAssignment(node) && node.role !== undefined;
}

/** The playbook a node belongs to, if any. */
export function enclosingPlaybook(node: AstNode | undefined): Playbook | undefined {
    return node ? AstUtils.getContainerOfType(node, isPlaybook) : undefined;
}

/** A place a role is relied on: the node, the reference property and its index. */
export interface RoleUse {
    readonly role: Role;
    readonly node: AstNode;
    readonly property: string;
    readonly index: number | undefined;
}

/**
 * The roles that `nodes` rely on, in order: each at its first use, or with `every`, at each of
 * its uses. Any reference to a role counts (an owner, an activator, an escalation target, an
 * approver…) except the `assign` line itself: assigning a role is not relying on it; nor does
 * a role rely on the roles that designate it (designator-unheld checks those) or that it excludes.
 */
export function roleUses(nodes: Iterable<AstNode>, options: { every?: boolean } = {}): RoleUse[] {
    return roleUsesAt([...nodes].flatMap(referenceSites), options);
}

/** roleUses over references already gathered (a document's walk), in document order. */
export function roleUsesAt(sites: Iterable<ReferenceSite>, options: { every?: boolean } = {}): RoleUse[] {
    const seen = new Set<Role>();
    const uses: RoleUse[] = [];
    for (const { container: node, property, index, reference } of sites) {
        if (isAssignment(node) || (isRole(node) && (property === 'designators' || property === 'excludes'))) {
            continue;
        }
        const target = reference.ref;
        if (isRole(target) && target.name && (options.every || !seen.has(target))) {
            seen.add(target);
            uses.push({ role: target, node, property, index });
        }
    }
    return uses;
}

function uniqueTargets(references: ReadonlyArray<{ ref?: Holder } | undefined>): Holder[] {
    const seen = new Set<Holder>();
    for (const reference of references) {
        if (reference?.ref) {
            seen.add(reference.ref);
        }
    }
    return [...seen];
}
