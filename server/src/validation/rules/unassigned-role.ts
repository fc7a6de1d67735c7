import { AstUtils, type AstNode } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { isAssignment, isPlaybook, type Playbook, type Role } from '../../language/generated/ast.js';
import { describeNode } from '../playbook-describe.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages, unnamed } from '../rule-messages.js';
import { roleUsesAt, type RoleUse } from '../../workspace/playbook-role-holding.js';
import { walkOf } from '../../workspace/playbook-document-walk.js';

/**
 * unassigned-role: each role that something relies on must be held, inside a playbook by the
 * playbook's own assignment or an organisation-wide one in any file; at the top level of a file
 * (the organisation) by an organisation-wide one. Every use of such a role is marked (issue 20:
 * a writer looking at any of them sees the squiggle and the fix), each finding listing the
 * role's other uses as related information; "Fix all" merges their identical edits into one.
 */
export const unassignedRoleRule = defineRule({
    id: 'unassigned-role',
    defaultLevel: 'error',
    checks: {
        // The references come from the document's one walk (workspace/playbook-document-walk.ts).
        Playbook: (playbook, ctx) => checkUses(roleUsesAt(walkOf(playbook.$container).byElement.get(playbook) ?? [], { every: true }), playbook, ctx),
        Document: (document, ctx) => {
            const topLevel = document.elements.filter(e => !isPlaybook(e) && !isAssignment(e));
            const byElement = walkOf(document).byElement;
            checkUses(roleUsesAt(topLevel.flatMap(e => byElement.get(e) ?? []), { every: true }), undefined, ctx);
        },
    },
});

function checkUses(uses: RoleUse[], playbook: Playbook | undefined, ctx: RuleContext): void {
    const byRole = new Map<Role, RoleUse[]>();
    uses.forEach(use => byRole.set(use.role, [...(byRole.get(use.role) ?? []), use]));
    const holdings = new Map([...byRole.keys()].map(role => [role, ctx.holders.holding(role, playbook)]));
    for (const use of uses) {
        const holding = holdings.get(use.role)!;
        if (holding.state !== 'unassigned' && holding.state !== 'unreachable') {
            continue;
        }
        const others = byRole.get(use.role)!.filter(other => other !== use);
        const relatedInformation = others.map(relatedUse).filter((r): r is DiagnosticRelatedInformation => r !== undefined);
        const location = { node: use.node, property: use.property, index: use.index, ...(relatedInformation.length > 0 ? { relatedInformation } : {}) } as never;
        const user = describeNode(use.node);
        const message = holding.state === 'unassigned'
            ? ruleMessages.unassignedRole({ role: use.role.name, user })
            : ruleMessages.unassignedRoleEmpty({ role: use.role.name, user, holders: holding.holders.map(h => `"${h.name}"`).join(unnamed.listSeparator) });
        report(ctx.accept, unassignedRoleRule, message, location, use.role);
    }
}

/** Another use of the role, as related information pointing at its reference. */
function relatedUse(use: RoleUse): DiagnosticRelatedInformation | undefined {
    const value = (use.node as unknown as Record<string, unknown>)[use.property];
    const reference = (Array.isArray(value) ? value[use.index ?? 0] : value) as { $refNode?: { range: DiagnosticRelatedInformation['location']['range'] } } | undefined;
    const range = reference?.$refNode?.range;
    const node: AstNode = use.node;
    return range ? {
        location: { uri: AstUtils.getDocument(node).uri.toString(), range },
        message: ruleMessages.unassignedRoleAlsoUsed({ role: use.role.name, user: describeNode(node) }),
    } : undefined;
}
