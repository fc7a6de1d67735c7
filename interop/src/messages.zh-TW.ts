import type { Translation } from '../../l10n/src/index.js';
import type { interopMessagesSource } from './messages.js';

export const interopMessagesZhTw: Translation<typeof interopMessagesSource> = {
    importErrors: {
        cacaoNotObject: '預期為 JSON 物件（CACAO 應變手冊）',
        cacaoNotPlaybook: '預期為 "playbook"，卻是 {found}',
        cacaoNoWorkflow: 'CACAO 應變手冊需要 workflow',
        cacaoBadStart: '沒有指向 workflow 中的任何步驟：{start}',
        cacaoUnknownStep: '有步驟指向這個 id，但 workflow 中沒有這個步驟',
        pagerDutyNotObject: '預期為包含 users、teams、schedules 與 escalation_policies 的 JSON 物件',
        pagerDutyNoLists: '預期至少有 {lists} 其中之一（PagerDuty 清單端點的回應，合併在一起）',
        pagerDutyNotList: '預期為清單',
        pagerDutyNoId: '預期為具有字串 id 的物件',
        pagerDutyBadStart: '預期為日期與時間',
        pagerDutyBadTurn: '預期為正數的秒數',
    },
    writtenTexts: {
        pagerDutyApp: 'PagerDuty 應用程式：{label}',
        calendarName: '{playbook}：待命',
        shiftSummary: '{person} 待命：{rotation}',
        shiftDescription: '{person} 負責 {rotation}。',
        respondersAgent: '事件應變團隊',
        parallelStep: '同時進行：{names}',
        answerVariable: '答案：{question}',
        listSeparator: '、',
    },
};
