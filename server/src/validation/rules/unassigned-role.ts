import { AstUtils } from 'langium';
import { isAssignment, isPlaybook, type Playbook } from '../../language/generated/ast.js';
import { describeNode } from '../playbook-describe.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages, unnamed } from '../rule-messages.js';
import { roleUses, type RoleUse } from '../../workspace/playbook-role-holding.js';

/**
 * unassigned-role: each role that something relies on must be held, inside a playbook by the
 * playbook's own assignment or an organisation-wide one in any file; at the top level of a file
 * (the organisation) by an organisation-wide one.
 */
export const unassignedRoleRule = defineRule({
    id: 'unassigned-role',
    defaultLevel: 'error',
    checks: {
        Playbook: (playbook, ctx) => checkUses(roleUses(AstUtils.streamAst(playbook)), playbook, ctx),
        Document: (document, ctx) => {
            const topLevel = document.elements.filter(e => !isPlaybook(e) && !isAssignment(e));
            checkUses(roleUses(topLevel.flatMap(e => AstUtils.streamAst(e).toArray())), undefined, ctx);
        },
    },
});

function checkUses(uses: RoleUse[], playbook: Playbook | undefined, ctx: RuleContext): void {
    for (const use of uses) {
        const holding = ctx.holders.holding(use.role, playbook);
        const location = { node: use.node, property: use.property, index: use.index } as never;
        const user = describeNode(use.node);
        if (holding.state === 'unassigned') {
            report(ctx.accept, unassignedRoleRule, ruleMessages.unassignedRole({ role: use.role.name, user }), location, use.role);
        } else if (holding.state === 'unreachable') {
            const holders = holding.holders.map(h => `"${h.name}"`).join(unnamed.listSeparator);
            report(ctx.accept, unassignedRoleRule, ruleMessages.unassignedRoleEmpty({ role: use.role.name, user, holders }), location, use.role);
        }
    }
}

