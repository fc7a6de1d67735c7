import type { Translation } from '../../../l10n/src/index.js';
import type { gapMessagesSource } from './rule-messages-gaps.js';

export const gapMessagesZhTw: Translation<typeof gapMessagesSource> = {
    gapRuleTexts: {
        'missing-response-target': {
            title: '缺少回應目標',
            shortDescription: '嚴重等級沒有回應目標時間或解決目標時間。',
            fullDescription: '每個嚴重等級都要說明多快必須有人回應（`respond within`），以及事件必須多快解決（`resolve within`）；缺少這些，就沒有人能判斷回應是否延誤，時限與第一則訊息也無法檢查。這兩項可以分別要求（選項 `respond` 與 `resolve`）。',
        },
        'escalation-dead-end': {
            title: '升級死路',
            shortDescription: '升級路徑結束時沒有重複也沒有接續，或最後一層只再次通知已通知過的人。',
            fullDescription: '升級路徑的最後一個層級沒有人回應時，仍必須有後續動作：路徑重複（`repeat 2`）或接續到另一條路徑（`then <路徑>`）。最後一個層級如果只通知先前層級已通知過的對象，就沒有增加任何新的人員。',
        },
        'review-incomplete': {
            title: '檢討不完整',
            shortDescription: '事後檢討沒有負責人或沒有期限。',
            fullDescription: '事後檢討只有在有人負責（`owner <角色>`）且有完成期限（`within 5d`）時才會進行；否則事件一結束，它就是第一件被放下的事。',
        },
        'drill-without-cadence': {
            title: '演練沒有頻率',
            shortDescription: '演練記錄了上次執行，卻沒有記錄多久執行一次。',
            fullDescription: '有 `last` 日期但沒有 `every` 的演練永遠不會逾期，因此沒有任何東西會提醒大家再次演練。請說明它多久進行一次，例如 `every 180d`。',
        },
        'placeholder-text': {
            title: '預留文字',
            shortDescription: '字串仍含有預留文字：TODO、TBD、FIXME、XXX、\'{{\'…\'}}\'、<…> 或 ???。',
            fullDescription: '應變手冊中留下的預留文字會在最糟的時刻出現：寄給客戶的範本裡寫著 "TBD"、電話號碼寫著 "<number>"。預留文字在標題、範本與其他文字中是警告，在聯絡方式中則是錯誤，因為有人會試著撥打它。',
        },
        'unknown-timezone': {
            title: '未知的時區',
            shortDescription: '時區不是 IANA 時區（Europe/Warsaw、Asia/Taipei）。',
            fullDescription: '輪值交接、行事曆與限制時段都依其時區計算，而時區必須是 IANA 時區，才能知道日光節約時間的變化。ET 或 CET 之類的縮寫不是時區：它們沒有說明適用哪些規則。相近的拼法會得到「您是指」的建議。',
        },
        'comms-without-owner': {
            title: '通報沒有負責人',
            shortDescription: '通報規則沒有負責人，它的通訊管道也都沒有。',
            fullDescription: '通報規則要求的訊息必須有人發送。規則以 `owner` 指名發送者，或它的通訊管道有負責人透過該管道發送；兩者都沒有時，每個人都會以為別人在寫更新。',
        },
        'dead-end-branch': {
            title: '死路分支',
            shortDescription: '流程在步驟或決策點分支之後、計畫最後階段之前停止：從那裡沒有任何步驟解決或結束事件。',
            fullDescription: '決策之後，每個答案都要通往某處；當某個答案的步驟結束後沒有任何後續（沒有 `after`、沒有 `goto`，下一個步驟屬於另一個答案），走這條路徑的應變人員在事件解決或結束前就無事可做。請在應接續的步驟上以 `after <步驟>` 延續這個分支，或讓它結束在最後一個階段。',
        },
        'contact-unverifiable': {
            title: '無法驗證的聯絡方式',
            shortDescription: '電話號碼不是國際格式、電子郵件地址無效，或聊天帳號或網址無法作為連結。',
            fullDescription: '電話與簡訊號碼以國際格式書寫（E.164，例如 +886 2 2555 0100），讓任何人在任何地方都能撥打；電子郵件地址必須是地址；聊天聯絡方式是帳號（@name、#channel）或 https 連結；網頁與狀態頁面是 https 連結。`app` 與 `pager` 聯絡方式是自由格式的 ID，不會檢查。',
        },
    },
    gapMessages: {
        noRespondTarget: '嚴重等級「{severity}」沒有回應目標時間：沒有人知道首次回應何時算是延遲。請加上 "respond within <時間>"，例如 "respond within 15m"。',
        noResolveTarget: '嚴重等級「{severity}」沒有解決目標時間：沒有人知道事件何時算是拖延。請加上 "resolve within <時間>"，例如 "resolve within 4h"。',
        noTargets: '嚴重等級「{severity}」既沒有回應目標時間，也沒有解決目標時間。請加上 "respond within <時間>" 與 "resolve within <時間>"，例如 "\'{\' respond within 15m  resolve within 4h \'}\'"。',
        escalationEnds: '升級路徑「{path}」在第 {level} 層之後結束：若無人回應，就不會再發生任何事。請加上 "repeat <次數>" 重新呼叫各層，或加上 "then <路徑>" 接續另一條路徑。',
        escalationSameParty: '升級路徑「{path}」的最後一層（{level}）只通知{parties}，他們在前面的層級已被通知：升級沒有增加任何人。請通知新的人（代理人、主管），或以 "then <路徑>" 接續。',
        reviewNoOwner: '{review}沒有負責人，所以沒有人確保它會進行。請加上 "owner <角色>"。',
        reviewNoDue: '{review}沒有期限，可能一直拖延。請加上 "within <時間>"，例如 "within 5d"。',
        drillNoCadence: '{drill}演練記錄了上次執行，卻沒有記錄多久執行一次，所以永遠不會逾期。請加上 "every <時間>"，例如 "every 180d"。',
        placeholder: '「{text}」是留在這段文字中的預留文字。請在使用應變手冊之前換成真正的內容。',
        placeholderInContact: '「{text}」是留在聯絡方式中的預留文字：透過它聯絡不到任何人。請寫上真正的號碼、地址或帳號。',
        timezoneAbbreviation: '「{text}」是縮寫，不是時區：它沒有說明適用哪些日光節約規則。請寫 IANA 時區，例如 {zones}。',
        timezoneNearMiss: '「{text}」不是 IANA 時區。您是指「{zone}」嗎？',
        timezoneUnknown: '「{text}」不是 IANA 時區。請寫像 "Europe/Warsaw"、"Asia/Taipei" 或 "America/New_York" 這樣的時區。',
        commsNoOwner: '{rule}沒有負責人，它的通訊管道 {channels} 也沒有負責人：不確定誰會發送。請在規則或通訊管道加上 "owner <角色或人員>"。',
        deadEnd: '流程在{item}之後停止（從{from}到達）：在計畫的最後階段之前沒有任何後續，所以這條路徑上沒有任何步驟解決或結束事件。請在應接續的步驟加上 "after {name}"，或以會繼續跳轉的決策點結束這個分支。',
        deadEndDecision: '流程停在{item}：它沒有任何答案，所以沒有後續。請加上答案，例如 "yes goto <步驟>"。',
        answerFrom: '決策點「{decision}」的答案「{answer}」',
        fromStart: '計畫開頭',
        phoneNotInternational: '「{value}」不是國際格式的電話號碼。請加上國碼，例如 "+886 2 2722 0000"。',
        emailInvalid: '「{value}」不是電子郵件地址。請寫成 name@example.com。',
        chatInvalid: '「{value}」既不是聊天帳號，也不是連結。請寫帳號，例如 "@dana" 或 "#incident"，或寫 https 連結。',
        urlInvalid: '「{value}」不是 https 連結。請寫完整網址，例如 "https://status.example.com"。',
    },
};
