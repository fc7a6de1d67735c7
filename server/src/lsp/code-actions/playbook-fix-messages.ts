import { defineMessages } from '../../../../l10n/src/index.js';
import { fixMessagesPl } from './playbook-fix-messages.pl.js';
import { fixMessagesZhTw } from './playbook-fix-messages.zh-TW.js';

/**
 * The titles of the editor's own code actions that are not about one rule (the per-rule quick-fix
 * titles live with the rule texts, in validation/rule-messages.ts). English source; the
 * translations are beside it (docs/l10n.md).
 */
export const fixMessagesSource = {
    chooseHolder: 'Choose who holds "{role}"…',
    chooseHolderPlaceholder: 'Assign the role "{role}" to…',
    holderDescription: '{kind}: {title}',
    fixAllOfKind: 'Fix all "{code}" problems in this file',
    fixAll: 'Fix all auto-fixable playbook problems',
    addClause: (p: { clause: string }) => `Add "${p.clause}"`,
    addTwoClauses: (p: { first: string; second: string }) => `Add "${p.first}" and "${p.second}"`,
    addOwner: (p: { owner: string }) => `Make "${p.owner}" the owner`,
    continueInto: (p: { path: string }) => `Continue into escalation path "${p.path}" when nobody answers`,
    useValue: (p: { value: string }) => `Change to "${p.value}"`,
    addBackup: (p: { role: string; backup: string }) => `Back up "${p.role}" with "${p.backup}"`,
    addChannelBackup: (p: { channel: string; backup: string }) => `Fall back from "${p.channel}" to "${p.backup}"`,
    addMember: (p: { person: string; rotation: string }) => `Add "${p.person}" to the members of rotation "${p.rotation}"`,
    removeReplaced: (p: { person: string }) => `Remove "for ${p.person}" (the substitute takes the first layer)`,
    addQualification: (p: { person: string; qualification: string }) => `Record that "${p.person}" is qualified "${p.qualification}"`,
} as const;

export const fixMessages = defineMessages('server.fixMessages', fixMessagesSource, { 'zh-TW': fixMessagesZhTw, pl: fixMessagesPl });
