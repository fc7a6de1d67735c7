import { AstUtils, type IndexManager, type LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { isChannel, isPlaybook, isRole, type Role } from '../../language/generated/ast.js';
import { isIncidentCommander } from '../../validation/playbook-critical-roles.js';
import { fixTitles } from '../../validation/rule-messages.js';
import { nodeAt, quickFix } from './playbook-edit-helpers.js';

/** channel-owner: one action per role the channel can see, the commander first; adds ` owner <role>` to the channel's line. */
export function channelOwnerFixes(document: LangiumDocument, diagnostic: Diagnostic, index: IndexManager): CodeAction[] {
    const channel = nodeAt(document, diagnostic);
    if (!isChannel(channel) || !channel.$cstNode) {
        return [];
    }
    const playbook = AstUtils.getContainerOfType(channel, isPlaybook);
    const roles = uniqueByName([...(playbook?.elements.filter(isRole) ?? []), ...index.allElements('Role').map(d => d.node).filter(isRole)]);
    roles.sort((a, b) => Number(isIncidentCommander(b)) - Number(isIncidentCommander(a)));
    const end = channel.$cstNode.range.end;
    return roles.map((role, i) => quickFix(fixTitles.addChannelOwner({ owner: role.name }), document, diagnostic,
        [{ range: { start: end, end }, newText: ` owner ${role.name}` }], i === 0));
}

function uniqueByName(roles: Role[]): Role[] {
    const seen = new Set<string>();
    return roles.filter(r => !seen.has(r.name) && seen.add(r.name) !== undefined);
}
