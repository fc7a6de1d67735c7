import type { Person, Rotation } from '../../language/generated/ast.js';
import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { peopleRuleMessages } from '../rule-messages-people.js';

/** Every member of a rotation: its own and its layers'. */
function members(rotation: Rotation): Set<Person> {
    const refs = [...rotation.members, ...rotation.layers.flatMap(layer => layer.members)];
    return new Set(refs.map(r => r.ref).filter((p): p is Person => p !== undefined));
}

/** override-outside-rotation: an override that puts on call, or replaces, someone who is not a member. */
export const overrideOutsideRotationRule = defineRule({
    id: 'override-outside-rotation',
    defaultLevel: 'warning',
    checks: {
        Rotation: (rotation, ctx) => {
            if (!rotation.name || rotation.overrides.length === 0) {
                return;
            }
            const known = members(rotation);
            for (const override of rotation.overrides) {
                const substitute = override.substitute?.ref;
                if (substitute && !known.has(substitute)) {
                    report(ctx.accept, overrideOutsideRotationRule, peopleRuleMessages.overrideNotMember({ person: substitute.name, rotation: rotation.name }), { node: override, property: 'substitute' }, rotation, undefined, 'substitute');
                }
                const replaced = override.replaced?.ref;
                if (replaced && !known.has(replaced)) {
                    report(ctx.accept, overrideOutsideRotationRule, peopleRuleMessages.overrideReplacedNotMember({ person: replaced.name, rotation: rotation.name }), { node: override, property: 'replaced' }, rotation, undefined, 'replaced');
                }
            }
        },
    },
});
