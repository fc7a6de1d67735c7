import { AstUtils, GrammarUtils, MultiMap, UriUtils, type AstNode } from 'langium';
import { isChannel, isEscalationPath, isPerson, isPlaybook, isRole, type Document, type Playbook } from '../../language/generated/ast.js';
import { nameSpace } from '../playbook-workspace-facts.js';
import { kindOf } from '../playbook-describe.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages } from '../rule-messages.js';
import type { RuleContext } from './playbook-rule-context.js';
import { DiagnosticTag } from 'vscode-languageserver-types';

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
        report(ctx.accept, 'duplicate-name', ruleMessages.duplicateName({
            kind: kindOf(node), name: nameOf(node)!, other: kindOf(other), where: whereIs(other),
        }), { node, property: 'name' as never });
    }
}

/** duplicate-name among the definitions of one playbook (a playbook's names may shadow the organisation's). */
export function checkPlaybookNames(playbook: Playbook, ctx: RuleContext): void {
    const byName = new MultiMap<string, AstNode>();
    for (const node of AstUtils.streamAllContents(playbook)) {
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
}

/** duplicate-name among the top-level definitions of the whole workspace, reported in this file. */
export function checkTopLevelNames(document: Document, ctx: RuleContext): void {
    for (const element of document.elements) {
        const name = nameOf(element);
        if (name) {
            const others = ctx.facts.topLevelNamed(element.$type, name);
            if (others.length > 1) {
                reportDuplicate(element, others, ctx);
            }
        }
    }
}

/**
 * unused-definition: roles, people, channels and escalation paths of this file that nothing
 * refers to. Organisation definitions are judged only when the workspace holds a playbook.
 */
export function checkUnusedDefinitions(document: Document, ctx: RuleContext): void {
    const topLevel = ctx.facts.hasPlaybooks() ? document.elements.filter(e => !isPlaybook(e)) : [];
    const candidates = [...topLevel, ...document.elements.filter(isPlaybook).flatMap(p => p.elements)];
    for (const node of candidates) {
        if ((isRole(node) || isPerson(node) || isChannel(node) || isEscalationPath(node)) && node.name && !ctx.facts.isUsed(node)) {
            report(ctx.accept, 'unused-definition', ruleMessages.unusedDefinition({ kind: kindOf(node), name: node.name }), { node, property: 'name', tags: [DiagnosticTag.Unnecessary] }, node);
        }
    }
}
