import type { Translation } from '../../../l10n/src/index.js';
import type { gapMessagesSource } from './rule-messages-gaps.js';

export const gapMessagesZhTw: Translation<typeof gapMessagesSource> = {
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
        answerFrom: '決策點「{decision}」的答案 {answer}',
        fromStart: '計畫開頭',
        phoneNotInternational: '「{value}」不是國際格式的電話號碼。請加上國碼，例如 "+886 2 2722 0000"。',
        emailInvalid: '「{value}」不是電子郵件地址。請寫成 name@example.com。',
        chatInvalid: '「{value}」既不是聊天帳號，也不是連結。請寫帳號，例如 "@dana" 或 "#incident"，或寫 https 連結。',
        urlInvalid: '「{value}」不是 https 連結。請寫完整網址，例如 "https://status.example.com"。',
    },
};
