import type { IndexManager, LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isChannel } from '../../language/generated/ast.js';
import { fixTitles } from '../../validation/rule-messages.js';
import { rolesInScope } from './playbook-clause-edits.js';
import { nodeAt, quickFix } from './playbook-edit-helpers.js';

/** channel-owner: one action per role the channel can see, the commander first; adds ` owner <role>` to the channel's line. */
export function channelOwnerFixes(document: LangiumDocument, diagnostic: Diagnostic, index: IndexManager): CodeAction[] {
    const channel = nodeAt(document, diagnostic);
    if (!isChannel(channel) || !channel.$cstNode) {
        return [];
    }
    const end = channel.$cstNode.range.end;
    return rolesInScope(channel, index).map((role, i) => quickFix(fixTitles.addChannelOwner({ owner: role.name }), document, diagnostic,
        [{ range: { start: end, end }, newText: ` owner ${role.name}` }], i === 0));
}
