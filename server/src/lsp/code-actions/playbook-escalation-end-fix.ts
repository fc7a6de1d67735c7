import { AstUtils, type IndexManager, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isEscalationPath, isPlaybook, type EscalationPath } from '../../language/generated/ast.js';
import type { RuleFindingData } from '../../validation/playbook-rule-report.js';
import { addBlockClause } from './playbook-clause-edits.js';
import { nodeAt, quickFix } from './playbook-edit-helpers.js';
import { fixMessages } from './playbook-fix-messages.js';

/** How often the fix repeats a path that ends: twice more, as the rule's docs show. */
const REPEAT = 2;

/**
 * escalation-dead-end (the last level has no `repeat` and no `then`): `repeat 2` (preferred),
 * or `then <path>` for each other path the playbook can see that does not lead back to this one
 * (which would be an escalation-cycle). A last level that repeats earlier parties has no obvious
 * fix: who else to call is the writer's choice.
 */
export function escalationEndFixes(document: LangiumDocument, diagnostic: Diagnostic, index: IndexManager): CodeAction[] {
    const level = nodeAt(document, diagnostic);
    const path = level?.$container;
    if ((diagnostic.data as Partial<RuleFindingData> | undefined)?.facet !== 'ends' || !isEscalationPath(path) || !path.$cstNode || path.next) {
        return [];
    }
    const repeat = quickFix(fixMessages.addClause({ clause: `repeat ${REPEAT}` }), document, diagnostic, [addBlockClause(document, path, `repeat ${REPEAT}`)], true);
    const then = continuations(path, index).map(next =>
        quickFix(fixMessages.continueInto({ path: next.name }), document, diagnostic, [addBlockClause(document, path, `then ${next.name}`)]));
    return [repeat, ...then];
}

/** The other paths the playbook can see (its own, then the organisation's) whose `then` chain never comes back to `path`. */
function continuations(path: EscalationPath, index: IndexManager): EscalationPath[] {
    const playbook = AstUtils.getContainerOfType(path, isPlaybook);
    const seen = new Set<string>([path.name]);
    const all = [...(playbook?.elements.filter(isEscalationPath) ?? []), ...index.allElements('EscalationPath').map(d => d.node).filter(isEscalationPath)];
    return all.filter(p => p.name && !seen.has(p.name) && seen.add(p.name) !== undefined && !leadsTo(p, path));
}

function leadsTo(from: EscalationPath, path: EscalationPath): boolean {
    const visited = new Set<EscalationPath>();
    for (let at: EscalationPath | undefined = from; at && !visited.has(at); at = at.next?.ref) {
        if (at === path) return true;
        visited.add(at);
    }
    return false;
}
