import { AstUtils, type IndexManager, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isPlaybook, isRole, isSeverity, isTrigger, type Playbook } from '../../language/generated/ast.js';
import { isIncidentCommander } from '../../validation/playbook-critical-roles.js';
import { fixTitles } from '../../validation/rule-messages.js';
import { addBlockClause } from './playbook-clause-edits.js';
import { INDENT, insertLinesAfter, nodeAt, quickFix } from './playbook-edit-helpers.js';

/**
 * missing-escalation: creates `escalation <name>-escalation { level 1 notify <who> }` after the
 * severity or trigger and links it with an `escalation` clause. The first level notifies the
 * playbook's owner, else the incident commander, else the first role the playbook can see.
 */
export function createEscalationFix(document: LangiumDocument, diagnostic: Diagnostic, index: IndexManager): CodeAction[] {
    const node = nodeAt(document, diagnostic);
    const target = isSeverity(node) || isTrigger(node) ? node : undefined;
    const playbook = target ? AstUtils.getContainerOfType(target, isPlaybook) : undefined;
    if (!target || !playbook || !target.$cstNode) {
        return [];
    }
    const notify = firstResponder(playbook, index);
    if (!notify) {
        return [];
    }
    const name = freshName(playbook, `${target.name}-escalation`);
    const edits = [
        addBlockClause(document, target, `escalation ${name}`),
        insertLinesAfter(document, target, [`escalation ${name} {`, `${INDENT}level 1 notify ${notify}`, '}']),
    ];
    return [quickFix(fixTitles.createEscalation({ path: name }), document, diagnostic, edits, true)];
}

function firstResponder(playbook: Playbook, index: IndexManager): string | undefined {
    if (playbook.owner?.ref) {
        return playbook.owner.ref.name;
    }
    const roles = [...playbook.elements.filter(isRole), ...index.allElements('Role').map(d => d.node).filter(isRole)];
    return (roles.find(isIncidentCommander) ?? roles[0])?.name;
}

function freshName(playbook: Playbook, wanted: string): string {
    const taken = new Set(AstUtils.streamAllContents(playbook).map(n => (n as { name?: unknown }).name).filter(n => typeof n === 'string'));
    let name = wanted;
    for (let i = 2; taken.has(name); i++) {
        name = `${wanted}-${i}`;
    }
    return name;
}
