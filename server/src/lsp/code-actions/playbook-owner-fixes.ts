import type { IndexManager, LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isCommunicationRule, isReview, isRotation, type Person } from '../../language/generated/ast.js';
import type { RuleFindingData } from '../../validation/playbook-rule-report.js';
import { addBlockClause, addInlineClause, rolesInScope } from './playbook-clause-edits.js';
import { nodeAt, quickFix } from './playbook-edit-helpers.js';
import { fixMessages } from './playbook-fix-messages.js';

/** How many owners are offered; a playbook sees many roles, and the likeliest come first. */
const OFFERED_OWNERS = 5;

/**
 * comms-without-owner and review-incomplete (no owner): ` owner <role>`, one action per role
 * the rule can see, the incident commander first (and preferred: who owns what nobody else does).
 */
export function ownerFixes(document: LangiumDocument, diagnostic: Diagnostic, index: IndexManager): CodeAction[] {
    const node = nodeAt(document, diagnostic);
    const wanted = isCommunicationRule(node) || (isReview(node) && (diagnostic.data as Partial<RuleFindingData> | undefined)?.facet === 'owner');
    if (!wanted || !node.$cstNode || node.owner) {
        return [];
    }
    return rolesInScope(node, index).slice(0, OFFERED_OWNERS).map((role, i) =>
        quickFix(fixMessages.addOwner({ owner: role.name }), document, diagnostic, [addInlineClause(node, `owner ${role.name}`)], i === 0));
}

/** rotation-without-owner: a member as the rotation's owner (its leader is usually one of them), in the order written. */
export function rotationOwnerFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const rotation = nodeAt(document, diagnostic);
    if (!isRotation(rotation) || !rotation.$cstNode || rotation.owner) {
        return [];
    }
    const seen = new Set<Person>();
    const members = [...rotation.members, ...rotation.layers.flatMap(l => l.members)].map(m => m.ref)
        .filter((p): p is Person => p !== undefined && !seen.has(p) && seen.add(p) !== undefined);
    return members.slice(0, OFFERED_OWNERS).map(person =>
        quickFix(fixMessages.addOwner({ owner: person.name }), document, diagnostic, [addBlockClause(document, rotation, `owner ${person.name}`)]));
}
