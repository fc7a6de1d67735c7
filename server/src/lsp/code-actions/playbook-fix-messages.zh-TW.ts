import type { Translation } from '../../../../l10n/src/index.js';
import type { fixMessagesSource } from './playbook-fix-messages.js';

export const fixMessagesZhTw: Translation<typeof fixMessagesSource> = {
    chooseHolder: '選擇「{role}」的擔任者…',
    chooseHolderPlaceholder: '將「{role}」角色指派給…',
    holderDescription: '{kind}：{title}',
    fixAllOfKind: '修正此檔案中所有「{code}」問題',
    fixAll: '修正所有可自動修正的應變手冊問題',
    addClause: '新增「{clause}」',
    addTwoClauses: '新增「{first}」與「{second}」',
    addOwner: '將「{owner}」設為負責人',
    continueInto: '無人回應時轉入升級路徑「{path}」',
    useValue: '改為「{value}」',
    addBackup: '以「{backup}」作為「{role}」的備援',
    addChannelBackup: '「{channel}」無法使用時改用「{backup}」',
    addMember: '將「{person}」加入輪值「{rotation}」的成員',
    removeReplaced: '移除「for {person}」（代理人接手第一層）',
    addQualification: '記錄「{person}」具備「{qualification}」資格',
};
