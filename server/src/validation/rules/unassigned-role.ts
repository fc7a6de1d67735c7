import { AstUtils, isReference, type AstNode } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { isAssignment, isPlaybook, isRole, type Playbook, type Role } from '../../language/generated/ast.js';
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
 * (the organisation) by an organisation-wide one.
 */
export const unassignedRoleRule = defineRule({
    id: 'unassigned-role',
    defaultLevel: 'error',
    checks: {
        Playbook: (playbook, ctx) => {
            const uses = roleUsesAt(walkOf(playbook.$container).byElement.get(playbook) ?? []);
            checkUses(uses, () => AstUtils.streamAst(playbook).toArray(), playbook, ctx);
        },
        Document: (document, ctx) => {
            const topLevel = document.elements.filter(e => !isPlaybook(e) && !isAssignment(e));
            const byElement = walkOf(document).byElement;
            const uses = roleUsesAt(topLevel.flatMap(e => byElement.get(e) ?? []));
            checkUses(uses, () => topLevel.flatMap(e => AstUtils.streamAst(e).toArray()), undefined, ctx);
        },
    },
});

/** `nodes` (what the uses were found in) is walked again only when there is a finding to explain. */
function checkUses(uses: RoleUse[], nodes: () => readonly AstNode[], playbook: Playbook | undefined, ctx: RuleContext): void {
    let others: Map<Role, DiagnosticRelatedInformation[]> | undefined;
    for (const use of uses) {
        const holding = ctx.holders.holding(use.role, playbook);
        if (holding.state !== 'unassigned' && holding.state !== 'unreachable') {
            continue;
        }
        // The finding stands at the first use; the others come with it, so that one fix is seen to serve them all.
        others ??= laterUses(nodes());
        const relatedInformation = (others.get(use.role) ?? []).slice(1);
        const location = { node: use.node, property: use.property, index: use.index, ...(relatedInformation.length > 0 ? { relatedInformation } : {}) } as never;
        const user = describeNode(use.node);
        if (holding.state === 'unassigned') {
            report(ctx.accept, unassignedRoleRule, ruleMessages.unassignedRole({ role: use.role.name, user }), location, use.role);
        } else if (holding.state === 'unreachable') {
            const holders = holding.holders.map(h => `"${h.name}"`).join(unnamed.listSeparator);
            report(ctx.accept, unassignedRoleRule, ruleMessages.unassignedRoleEmpty({ role: use.role.name, user, holders }), location, use.role);
        }
    }
}

/** Every use of each role among `nodes` (assignments aside), in order, as related information. */
function laterUses(nodes: readonly AstNode[]): Map<Role, DiagnosticRelatedInformation[]> {
    const uses = new Map<Role, DiagnosticRelatedInformation[]>();
    for (const node of nodes) {
        if (isAssignment(node)) {
            continue;
        }
        for (const { reference } of AstUtils.streamReferences(node)) {
            const role = isReference(reference) ? reference.ref : undefined;
            const range = reference.$refNode?.range;
            if (isRole(role) && range) {
                const message = ruleMessages.unassignedRoleAlsoUsed({ role: role.name, user: describeNode(node) });
                uses.set(role, [...(uses.get(role) ?? []), { location: { uri: AstUtils.getDocument(node).uri.toString(), range }, message }]);
            }
        }
    }
    return uses;
}
