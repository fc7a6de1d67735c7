import { isRole, isRotation, type Exclusive, type Holder, type Role } from '../../language/generated/ast.js';
import { rotationModel } from '../../time/playbook-schedule-of.js';
import { intersect, union, type Interval } from '../../time/intervals.js';
import { heldBy, type HeldBy } from '../playbook-people-of.js';
import { analysisSpan, describeWindows } from '../playbook-time-analysis.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { peopleRuleMessages } from '../rule-messages-people.js';
import { rotationZone } from '../../time/on-call.js';

/** When a person holds: always, or only inside some intervals (through rotations). */
type When = 'always' | Interval[];

/**
 * exclusive-roles: a role that `excludes` another role (or being on call in a rotation) and one
 * person who could be asked to hold both at once: directly or through a team (always), or
 * through rotations for the hours in which the person is on call in both. Seen from where the
 * role is defined; a year from today.
 */
export const exclusiveRolesRule = defineRule({
    id: 'exclusive-roles',
    defaultLevel: 'warning',
    checks: {
        Role: (role, ctx) => {
            if (!role.name || role.excludes.length === 0) return;
            const span = analysisSpan(ctx.today);
            const mine = byPerson(ctx.holders.holding(role, role).holders, span);
            role.excludes.forEach((reference, index) => {
                const other = reference?.ref;
                if (!other || other === role) return;
                const theirs = byPerson(holdersOf(other, role, ctx), span);
                for (const [name, when] of mine) {
                    const overlap = meet(when, theirs.get(name));
                    if (overlap === undefined) continue;
                    const text = overlap === 'always'
                        ? peopleRuleMessages.exclusiveDirect({ role: role.name, other: other.name, person: name })
                        : peopleRuleMessages.exclusiveWindows({ role: role.name, other: other.name, person: name, windows: describeWindows(overlap, zoneOf(role, other, ctx)) });
                    report(ctx.accept, exclusiveRolesRule, text, { node: role, property: 'excludes', index }, role);
                    return;
                }
            });
        },
    },
});

function holdersOf(other: Exclusive, from: Role, ctx: RuleContext): readonly Holder[] {
    return isRole(other) ? ctx.holders.holding(other, from).holders : [other];
}

/** Each person's holding time through any of the holders. */
function byPerson(holders: readonly Holder[], span: Interval): Map<string, When> {
    const result = new Map<string, When>();
    for (const held of holders.flatMap((h): HeldBy[] => heldBy(h, span))) {
        const before = result.get(held.person.name);
        if (before === 'always' || held.when === undefined) {
            result.set(held.person.name, 'always');
        } else {
            result.set(held.person.name, union([...(before ?? []), ...held.when]));
        }
    }
    return result;
}

/** When both apply, or undefined when never. */
function meet(a: When, b: When | undefined): When | undefined {
    if (b === undefined) return undefined;
    if (a === 'always' && b === 'always') return 'always';
    const both = a === 'always' ? b as Interval[] : b === 'always' ? a : intersect(a, b);
    return both.length > 0 ? both : undefined;
}

/** The zone windows are named in: the first rotation involved. */
function zoneOf(role: Role, other: Exclusive, ctx: RuleContext): string {
    const holders = [...ctx.holders.holding(role, role).holders, ...holdersOf(other, role, ctx)];
    const rotation = holders.find(isRotation);
    return rotation ? rotationZone(rotationModel(rotation)) : 'UTC';
}
