import type { Translation } from '../../../../l10n/src/index.js';
import type { fixMessagesSource } from './playbook-fix-messages.js';

export const fixMessagesZhTw: Translation<typeof fixMessagesSource> = {
    chooseHolder: '選擇「{role}」的擔任者…',
    chooseHolderPlaceholder: '將「{role}」角色指派給…',
    holderDescription: '{kind}：{title}',
    fixAllOfKind: '修正此檔案中所有「{code}」問題',
    fixAll: '修正所有可自動修正的應變手冊問題',
};
