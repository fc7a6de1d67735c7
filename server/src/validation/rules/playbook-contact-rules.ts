import {
    isRole, isRotation, isSeverity, type EscalationPath, type Person, type Playbook, type Rotation, type Team,
} from '../../language/generated/ast.js';
import { holdingOf } from '../playbook-role-holding.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages } from '../rule-messages.js';
import { triggerSeverities } from './playbook-escalation-rules.js';
import type { RuleContext } from './playbook-rule-context.js';

/** unreachable-contact for a person: no phone, sms, email, chat, app or pager. */
export function checkPersonContact(person: Person, ctx: RuleContext): void {
    if (person.name && person.contacts.length === 0) {
        report(ctx.accept, 'unreachable-contact', ruleMessages.personNoContact({ person: person.name }), { node: person, property: 'name' });
    }
}

/** unreachable-contact for a team or rotation with no members; coverage-gap for a rotation of one. */
export function checkGroupMembers(group: Team | Rotation, ctx: RuleContext): void {
    const members = new Set(group.members.map(m => m.ref ?? m.$refText));
    if (!group.name) {
        return;
    }
    if (members.size === 0) {
        const kind = isRotation(group) ? 'rotation' : 'team';
        report(ctx.accept, 'unreachable-contact', ruleMessages.groupNoMembers({ kind, name: group.name }), { node: group, property: 'name' });
    } else if (isRotation(group) && members.size === 1) {
        const person = group.members[0]!.$refText;
        report(ctx.accept, 'coverage-gap', ruleMessages.singlePersonRotation({ rotation: group.name, person }), { node: group, property: 'members', index: 0 });
    }
}

/**
 * coverage-gap for a severity that needs 24x7: every rotation its escalation reaches (directly,
 * or through a role the rotation holds), along the severity's path, the paths of triggers that
 * start it, and their `then` continuations, must cover 24x7.
 */
export function checkSeverityCoverage(playbook: Playbook, ctx: RuleContext): void {
    const organisation = ctx.facts.organisationAssignments();
    for (const severity of playbook.elements.filter(isSeverity)) {
        if (severity.coverage !== '24x7' || !severity.name) {
            continue;
        }
        const starts = playbook.elements.filter(e => e.$type === 'Trigger' && triggerSeverities(e).includes(severity));
        const paths = [severity.escalation?.ref, ...starts.map(t => t.$type === 'Trigger' ? t.escalation?.ref : undefined)];
        const reported = new Set<Rotation>();
        for (const path of followPaths(paths)) {
            for (const target of path.levels.flatMap(l => l.targets.map(t => t?.ref))) {
                const rotations = isRole(target) ? holdingOf(target, playbook, organisation).holders.filter(isRotation)
                    : isRotation(target) ? [target] : [];
                for (const rotation of rotations) {
                    if (rotation.coverage === 'business-hours' && rotation.name && path.name && !reported.has(rotation)) {
                        reported.add(rotation);
                        report(ctx.accept, 'coverage-gap', ruleMessages.coverageGap({ severity: severity.name, rotation: rotation.name, path: path.name }), { node: severity, property: 'coverage' });
                    }
                }
            }
        }
    }
}

/** The given paths and every path their `then` chains continue into, each once. */
function followPaths(start: Array<EscalationPath | undefined>): EscalationPath[] {
    const seen: EscalationPath[] = [];
    const queue = start.filter((p): p is EscalationPath => p !== undefined);
    while (queue.length > 0) {
        const path = queue.shift()!;
        if (!seen.includes(path)) {
            seen.push(path);
            const next = path.next?.ref;
            if (next) {
                queue.push(next);
            }
        }
    }
    return seen;
}
