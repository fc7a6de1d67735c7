/**
 * The time-dependent rules that decide the same thing, grouped for calendar-conflict and
 * calendar-hole: the assignments of one role as the holding reading gives them, the versions of
 * one escalation level, the communication rules for one audience and timing.
 */
import {
    isAssignment, isCommunicationRule, isEscalationPath,
    type Assignment, type CommunicationRule, type EscalationLevel, type Role, type Severity, type TimeCondition,
} from '../language/generated/ast.js';
import { AstUtils, type AstNode } from 'langium';
import { audienceOf } from '../language/playbook-shared.js';
import type { RoleHolderReader } from '../workspace/playbook-role-holding.js';

/** Something that applies only at some hours (its `condition`) and maybe only in some severities. */
export interface TimeDependent {
    node: Assignment | EscalationLevel | CommunicationRule;
    condition?: TimeCondition;
    severities: Severity[];
}

/** A group of rules that decide the same thing, and what it is called in messages. */
export interface TimeGroup {
    kind: 'assignment' | 'level' | 'communication';
    /** The role name, `number` of the level, or the audience. */
    subject: string;
    /** The escalation path, for levels. */
    path?: string;
    members: TimeDependent[];
}

function severitiesOf(refs: ReadonlyArray<{ ref?: Severity }>): Severity[] {
    return refs.map(r => r.ref).filter((s): s is Severity => s !== undefined);
}

function entry(node: TimeDependent['node'], severities: Severity[]): TimeDependent {
    return { node, ...(node.condition ? { condition: node.condition } : {}), severities };
}

function push(groups: Map<string, TimeGroup>, key: string, make: () => Omit<TimeGroup, 'members'>, member: TimeDependent): void {
    let group = groups.get(key);
    if (!group) {
        group = { ...make(), members: [] };
        groups.set(key, group);
    }
    group.members.push(member);
}

/**
 * The groups among the direct elements of a scope (a playbook, a file's top level, a communication
 * plan). The assignments of a role assigned in the scope are not the scope's own lines but
 * `assignmentsOf(role)`: the assignments that apply, as the one holding reading
 * (workspace/playbook-role-holding.ts) gives them, so that two organisation files assigning one
 * role for different hours are read together, as the runner and hover read them.
 */
export function timeGroups(elements: readonly AstNode[], assignmentsOf: (role: Role) => readonly Assignment[]): TimeGroup[] {
    const groups = new Map<string, TimeGroup>();
    for (const element of elements) {
        if (isAssignment(element) && element.role?.ref) {
            const role = element.role.ref;
            const key = `assign ${role.name}`;
            if (groups.has(key)) continue;
            for (const assignment of assignmentsOf(role)) {
                push(groups, key, () => ({ kind: 'assignment', subject: role.name }), entry(assignment, severitiesOf(assignment.severities)));
            }
        } else if (isEscalationPath(element)) {
            for (const level of element.levels) {
                push(groups, `level ${element.name} ${level.number}`, () => ({ kind: 'level', subject: String(level.number), path: element.name }), entry(level, []));
            }
        } else if (isCommunicationRule(element)) {
            const audience = audienceOf(element);
            if (audience !== undefined) {
                const timing = element.event !== undefined ? `on ${element.event}` : element.every !== undefined ? 'every' : 'once';
                push(groups, `notify ${audience} ${timing}`, () => ({ kind: 'communication', subject: audience }), entry(element, severitiesOf(element.severities)));
            }
        }
    }
    return [...groups.values()];
}

/** True when two members can apply in the same severity (either names none, or they share one). */
export function shareSeverity(a: TimeDependent, b: TimeDependent): boolean {
    return a.severities.length === 0 || b.severities.length === 0 || a.severities.some(s => b.severities.includes(s));
}

/** True when `node` is written in the same file as `scope`: a rule reports only in the file it is checking. */
export function inFileOf(node: AstNode, scope: AstNode): boolean {
    return AstUtils.findRootNode(node) === AstUtils.findRootNode(scope);
}

/** The assignments of `role` that apply as seen from `scope` (a playbook's own, else the organisation's). */
export function assignmentsIn(role: Role, scope: AstNode, holders: RoleHolderReader): readonly Assignment[] {
    return holders.holding(role, scope).assignments;
}
