import { AstUtils, GrammarUtils, MultiMap, UriUtils, type AstNode } from 'langium';
import { kindOf } from '../playbook-describe.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { nameSpace } from '../../workspace/playbook-workspace-facts.js';
import { ruleMessages } from '../rule-messages.js';
import { contentsOf } from '../../workspace/playbook-document-walk.js';

/**
 * duplicate-name: among the definitions of one playbook (a playbook's names may shadow the
 * organisation's), and among the top-level definitions of the whole workspace, reported in this file.
 */
export const duplicateNameRule = defineRule({
    id: 'duplicate-name',
    defaultLevel: 'error',
    checks: {
        Playbook: (playbook, ctx) => {
            const byName = new MultiMap<string, AstNode>();
            for (const node of contentsOf(playbook)) {
                const name = nameOf(node);
                if (name) {
                    byName.add(`${nameSpace(node.$type)}:${name}`, node);
                }
            }
            for (const [, nodes] of byName.entriesGroupedByKey()) {
                if (nodes.length > 1) {
                    nodes.forEach(node => reportDuplicate(node, nodes, ctx));
                }
            }
        },
        Document: (document, ctx) => {
            for (const element of document.elements) {
                const name = nameOf(element);
                const others = name ? ctx.facts.topLevelNamed(element.$type, name) : [];
                if (others.length > 1) {
                    reportDuplicate(element, others, ctx);
                }
            }
        },
    },
});

/** The name of a definition, if it has one. */
function nameOf(node: AstNode): string | undefined {
    const name = (node as { name?: unknown }).name;
    return typeof name === 'string' && name !== '' ? name : undefined;
}

/** `file.playbook:12`: where a definition's name is written. */
function whereIs(node: AstNode): string {
    const line = (GrammarUtils.findNodeForProperty(node.$cstNode, 'name') ?? node.$cstNode)?.range.start.line ?? 0;
    return `${UriUtils.basename(AstUtils.getDocument(node).uri)}:${line + 1}`;
}

function reportDuplicate(node: AstNode, others: readonly AstNode[], ctx: RuleContext): void {
    const other = others.find(o => o !== node);
    if (other) {
        report(ctx.accept, duplicateNameRule, ruleMessages.duplicateName({
            kind: kindOf(node), name: nameOf(node)!, other: kindOf(other), where: whereIs(other),
        }), { node, property: 'name' as never });
    }
}
