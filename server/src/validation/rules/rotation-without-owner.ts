import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { peopleRuleMessages } from '../rule-messages-people.js';

/** rotation-without-owner: a rotation that names no owner (leader). */
export const rotationWithoutOwnerRule = defineRule({
    id: 'rotation-without-owner',
    defaultLevel: 'warning',
    checks: {
        Rotation: (rotation, ctx) => {
            if (rotation.name && !rotation.owner) {
                report(ctx.accept, rotationWithoutOwnerRule, peopleRuleMessages.rotationWithoutOwner({ rotation: rotation.name }), { node: rotation, property: 'name' }, rotation);
            }
        },
    },
});
