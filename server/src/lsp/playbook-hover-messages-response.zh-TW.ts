import type { Translation } from '../../../l10n/src/index.js';
import type { responseHoverMessagesSource } from './playbook-hover-messages-response.js';

export const responseHoverMessagesZhTw: Translation<typeof responseHoverMessagesSource> = {
    responseHoverMessages: {
        measureCount: '計數：從 0 起的整數。',
        measurePercent: '百分比：從 0 起。',
        measureDuration: '時間長度：從 0 起。',
        measureValues: '下列之一：{values}',
        parameter: '型別為 {type} 的參數；文字中以大括號包住作為預留位置使用。',
        parameterDefault: '預設值：{value}',
        parameterAsked: '開始執行時詢問。',
        audienceMembers: '成員：{members}',
        procedure: '可在事件的任何時刻開始；{steps, plural, other {# 個步驟}}。',
        procedureWhen: '時機：{when}',
        subTeam: '事件指揮官可以組成任意多次的小組；成員透過帶領人回報。',
        subTeamLeader: '帶領人：`{leader}`',
        subTeamTask: '任務：{task}',
        declared: '宣告事件時，宣告者可以選擇這個等級。',
        pagingNone: '不呼叫：只開工單，不呼叫任何人。',
        paging: '以 {urgency} 緊急程度呼叫。',
        stepDuring: '僅在 {severities} 期間：在其他等級不需要這個步驟，等待它的項目會繼續進行。',
    },
};
