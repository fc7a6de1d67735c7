import { AstUtils, type IndexManager, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import {
    isAssignment, isDocument, isPerson, isPlaybook, isRotation, isTeam, type Holder, type Playbook, type TopElement,
} from '../../language/generated/ast.js';
import { isReachableHolder } from '../../workspace/playbook-role-holding.js';
import { fixTitles, thingKinds } from '../../validation/rule-messages.js';
import { insertLinesAfter, insertLinesBefore, nodeAt, quickFix } from './playbook-edit-helpers.js';

/**
 * unassigned-role: one action per person, team and rotation (with members) that the place of
 * the finding can see. The `assign` line goes after the last assignment of the playbook (or of
 * the file, for organisation-wide uses), else at the top of the playbook, else at the end.
 */
export function assignRoleFixes(document: LangiumDocument, diagnostic: Diagnostic, role: string, index: IndexManager): CodeAction[] {
    const node = nodeAt(document, diagnostic);
    const root = document.parseResult.value;
    if (!node || !isDocument(root)) {
        return [];
    }
    const playbook = AstUtils.getContainerOfType(node, isPlaybook);
    const line = (holder: Holder) => `assign ${role} to ${holder.name}`;
    return knownHolders(playbook, index).map(holder => {
        const edit = placeAssignment(document, playbook, root.elements, line(holder));
        return quickFix(fixTitles.assignRole({ role, holder: holder.name, kind: thingKinds[holder.$type]! }), document, diagnostic, [edit]);
    });
}

function placeAssignment(document: LangiumDocument, playbook: Playbook | undefined, topLevel: TopElement[], text: string) {
    const siblings = playbook ? playbook.elements : topLevel;
    const lastAssignment = [...siblings].reverse().find(isAssignment);
    if (lastAssignment) {
        return insertLinesAfter(document, lastAssignment, [text]);
    }
    if (playbook?.elements[0]) {
        return insertLinesBefore(document, playbook.elements[0], [text]);
    }
    const last = topLevel.at(-1);
    // An empty playbook, or a file with no definitions: an organisation-wide assignment holds the role as well.
    return last && !playbook ? insertLinesAfter(document, last, [text]) : insertAtEnd(document, text);
}

function insertAtEnd(document: LangiumDocument, text: string) {
    const end = document.textDocument.positionAt(document.textDocument.getText().length);
    return { range: { start: end, end }, newText: `\n${text}\n` };
}

/** People, teams and rotations that can hold a role here: the playbook's own, then the organisation's. */
function knownHolders(playbook: Playbook | undefined, index: IndexManager): Holder[] {
    const local = playbook ? playbook.elements.filter((e): e is Holder => isPerson(e) || isTeam(e) || isRotation(e)) : [];
    const global = index.allElements().map(d => d.node).filter((n): n is Holder => isPerson(n) || isTeam(n) || isRotation(n)).toArray();
    const seen = new Set<string>();
    return [...local, ...global].filter(h => isReachableHolder(h) && !seen.has(h.name) && seen.add(h.name) !== undefined);
}
