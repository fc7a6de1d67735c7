import { AstUtils, GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { isAssignment, isRole, isRotationOverride, isRotation, type Person, type Qualification, type Rotation } from '../../language/generated/ast.js';
import { peopleOf } from '../../validation/playbook-people-of.js';
import type { RuleFindingData } from '../../validation/playbook-rule-report.js';
import { successorFixes } from './playbook-backup-fixes.js';
import { addBlockClause, rolesInScope } from './playbook-clause-edits.js';
import { nodeAt, quickFix, quickFixAt } from './playbook-edit-helpers.js';
import type { FixContext } from './playbook-fix-context.js';
import { fixMessages } from './playbook-fix-messages.js';

/**
 * no-designation-pool: `designated by <role>` (the incident commander first and preferred: who
 * names the scribe at the start of the call), or `volunteers`.
 */
export function designationPoolFixes(document: LangiumDocument, diagnostic: Diagnostic, context: FixContext): CodeAction[] {
    const role = nodeAt(document, diagnostic);
    if (!isRole(role) || !role.$cstNode) {
        return [];
    }
    const designators = rolesInScope(role, context.index).filter(r => r !== role && r.name !== role.name).slice(0, 3);
    return [
        ...designators.map((designator, i) => quickFix(fixMessages.addClause({ clause: `designated by ${designator.name}` }), document, diagnostic,
            [addBlockClause(document, role, `designated by ${designator.name}`)], i === 0)),
        quickFix(fixMessages.addClause({ clause: 'volunteers' }), document, diagnostic, [addBlockClause(document, role, 'volunteers')]),
    ];
}

/**
 * relief-without-successor: a backup on the role's assignment (ranked as for no-backup), else,
 * for a role nobody is assigned, `designated by <role>` so that someone names the successor.
 */
export function reliefSuccessorFixes(document: LangiumDocument, diagnostic: Diagnostic, context: FixContext): CodeAction[] {
    const role = nodeAt(document, diagnostic);
    if (!isRole(role) || !role.$cstNode) {
        return [];
    }
    const backups = successorFixes(role, role, diagnostic, context);
    return backups.length > 0 ? backups : designationPoolFixes(document, diagnostic, context).slice(0, -1);
}

/**
 * override-outside-rotation: for a substitute who is not a member, adds them to the rotation's
 * members (its own list, else its first layer's); for a replaced person who is not a member,
 * removes `for <person>` (without it, the substitute takes the first layer).
 */
export function overrideFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const override = nodeAt(document, diagnostic);
    const rotation = override?.$container;
    const facet = (diagnostic.data as Partial<RuleFindingData> | undefined)?.facet;
    if (!isRotationOverride(override) || !isRotation(rotation) || !override.$cstNode) {
        return [];
    }
    if (facet === 'substitute' && override.substitute?.ref) {
        const edit = addMember(document, rotation, override.substitute.ref);
        return edit ? [quickFix(fixMessages.addMember({ person: override.substitute.ref.name, rotation: rotation.name }), document, diagnostic, [edit], true)] : [];
    }
    const forKeyword = GrammarUtils.findNodeForKeyword(override.$cstNode, 'for');
    const replaced = GrammarUtils.findNodeForProperty(override.$cstNode, 'replaced');
    if (facet !== 'replaced' || !forKeyword || !replaced || !override.replaced?.ref) {
        return [];
    }
    const edit = { range: { start: forKeyword.range.start, end: { line: replaced.range.end.line, character: replaced.range.end.character + 1 } }, newText: '' };
    return [quickFix(fixMessages.removeReplaced({ person: override.replaced.ref.name }), document, diagnostic, [edit], true)];
}

/** `, <person>` after the last member of the rotation's own `members` line, else of its first layer's; a `members` line when neither has one. */
function addMember(document: LangiumDocument, rotation: Rotation, person: Person): TextEdit | undefined {
    const owner = rotation.members.length > 0 || rotation.layers.length === 0 ? rotation : rotation.layers[0]!;
    const last = GrammarUtils.findNodesForProperty(owner.$cstNode, 'members').at(-1);
    if (last) {
        return { range: { start: last.range.end, end: last.range.end }, newText: `, ${person.name}` };
    }
    return owner.$cstNode ? addBlockClause(document, owner, `members ${person.name}`) : undefined;
}

/**
 * unqualified-holder: adds the missing qualification to the person who lacks it (the holder, or
 * the member of the holding team or rotation), in the file that defines the person: to their
 * `qualified` list, else a new `qualified` line.
 */
export function qualificationFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const assignment = nodeAt(document, diagnostic);
    if (!isAssignment(assignment)) {
        return [];
    }
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    const holder = [...assignment.holders, ...assignment.backups].find(h => h.$refNode?.offset === offset)?.ref;
    const required = (assignment.role?.ref?.requires ?? []).map(q => q.ref).filter((q): q is Qualification => q !== undefined);
    const lacking = holder ? peopleOf(holder).map(p => p.person).find(p => required.some(q => !p.qualifications.some(h => h.ref === q))) : undefined;
    const missing = lacking ? required.find(q => !lacking.qualifications.some(h => h.ref === q)) : undefined;
    if (!lacking?.$cstNode || !missing) {
        return [];
    }
    const last = GrammarUtils.findNodesForProperty(lacking.$cstNode, 'qualifications').at(-1);
    const edit = last
        ? { range: { start: last.range.end, end: last.range.end }, newText: `, ${missing.name}` }
        : addBlockClause(AstUtils.getDocument(lacking), lacking, `qualified ${missing.name}`);
    return [quickFixAt(fixMessages.addQualification({ person: lacking.name, qualification: missing.name }), lacking, diagnostic, edit, true)];
}
