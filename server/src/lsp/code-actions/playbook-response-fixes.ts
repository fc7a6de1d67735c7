import type { LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isParameter, isPlaybook, isTrigger } from '../../language/generated/ast.js';
import { playbookSeverities } from '../../language/playbook-shared.js';
import { addBlockClause, addInlineClause } from './playbook-clause-edits.js';
import { nodeAt, quickFix } from './playbook-edit-helpers.js';
import { fixMessages } from './playbook-fix-messages.js';

/** unset-parameter: `asked`, so that the runner asks for the value when a run starts (a default would be a guess). */
export function unsetParameterFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const parameter = nodeAt(document, diagnostic);
    if (!isParameter(parameter) || !parameter.$cstNode) {
        return [];
    }
    return [quickFix(fixMessages.addClause({ clause: 'asked' }), document, diagnostic, [addInlineClause(parameter, 'asked')], true)];
}

/**
 * criteria-gap: `otherwise <level>` for the values no criterion covers, one fix per level of the
 * playbook, the most severe first (when in doubt, the higher level: the safe choice, preferred).
 */
export function criteriaGapFixes(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
    const trigger = nodeAt(document, diagnostic);
    if (!isTrigger(trigger) || !trigger.$cstNode || !isPlaybook(trigger.$container)) {
        return [];
    }
    return playbookSeverities(trigger.$container).filter(s => s.name).slice(0, 4).map((severity, i) =>
        quickFix(fixMessages.addClause({ clause: `otherwise ${severity.name}` }), document, diagnostic, [addBlockClause(document, trigger, `otherwise ${severity.name}`)], i === 0));
}
