import type { Translation } from '../../../l10n/src/index.js';
import type { peopleRuleMessagesSource } from './rule-messages-people.js';

export const peopleRuleMessagesZhTw: Translation<typeof peopleRuleMessagesSource> = {
    peopleRuleTexts: {
        'rotation-without-owner': {
            title: '輪值班表沒有負責人',
            shortDescription: '輪值班表沒有指定維護班表、換班與代班安排的負責人（主管）。',
            fullDescription: '輪值班表必須有人負責：核准換班與假日代班安排、補上空缺，並在審查中為它負責。請在輪值班表中加上 `owner <人員或角色>`。',
        },
        'override-outside-rotation': {
            title: '輪值班表外的代班',
            shortDescription: '代班安排讓非輪值班表成員的人待命，或取代非成員的人。',
            fullDescription: '代班安排會在一段日期內替換輪值班表的成員。不是成員的人員並未同意輪值班表的職責，也不在它的呼叫設定中；被替換的人如果不是成員，就永遠不會待命，代班安排也就沒有作用。請把人員加入輪值班表（或某一層）的成員，或修正名稱。',
        },
        'calendar-conflict': {
            title: '行事曆衝突',
            shortDescription: '針對同一件事的兩條隨時間而定的規則（同一角色的指派、同一升級的層級、同一通報對象的通報規則）同時適用。',
            fullDescription: '只在行事曆 `inside hours of` 或 `outside hours of` 時段內適用的規則，在決定同一件事時不得重疊：在重疊的時段，應變人員無法判斷適用哪一條。訊息會列出重疊的時段；請修改行事曆或條件，讓它們銜接而不重疊。',
        },
        'calendar-hole': {
            title: '行事曆空檔',
            shortDescription: '角色隨時間而定的指派，或升級層級隨時間而定的版本，留下沒有任何一個適用的時段。',
            fullDescription: '當一個角色的每項指派（或一個升級層級的每個版本）都只在某個行事曆的時段內或外適用時，它們合起來必須涵蓋每個小時；在剩下的時段，沒有人擔任這個角色，或這個層級不會通知任何人。訊息會列出未涵蓋的時段。請加上一項沒有條件的指派或層級，或加上一項涵蓋缺少時段的指派或層級。',
        },
        'designator-unheld': {
            title: '指定者無人擔任',
            shortDescription: '事件期間才補上的角色，由無人擔任的角色指定。',
            fullDescription: '由另一個角色指定（`designated by`）的角色，會在事件開始時由擔任指定角色的人指派。沒有人擔任那個角色時，就沒有人指派擔任者。請指派該指定角色，或指名其他指定者。',
        },
        'no-designation-pool': {
            title: '沒有指定來源',
            shortDescription: '事件期間才補上的角色沒有指定者、志願者或預設角色，所以沒有說明如何補上。',
            fullDescription: '`optional` 或 `designated at start` 的角色在事件期間才指派，但必須有人指派：由指定它的角色（`designated by commander`）、由現場的自願者（`volunteers`），或由另一個角色的擔任者在沒有指派他人時兼任（`defaults to deputy`）。',
        },
        'unqualified-holder': {
            title: '擔任者不具資格',
            shortDescription: '角色的擔任者，或擔任該角色之團隊或輪值班表的成員，不具備角色要求的資格。',
            fullDescription: '`requires` 某項資格的角色，只能由具備該資格（`qualified`）的人擔任；透過團隊或輪值班表，每位成員都可能被要求擔任它。請完成訓練並記錄資格，或把角色指派給具備資格的人。',
        },
        'exclusive-roles': {
            title: '互斥角色',
            shortDescription: '同一個人可能被要求同時擔任兩個互斥的角色，直接或透過團隊與輪值班表。',
            fullDescription: '`excludes` 另一個角色（或某個輪值班表的待命）的角色，在同一事件中不得落在同一人身上（「事件指揮官不能同時擔任技術負責人」）。透過輪值班表時，會檢查該人員同時在兩者待命的時段。請把角色指派給不同的人，或修改輪值班表，讓他們的班次不會重疊。',
        },
        'relief-without-successor': {
            title: '換班沒有接手者',
            shortDescription: '在一段時間後讓擔任者下崗的角色，沒有人可以交接。',
            fullDescription: '設有 `relieve after` 的角色會在該時間後交接；必須有人接手：備援擔任者、擔任該角色之輪值班表或團隊的其他成員、其他擔任者，或指定它的角色。',
        },
    },
    peopleRuleMessages: {
        rotationWithoutOwner: '輪值班表「{rotation}」沒有負責人來核准換班與補上缺口。請為它加上 "owner <人員或角色>"。',
        overrideNotMember: '這個代班安排讓{person}待命，但他不是輪值班表「{rotation}」的成員。請把{person}加入成員，或更正名稱。',
        overrideReplacedNotMember: '這個代班安排取代{person}，但他不是輪值班表「{rotation}」的成員，所以永遠不會生效。請更正名稱。',
        rotationGap: '輪值班表「{rotation}」在{windows}沒有任何人待命。請為這些時段加入一層或成員，或放寬它的限制。',
        severityGap: '嚴重等級「{severity}」需要{needs}回應，但（由升級路徑「{path}」通知的）輪值班表「{rotation}」在{windows}沒有任何人待命。請涵蓋這些時段，或加入在那時會回應的層級。',
        assignmentConflict: '角色「{role}」的兩個隨時間而定的指派在{windows}同時適用。請讓它們的行事曆或條件相接而不重疊。',
        levelConflict: '升級路徑「{path}」第 {level} 層的兩個版本在{windows}同時適用。請讓它們的行事曆或條件相接而不重疊。',
        communicationConflict: '{audience}的兩條隨時間而定的通報規則在{windows}同時適用。請讓它們的行事曆或條件相接而不重疊。',
        assignmentHole: '角色「{role}」的每個指派都隨時間而定，在{windows}沒有任何一個適用，所以那時沒有人擔任。請加入沒有條件的指派，或涵蓋這些時段的指派。',
        levelHole: '升級路徑「{path}」第 {level} 層的每個版本都隨時間而定，在{windows}沒有任何一個適用。請加入沒有條件的版本，或涵蓋這些時段的版本。',
        designatorUnheld: '角色「{role}」由「{designator}」指定，但沒有人擔任「{designator}」，所以沒有人指定其擔任者。請指派「{designator}」，或改由其他角色指定。',
        noDesignationPool: '角色「{role}」在事件期間才補上，但沒有說明由誰補上。請加上 "designated by <角色>"、"volunteers" 或 "defaults to <角色>"。',
        unqualifiedHolder: '{through, select, team {角色「{role}」需要「{qualification}」，但以團隊「{group}」成員身分擔任的{person}不具備。請為{person}加上 "qualified {qualification}"，或把角色指派給具備資格的人。} rotation {角色「{role}」需要「{qualification}」，但以輪值班表「{group}」成員身分擔任的{person}不具備。請為{person}加上 "qualified {qualification}"，或把角色指派給具備資格的人。} other {角色「{role}」需要「{qualification}」，但{person}不具備。請為{person}加上 "qualified {qualification}"，或把角色指派給具備資格的人。}}',
        exclusiveDirect: '{person}同時擔任互斥的「{role}」與「{other}」。請把其中一個指派給別人。',
        exclusiveWindows: '{person}可能被要求同時擔任互斥的「{role}」與「{other}」：{windows}他在兩者都待命。請把其中一個指派給別人，或調整輪值班表。',
        reliefWithoutSuccessor: '角色「{role}」在 {after} 後讓擔任者下崗，但沒有人能接手。請加入備援擔任者、為其輪值班表或團隊增加成員，或加入指定它的角色。',
    },
    windowTexts: {
        recurringSameDay: '每{startDay} {startTime}-{endTime}（{zone}）',
        recurring: '每{startDay} {startTime} 至{endDay} {endTime}（{zone}）',
        recurringDays: '每{startDay} {startTime} 起 {days, plural, other {# 天}}（{zone}）',
        once: '{startDate} {startTime} 至 {endDate} {endTime}（{zone}）',
        more: '{shown}，以及另外 {count, plural, other {# 個時段}}',
        listSeparator: '；',
        needsAroundTheClock: '全天候',
        needsBusinessHours: '上班時間',
        needsCalendar: '行事曆「{calendar}」的時段',
    },
};
