import { DiagnosticTag } from 'vscode-languageserver-types';
import { isChannel, isEscalationPath, isPerson, isPlaybook, isRole } from '../../language/generated/ast.js';
import { kindOf } from '../playbook-describe.js';
import { defineRule } from '../playbook-rule.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages } from '../rule-messages.js';

/**
 * unused-definition: roles, people, channels and escalation paths of this file that nothing
 * refers to. Organisation definitions are judged only when the workspace holds a playbook.
 */
export const unusedDefinitionRule = defineRule({
    id: 'unused-definition',
    defaultLevel: 'hint',
    checks: {
        Document: (document, ctx) => {
            const topLevel = ctx.facts.hasPlaybooks() ? document.elements.filter(e => !isPlaybook(e)) : [];
            const candidates = [...topLevel, ...document.elements.filter(isPlaybook).flatMap(p => p.elements)];
            for (const node of candidates) {
                if ((isRole(node) || isPerson(node) || isChannel(node) || isEscalationPath(node)) && node.name && !ctx.facts.isUsed(node)) {
                    report(ctx.accept, unusedDefinitionRule, ruleMessages.unusedDefinition({ kind: kindOf(node), name: node.name }),
                        { node, property: 'name', tags: [DiagnosticTag.Unnecessary] }, node);
                }
            }
        },
    },
});
