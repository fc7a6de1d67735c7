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
    addClause: 'Add "{clause}"',
    addTwoClauses: 'Add "{first}" and "{second}"',
    addOwner: 'Make "{owner}" the owner',
    continueInto: 'Continue into escalation path "{path}" when nobody answers',
    useValue: 'Change to "{value}"',
    addBackup: 'Back up "{role}" with "{backup}"',
    addChannelBackup: 'Fall back from "{channel}" to "{backup}"',
    addMember: 'Add "{person}" to the members of rotation "{rotation}"',
    removeReplaced: 'Remove "for {person}" (the substitute takes the first layer)',
    addQualification: 'Record that "{person}" is qualified "{qualification}"',
} as const;

export const fixMessages = defineMessages('server.fixMessages', fixMessagesSource, { 'zh-TW': fixMessagesZhTw, pl: fixMessagesPl });
