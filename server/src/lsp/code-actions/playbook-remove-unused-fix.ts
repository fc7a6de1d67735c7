import { AstUtils, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isAssignment, isChannel, isEscalationPath, isPerson, isRole, type Assignment } from '../../language/generated/ast.js';
import { kindOf } from '../../validation/playbook-describe.js';
import { fixTitles } from '../../validation/rule-messages.js';
import { nodeAt, quickFix, removeLines } from './playbook-edit-helpers.js';

/** unused-definition: deletes the definition's lines, and for a role its assignments in the same block. */
export function removeUnusedFix(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const node = nodeAt(document, diagnostic);
    if (!(isRole(node) || isPerson(node) || isChannel(node) || isEscalationPath(node)) || !node.$cstNode) {
        return [];
    }
    const siblings = AstUtils.streamContents(node.$container).toArray();
    const assignments = isRole(node) ? siblings.filter((s): s is Assignment => isAssignment(s) && s.role.ref === node) : [];
    const edits = [node, ...assignments].map(removeLines);
    return [quickFix(fixTitles.removeDefinition({ kind: kindOf(node), name: node.name }), document, diagnostic, edits, true)];
}
