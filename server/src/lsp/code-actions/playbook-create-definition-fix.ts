import { AstUtils, type AstNode, type AstReflection, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isDocument, isPhase, isPlaybook } from '../../language/generated/ast.js';
import { fixTitles, thingKinds } from '../../validation/rule-messages.js';
import { INDENT, insertLinesAfter, insertLinesBefore, nodeAt, quickFix } from './playbook-edit-helpers.js';

/** What Langium puts in the `data` of a linking error. */
interface LinkingData {
    containerType?: string;
    property?: string;
    refText?: string;
}

/**
 * The definition created for each kind of reference. Where any party may stand, a role is the
 * likely intent (owners, approvers, escalation targets); where a holder is expected, a person.
 */
const SKELETONS: Readonly<Record<string, { type: string; lines: (name: string) => string[] }>> = {
    Role: { type: 'Role', lines: n => [`role ${n} "${n}"`] },
    Party: { type: 'Role', lines: n => [`role ${n} "${n}"`] },
    Person: { type: 'Person', lines: n => [`person ${n} "${n}"`] },
    Holder: { type: 'Person', lines: n => [`person ${n} "${n}"`] },
    Team: { type: 'Team', lines: n => [`team ${n} "${n}"`] },
    Rotation: { type: 'Rotation', lines: n => [`rotation ${n} "${n}" {`, '}'] },
    Severity: { type: 'Severity', lines: n => [`severity ${n} "${n}"`] },
    EscalationPath: { type: 'EscalationPath', lines: n => [`escalation ${n} {`, '}'] },
    Channel: { type: 'Channel', lines: n => [`channel ${n} chat "#${n}"`] },
    FlowItem: { type: 'Step', lines: n => [`step ${n} "${n}"`] },
};

/** linking-error: creates the missing definition next to where it is needed. */
export function createDefinitionFix(document: LangiumDocument, diagnostic: Diagnostic, reflection: AstReflection): CodeAction[] {
    const data = diagnostic.data as LinkingData | undefined;
    const node = nodeAt(document, diagnostic);
    if (!node || !data?.containerType || !data.property || !data.refText) {
        return [];
    }
    // The reference's target type from the grammar's metadata (public API; the diagnostic data
    // may name a type or property that does not exist: then there is nothing to create).
    const referenceType = reflection.getTypeMetaData(data.containerType).properties[data.property]?.referenceType;
    const skeleton = referenceType === undefined ? undefined : SKELETONS[referenceType];
    if (!skeleton) {
        return [];
    }
    const anchor = skeleton.type === 'Step' ? flowAnchor(node) : elementAnchor(node);
    if (!anchor) {
        return [];
    }
    const lines = skeleton.lines(data.refText);
    const edit = isPlaybook(anchor) && anchor.elements[0]
        ? insertLinesBefore(document, anchor.elements[0], lines)
        : insertLinesAfter(document, anchor, lines, isPlaybook(anchor) ? INDENT : '');
    return [quickFix(fixTitles.createDefinition({ kind: thingKinds[skeleton.type]!, name: data.refText }), document, diagnostic, [edit], true)];
}

/** The step or decision the reference sits in: a new step goes right after it, in the same phase. */
function flowAnchor(node: AstNode): AstNode | undefined {
    for (let at: AstNode | undefined = node; at; at = at.$container) {
        if (isPhase(at.$container)) {
            return at;
        }
    }
    return undefined;
}

/** The definition the reference sits in, directly inside a playbook or a file; a playbook's own clauses anchor on the playbook. */
function elementAnchor(node: AstNode): AstNode | undefined {
    if (isPlaybook(node)) {
        return node;
    }
    for (let at: AstNode | undefined = node; at; at = at.$container) {
        if (isPlaybook(at.$container) || isDocument(at.$container)) {
            return at;
        }
    }
    return AstUtils.getContainerOfType(node, isPlaybook);
}
