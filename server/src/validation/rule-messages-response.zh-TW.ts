import type { Translation } from '../../../l10n/src/index.js';
import type { responseRuleMessagesSource } from './rule-messages-response.js';

export const responseRuleMessagesZhTw: Translation<typeof responseRuleMessagesSource> = {
    responseRuleMessages: {
        measureNotCompared: '指標「{measure}」有值清單：請用 "is" 與它的值比較，例如 "{measure} is <值>"。',
        measureWrongLiteral: '指標「{measure}」是{kind}：請與{kind}比較，例如 "{measure} > {example}"。',
        measureNotAList: '指標「{measure}」沒有值清單，所以無法用 "is" 比較。請使用 ">"、">="、"<" 或 "<="，或為指標提供值（"measure {measure} of …"）。',
        measureUnknownValue: '「{value}」不是指標「{measure}」的值（它的值有 {values}）。',
        tableMeasureNotAList: '嚴重等級表需要有值清單的指標，但「{measure}」沒有。請為它提供值（"measure {measure} of high, medium, low"）。',
        overlappingCriteria: '在觸發條件「{trigger}」中，「{first}」（嚴重等級 {firstSeverity}）與「{second}」（嚴重等級 {secondSeverity}）對 {value} 同時成立。請讓邊界相接而不重疊，例如 "> 1000" 與 "<= 1000"。',
        overlappingTableCell: '組合 {row}、{column} 被對應了兩次，分別對應到 {first} 與 {second}。請保留其中一行。',
        criteriaGap: '當 {measure} 為 {value} 時，觸發條件「{trigger}」不會給出嚴重等級：沒有條件涵蓋它，也沒有 "otherwise"。請為它加上條件或 "otherwise <嚴重等級>"。',
        criteriaGapSeveral: '當 {measure} 為 {value} 且其他有指標的條件都不成立時，觸發條件「{trigger}」不會給出嚴重等級，也沒有 "otherwise"。請為它加上條件或 "otherwise <嚴重等級>"。',
        severityTableGap: '{rows} 對 {columns} 的表格沒有為 {row}、{column} 給出嚴重等級（沒有嚴重等級的組合：{missing}）。請加上 "{row}, {column} then <嚴重等級>"。',
        firstMessageExceedsTarget: '第一則訊息的期限是 {first}，晚於嚴重等級「{severity}」的回應目標時間（{respond}），但這條規則說它應在其之前。請把 "first within" 縮短到 {respond} 以內。',
        unreachableAudience: '沒有人能聯絡到{audience}：通知他們的每個通訊管道（{channels}）都處於待命狀態或由無人擔任的角色負責，其備援管道也一樣。請指派負責人角色、讓某個管道脫離待命，或加入可用的備援管道。',
        commsGateUnreachable: '這條規則等待「{item}」，但從計畫開頭沒有任何路徑能到達它，所以永遠不會適用。請等待可到達的步驟，或讓「{item}」可到達。',
        commsGateNoAnswer: '這條規則等待決策點「{item}」的答案為「{answer}」，但決策點沒有這個分支，所以永遠不會適用。請使用決策點的其中一個答案。',
        commsGateNotADecision: '這條規則等待「{item}」的答案，但它是步驟而不是決策點。請刪除 "is …"，或改為等待決策點。',
        undefinedParameter: '「\'{\'{name}\'}\'」不是這份應變手冊的參數，應變人員會照字面讀到它。請宣告它（"param {name} text"）或修正拼字。',
        reviewNoMeeting: '{review}在某些等級是必要的，但沒有會議期限。請在文件期限旁加上 "meeting within <時間>"。',
        unsetParameter: '參數「{name}」沒有預設值，沒有觸發條件設定它，也沒有要求執行器詢問它。請加上 "default <值>"、"asked"，或在觸發條件上加 "set {name} to <值>"。',
    },
    measureKindNames: {
        count: '整數',
        percent: '百分比',
        duration: '時間長度',
    },
};
