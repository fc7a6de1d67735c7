import type { Translation } from '../../../l10n/src/index.js';
import type { responseRuleMessagesSource } from './rule-messages-response.js';

export const responseRuleMessagesZhTw: Translation<typeof responseRuleMessagesSource> = {
    responseRuleTexts: {
        'measure-mismatch': {
            title: '指標不相符',
            shortDescription: '條件或嚴重等級表使用的指標，其值的種類錯誤，或不在其值清單中。',
            fullDescription: '計數與整數比較，百分比與百分比（`5%`）比較，時間長度與時間長度（`15m`）比較；有值清單的指標以 `is` 與它自己的值比較，而且只有這種指標可以作為嚴重等級表的列與欄。',
        },
        'overlapping-criteria': {
            title: '條件重疊',
            shortDescription: '同一觸發條件中導向不同嚴重等級的兩個條件對同一個值同時成立，或嚴重等級表把同一組合對應兩次。',
            fullDescription: '同一觸發條件的兩條準則比較同一個指標、導向不同的嚴重等級，而且可能對同一個值同時成立時（`>= 1000` 與 `<= 1000` 對 1000 都成立），應變人員無法判斷適用哪個等級。請讓邊界銜接而不重疊（`> 1000` 與 `<= 1000`）。把同一組合對應到兩個等級的嚴重等級表也會回報。',
        },
        'criteria-gap': {
            title: '條件缺口',
            shortDescription: '觸發條件指標的某些值不會導向任何嚴重等級，而觸發條件沒有 otherwise。',
            fullDescription: '當觸發條件的準則都在比較指標，而有些值不符合任何一條（`< 500` 與 `> 1000` 留下 500 到 1000 的空缺），具有這些值的事件就沒有等級。請為它們加上一條準則，或加上 `otherwise <嚴重等級>`。計數只取整數，所以 `> 1000` 與 `< 1001` 之間沒有空缺；百分比或時間長度則可以是任何數量。',
        },
        'severity-table-gap': {
            title: '嚴重等級表缺口',
            shortDescription: '影響度對緊急度的表格留下沒有對應的值組合。',
            fullDescription: '嚴重等級表把列指標的值與欄指標的值的每一種組合對應到一個等級；沒有等級的組合會讓宣告者找不到答案。',
        },
        'first-message-exceeds-target': {
            title: '第一則訊息超過目標',
            shortDescription: '通報規則的第一則訊息期限晚於其適用嚴重等級的回應目標時間，但規則說它應在其之前。',
            fullDescription: '設有 `first within <時間長度> before respond` 的規則承諾第一則訊息會在嚴重等級的回應目標時間之前發出；當這段時間比規則適用之嚴重等級的回應目標時間還長時，這個承諾就無法兌現。',
        },
        'unreachable-audience': {
            title: '聯絡不到的通報對象',
            shortDescription: '通知通報對象的每個通訊管道都處於待命狀態或由無人擔任的角色負責，其備援管道也一樣。',
            fullDescription: '當通報對象（或指名的收件者）的通報規則或其備援中至少有一個通訊管道處於使用中（不是 `standby`），且不是由沒有人擔任的角色負責時，通報對象才能聯絡得到。完全沒有負責人的通訊管道改由 channel-owner 回報。',
        },
        'comms-gate-unreachable': {
            title: '通報條件無法到達',
            shortDescription: '通報規則等待沒有任何路徑能到達的步驟，或等待決策點沒有提供的答案。',
            fullDescription: '以 `after <步驟>` 或 `after <決策點> is <答案>` 設定前提的規則，在計畫從開始沒有任何路徑能到達該步驟，或該決策點沒有這個答案的分支時，就永遠不會適用；通報對象也就永遠不會收到通知。',
        },
        'undefined-parameter': {
            title: '未定義的參數',
            shortDescription: '文字中的 \'{\'name\'}\' 預留位置不是應變手冊的參數。',
            fullDescription: '標題、檢查項目、問題、範本與小組文字可以用 `\'{\'name\'}\'` 代表參數（`param name text`）；沒有對應任何參數的預留文字會照原樣送到應變人員面前。',
        },
        'unset-parameter': {
            title: '未設定的參數',
            shortDescription: '沒有預設值、沒有觸發條件設定、也沒有要求執行器詢問的參數。',
            fullDescription: '參數的值來自它的 `default`、來自觸發條件的 `set <參數> to <值>`，或來自開始執行時的應變人員（`asked`）；三者都沒有時，它的預留文字就沒有值。',
        },
    },
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
