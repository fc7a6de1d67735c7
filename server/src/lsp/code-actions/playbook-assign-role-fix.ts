import { AstUtils, type AstNode, type IndexManager, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { CHOOSE_FIX_COMMAND, type ChooseFixArguments } from '../../../../protocol/src/playbook-commands.js';
import {
    isAssignment, isDocument, isPerson, isPlaybook, isRole, isRotation, isTeam,
    type Document, type Holder, type Playbook, type Role, type TopElement,
} from '../../language/generated/ast.js';
import { isReachableHolder } from '../../workspace/playbook-role-holding.js';
import { fixTitles, thingKinds } from '../../validation/rule-messages.js';
import { insertLinesAfter, insertLinesBefore, nodeAt } from './playbook-edit-helpers.js';
import type { FixContext } from './playbook-fix-context.js';
import { fixMessages } from './playbook-fix-messages.js';
import { rankHolders } from './playbook-holder-ranking.js';

/** How many holders are offered as quick fixes; the rest are one "Choose…" away. */
export const RANKED_HOLDERS = 5;

/**
 * unassigned-role: the five likeliest holders (see rankHolders) as quick fixes, the first one
 * preferred when evidence singles it out, then "Choose…", a picker over the others. The
 * `assign` line goes next to the role's definition when the assignment belongs in the same
 * block, else after the block's last assignment, else at the top of the playbook.
 */
export function assignRoleFixes(document: LangiumDocument, diagnostic: Diagnostic, roleName: string, context: FixContext): CodeAction[] {
    const node = nodeAt(document, diagnostic);
    const root = document.parseResult.value;
    if (!node || !isDocument(root)) {
        return [];
    }
    const playbook = AstUtils.getContainerOfType(node, isPlaybook);
    const role = findRole(roleName, playbook, root, context.index);
    const candidates = knownHolders(playbook, context.index);
    const ranked = role ? rankHolders(role, candidates, playbook, context.facts) : candidates.map(holder => ({ holder, score: 0 }));
    const editFor = (holder: Holder): WorkspaceEdit => ({
        changes: { [document.textDocument.uri]: [placeAssignment(document, playbook, root.elements, role, `assign ${roleName} to ${holder.name}`)] },
    });
    const confident = ranked.length > 0 && ranked[0]!.score > (ranked[1]?.score ?? 0);
    const actions: CodeAction[] = ranked.slice(0, RANKED_HOLDERS).map(({ holder }, i) => ({
        title: fixTitles.assignRole({ role: roleName, holder: holder.name, kind: thingKinds[holder.$type]! }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: (i === 0 && confident) || undefined,
        edit: editFor(holder),
    }));
    const rest = ranked.slice(RANKED_HOLDERS);
    if (rest.length > 0) {
        const title = fixMessages.chooseHolder({ role: roleName });
        const choice: ChooseFixArguments = {
            placeHolder: fixMessages.chooseHolderPlaceholder({ role: roleName }),
            items: rest.map(({ holder }) => ({
                label: holder.name,
                description: fixMessages.holderDescription({ kind: thingKinds[holder.$type]!, title: holder.title ?? holder.name }),
                edit: editFor(holder),
            })),
        };
        actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: CHOOSE_FIX_COMMAND, arguments: [choice] } });
    }
    return actions;
}

/** The role the finding is about: the playbook's own of that name, else the file's, else the organisation's. */
function findRole(name: string, playbook: Playbook | undefined, root: Document, index: IndexManager): Role | undefined {
    return playbook?.elements.filter(isRole).find(r => r.name === name)
        ?? root.elements.filter(isRole).find(r => r.name === name)
        ?? index.allElements('Role').map(d => d.node).filter(isRole).find(r => r.name === name);
}

function placeAssignment(document: LangiumDocument, playbook: Playbook | undefined, topLevel: readonly TopElement[], role: Role | undefined, text: string): TextEdit {
    const siblings: readonly AstNode[] = playbook ? playbook.elements : topLevel;
    // Next to the role when it is defined in the block the assignment goes into.
    if (role && role.$cstNode && siblings.includes(role)) {
        return insertLinesAfter(document, role, [text]);
    }
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
export function knownHolders(playbook: Playbook | undefined, index: IndexManager): Holder[] {
    const local = playbook ? playbook.elements.filter((e): e is Holder => isPerson(e) || isTeam(e) || isRotation(e)) : [];
    const global = index.allElements().map(d => d.node).filter((n): n is Holder => isPerson(n) || isTeam(n) || isRotation(n)).toArray();
    const seen = new Set<string>();
    return [...local, ...global].filter(h => isReachableHolder(h) && !seen.has(h.name) && seen.add(h.name) !== undefined);
}
