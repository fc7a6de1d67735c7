import type { Translation } from '../../l10n/src/index.js';
import type { cliMessagesSource } from './messages.js';

export const cliMessagesZhTw: Translation<typeof cliMessagesSource> = {
    messages: {
        usage: `用法：playbook <指令> [選項]

檢查、格式化並匯出事件應變手冊（*.playbook 檔案）。

指令：
  check [路徑|glob...]     檢查應變手冊檔案（預設路徑為目前的資料夾）
  fmt [路徑...]            以標準版面重寫應變手冊檔案
  export FILE              把應變手冊寫成 json、yaml、markdown、獨立的 html 執行器、CACAO 2.0 或 Mermaid 圖表
  import FORMAT FILE       把 CACAO 2.0 應變手冊或 PagerDuty 匯出檔轉成應變手冊檔案
  rules                    列出每條規則及其預設等級與說明文件連結
  simulate FILE            依事件腳本在無畫面的情況下執行應變手冊，並檢查預期結果

選項：
  -h, --help               顯示這份說明；放在指令之後則顯示該指令的說明
  -v, --version            顯示版本
      --locale LOCALE      以 en、zh-TW 或 pl 顯示訊息（適用於任何指令；預設：
                           LC_ALL、LC_MESSAGES 與 LANG 中第一個有設定的，否則為 en）

結束代碼：0 沒有問題，1 發現問題，2 用法或輸入錯誤。
執行 "playbook <指令> --help" 查看指令的選項。`,
        checkUsage: `用法：playbook check [路徑|glob...] [選項]

檢查 *.playbook 檔案及其匯入的檔案，並把它們連結成同一個工作區。資料夾會遞迴搜尋
（略過 node_modules 與 .git）；glob 會展開。設定檔的 ignore 模式適用於搜尋找到的
檔案；在這裡指名的檔案或資料夾一律會檢查。

選項：
  -f, --format NAME        stylish（預設）、compact、json、sarif、github、junit、gitlab
                           或 checkstyle；重複使用可在一次執行中寫出多份報告
  -o, --output FILE        把報告寫入 FILE，而不是標準輸出
      --output-file FORMAT=FILE  把該格式的報告寫入 FILE（可重複）
      --max-warnings N     警告超過 N 個時以 1 結束
      --rule ID=LEVEL      把規則設為 off、hint、info、warning 或 error（可重複）
  -c, --config FILE        每個檔案都使用這個設定檔，而不是各檔案最近的
                           playbook.config.yaml
      --stdin              檢查標準輸入的文字，而不是檔案
      --stdin-filename PATH  那段文字所代表的路徑（用於它的匯入、設定與報告中的
                           名稱；預設為這個資料夾中的 <stdin>）
      --print-config FILE  以 JSON 印出適用於 FILE 的設定（工作區根目錄、設定檔、
                           規則等級、ignore 模式），不檢查任何東西
  -q, --quiet              只回報錯誤
      --color, --no-color  強制開啟或關閉色彩（預設：寫入終端機且未設定 NO_COLOR
                           時開啟）
  -h, --help               顯示這份說明

結束代碼：0 沒有問題，1 有錯誤（或警告多於 --max-warnings），2 用法、設定或輸入
錯誤。以最嚴重的結果為準。`,
        fmtUsage: `用法：playbook fmt [路徑|glob...] [選項]

以標準版面重寫 *.playbook 檔案，與編輯器的「格式化文件」相同。
有語法錯誤的檔案保持原樣，並會回報（結束代碼 1）。

選項：
      --check              不做任何變更；列出會變更的檔案，若有則以 1 結束
      --stdin              把標準輸入格式化後寫到標準輸出（給編輯器使用的篩選器）；
                           有語法錯誤時以 1 結束且不寫出任何內容
  -c, --config FILE        使用這個設定檔（用於它的 ignore 模式）
  -h, --help               顯示這份說明`,
        exportUsage: `用法：playbook export FILE --format json|yaml|markdown|html|cacao|mermaid|ics [選項]

寫出一份應變手冊解析後的模型（角色及其擔任者與備援擔任者、嚴重等級、觸發條件、
升級時間軸、通訊管道、通報規則、步驟），可供其他工具使用，也可以是易讀的文件、
獨立的逐步執行器、CACAO 2.0 應變手冊、Mermaid 圖表（步驟流程與每條升級路徑），
或是誰在待命的 iCalendar 行事曆（每個班次一個事件）。有錯誤的檔案會被拒絕。
請參閱 docs/interop.md。

選項：
  -f, --format NAME        json、yaml、markdown、html、cacao、mermaid 或 ics（必要）
  -o, --output FILE        寫入 FILE，而不是標準輸出
      --playbook NAME      檔案中有多份應變手冊時要匯出的那一份
      --from YYYY-MM-DD    ics：行事曆的第一天，自 00:00 UTC 起（預設：今天）
      --weeks N            ics：行事曆涵蓋的週數，1 到 104（預設：4）
      --rotation NAME      ics：只匯出這個輪值班表（預設：應變手冊的每個輪值班表）
  -h, --help               顯示這份說明`,
        importUsage: `用法：playbook import cacao|pagerduty FILE [選項]

cacao：把 CACAO 2.0 應變手冊（JSON）轉成應變手冊文字：其工作流程成為步驟與決策點，
其代理者成為角色（個人同時成為擔任該角色的人員），逾時成為時限。以
"playbook export --format cacao" 匯出的應變手冊可以完整轉回來。
pagerduty：把 PagerDuty 匯出檔（其 REST API 的 users、teams、schedules 與
escalation_policies，合併成一個 JSON 物件）轉成組織檔案：附聯絡方式的人員、團隊、
含分層、限制時段與代班安排的輪值班表、升級路徑。
請對結果執行 "playbook check"：它會回報來源沒有說明的內容。請參閱 docs/interop.md。

選項：
  -o, --output FILE        寫入 FILE，而不是標準輸出
  -h, --help               顯示這份說明`,
        importNeedsFormatAndFile: '"playbook import" 需要一個格式與一個檔案，例如 "playbook import cacao playbook.json"。',
        importNotJson: '{path}：不是 JSON：{reason}',
        importProblem: '{path}：位於 {where}：{message}',
        importedFrom: `由 playbook import {version} 從 {format}（{source}）匯入。
請以 "playbook check" 檢查：來源沒有說明的內容會在那裡回報。`,
        simulateUsage: `用法：playbook simulate FILE --events SCRIPT.yaml [選項]

以執行器的引擎、在沒有畫面的情況下，依照定時事件的腳本（start、done、skip、answer、
acknowledge、severity、note、resolve）執行一份應變手冊，並檢查腳本的預期結果
（ready、not-ready、state、paged、due）。請參閱 docs/simulate.md。

選項：
      --events FILE        腳本（YAML；必要）
      --playbook NAME      檔案中有多份應變手冊時要執行的那一份
  -f, --format NAME        markdown（預設）或 json
  -h, --help               顯示這份說明

結束代碼：0 每項預期都成立，1 有一項不成立（每項都會以文字列出），2 腳本有誤
（附上行與欄）、應變手冊有錯誤，或用法錯誤。`,
        rulesUsage: `用法：playbook rules [選項]

列出每條規則：其 ID、預設等級、一行說明與說明文件連結。

選項：
  -f, --format NAME        text（預設）、json 或 markdown（docs/rules/README.md）
  -h, --help               顯示這份說明`,

        unknownCommand: '未知的指令「{command}」。請執行 "playbook --help" 查看指令清單。',
        unknownCommandHint: '未知的指令「{command}」。您是指「{suggestion}」嗎？請執行 "playbook --help" 查看指令清單。',
        unknownOption: '未知的選項「{option}」。請執行 "playbook {command} --help" 查看選項。',
        unknownOptionHint: '未知的選項「{option}」。您是指「{suggestion}」嗎？請執行 "playbook {command} --help" 查看選項。',
        unknownProgramOption: '未知的選項「{option}」。請執行 "playbook --help" 查看指令與選項。',
        unknownProgramOptionHint: '未知的選項「{option}」。您是指「{suggestion}」嗎？請執行 "playbook --help" 查看指令與選項。',
        missingValue: '選項「{option}」需要一個值，例如 "{option} 值"。',
        unexpectedValue: '選項「{option}」不接受值。',
        badChoice: '「{value}」不是 {option} 的有效值。請使用下列之一：{choices}。',
        badChoiceHint: '「{value}」不是 {option} 的有效值。您是指「{suggestion}」嗎？請使用下列之一：{choices}。',
        badCount: '{option} 需要 0 或更大的整數，而不是「{value}」。',
        badRuleOption: '--rule 需要 ID=LEVEL，例如 "--rule unassigned-role=warning"，而不是「{value}」。等級：off、hint、info、warning、error。',
        unknownRule: '沒有規則「{id}」。請執行 "playbook rules" 查看清單。',
        unknownRuleHint: '沒有規則「{id}」。您是指「{suggestion}」嗎？請執行 "playbook rules" 查看清單。',
        unexpectedArgument: '"playbook {command}" 不接受引數「{argument}」。請執行 "playbook {command} --help" 查看用法。',
        exportNeedsFile: '"playbook export" 需要恰好一個應變手冊檔案，例如 "playbook export service-outage.playbook --format markdown"。',
        simulateNeedsFile: '"playbook simulate" 需要恰好一個應變手冊檔案，例如 "playbook simulate service-outage.playbook --events service-outage.simulate.yaml"。',
        simulateNeedsEvents: '"playbook simulate" 需要 --events SCRIPT.yaml：要執行的事件與預期結果腳本。',
        simulateScriptProblem: '{path}:{line}:{column} 錯誤 {message}',
        simulateFailure: '{path}:{line} 預期結果不成立：{message}',
        exportNeedsFormat: '"playbook export" 需要 --format json、yaml、markdown、html、cacao、mermaid 或 ics。',
        exportOptionNeedsIcs: '{option} 只適用於 --format ics。',
        exportBadFrom: '--from 需要寫成 YYYY-MM-DD 的日期，而不是「{value}」。',
        exportBadWeeks: '--weeks 需要 1 到 104 的整數週數，而不是「{value}」。',
        exportUnknownRotation: '--rotation {name}：應變手冊沒有這個輪值班表（它的輪值班表：{names}）。',
        exportNoRotation: '應變手冊 {playbook} 沒有指名任何輪值班表，因此沒有可寫出的待命行事曆。',

        pathNotFound: '{path}：沒有這個檔案或資料夾',
        noPlaybooks: '{path}：找不到 *.playbook 檔案',
        noMatches: '{pattern}：沒有 *.playbook 檔案符合這個模式',
        allIgnored: '{path}：{count, plural, other {這裡找到的 # 個 *.playbook 檔案都被設定忽略}}；若仍要檢查，請指名檔案或資料夾',
        unreadable: '{path}：無法讀取檔案（{reason}）',
        binaryFile: '{path}：這是二進位檔案，不是應變手冊',
        notUtf8: '{path}：檔案不是有效的 UTF-8；請以 UTF-8 儲存',
        tooLarge: '{path}：檔案大於 {megabytes} MB；請把它拆成多份應變手冊',
        specialFile: {
            fifo: '{path}：是 FIFO（具名管道），不是檔案；只會讀取一般檔案',
            device: '{path}：是裝置，不是檔案；只會讀取一般檔案',
            socket: '{path}：是 socket，不是檔案；只會讀取一般檔案',
            other: '{path}：不是一般檔案；只會讀取一般檔案',
        },
        importNotPlaybook: '匯入的檔案「{path}」不是應變手冊：只能匯入名為 *.playbook 的檔案。',
        importUnreadable: '無法讀取匯入的檔案「{path}」。{problem}',
        configNotFound: '{path}：設定檔不存在',
        cannotWrite: '{path}：無法寫入檔案（{reason}）',
        badOutputFile: '--output-file 需要 FORMAT=FILE，例如 "--output-file sarif=playbook.sarif"，而不是「{value}」。',
        outputFileUnknownFormat: '--output-file 指名了格式「{format}」，但這次執行不會寫出它（{formats}）。請加上 --format {format} 以寫出它。',
        reportsShareOutput: '有兩份報告會寫到 {output}；請以 --output-file FORMAT=FILE 把其中一份以外的報告寫到別處。',
        reportsShareStdout: '有兩份報告會寫到標準輸出；請以 --output-file FORMAT=FILE 把其中一份以外的報告寫到別處。',
        stdinWithPaths: '"playbook {command} --stdin" 只讀取標準輸入；請不要指名路徑，或省略 --stdin。',
        stdinCannotFormat: '標準輸入有語法錯誤，因此沒有寫出任何內容；請對它執行 "playbook check --stdin" 查看錯誤。',
        stdinFilenameAlone: '--stdin-filename 指名標準輸入所代表的檔案：請與 --stdin 一起使用。',
        outputIsInput: '{path}：是正在讀取的檔案之一；報告會覆寫它。請指名其他 --output 檔案。',
        stdoutFailed: 'playbook：無法寫入標準輸出（{reason}）',
        fileErrors: {
            EACCES: '權限不足',
            EPERM: '不允許此操作',
            EISDIR: '它是資料夾',
            ELOOP: '符號連結太多，或連結指向自己',
            ENOENT: '沒有這個檔案或資料夾',
            EMFILE: '開啟的檔案太多',
            EIO: '輸入/輸出錯誤',
            ENOSPC: '裝置上沒有剩餘空間',
            EDQUOT: '磁碟配額已用完',
            EROFS: '檔案系統為唯讀',
            EFBIG: '檔案對這個檔案系統而言太大',
        },

        summary: '{errors, plural, other {# 個錯誤}}、{warnings, plural, other {# 個警告}}，共 {files, plural, other {# 個檔案}}',
        tooManyWarnings: '警告太多：{warnings, number} 個，而 --max-warnings 只允許 {max, number} 個。',
        junitSuiteName: 'playbook check',
        junitInputProblem: '無法檢查這個檔案。',
        sarifToolName: 'playbook',
        sarifToolFullName: 'Incident Playbooks 檢查工具',

        wouldReformat: '{path}：將會重新格式化',
        reformatted: '{path}：已重新格式化',
        cannotFormat: '{path}：有語法錯誤，保持原樣；請執行 "playbook check {path}" 查看',

        exportNoPlaybook: '{path}：檔案中沒有可匯出的應變手冊',
        exportSeveralPlaybooks: '{path}：檔案中有多份應變手冊（{names}）；請以 --playbook NAME 選擇一份',
        exportUnknownPlaybook: '{path}：這個檔案中沒有應變手冊「{name}」；它包含 {names}',
        exportHasErrors: '{path}：應變手冊有 {errors, plural, other {# 個錯誤}}；請先執行 "playbook check {path}" 並修正後再匯出',

        markdown: {
            title: '# {title}（`{name}`）',
            owner: '- **負責人：** {owner}',
            version: '- **版本：** {version}',
            reviewed: '- **最近審查：** {date}',
            reviewedEvery: '- **最近審查：** {date}，每 {every} 審查一次',
            party: '{kind, select, role {{name}（角色）} person {{name}（人員）} team {{name}（團隊）} rotation {{name}（輪值班表）} other {{name}}}',
            none: '—',
            yes: '是',
            no: '否',
            rolesHeading: '## 角色',
            rolesHeader: ['角色', '名稱', '組別', '關鍵', '擔任者', '備援擔任者', '指派於'],
            assignedBy: { playbook: '這份應變手冊', organisation: '組織', none: '無人' },
            dutiesOf: '`{role}` 的職責：',
            severitiesHeading: '## 嚴重等級',
            severitiesHeader: ['嚴重等級', '名稱', '回應目標時間', '解決目標時間', '升級路徑', '更新頻率', '涵蓋時段'],
            triggersHeading: '## 觸發條件',
            triggerHeading: '### {title}（`{name}`）',
            category: '- **類別：** {category}',
            source: '- **來源：** {source}',
            sourceDetail: '- **來源：** {source}，{detail}',
            criterion: '- **當** {condition} **則為** {severity}',
            otherwise: '- **否則：** {severity}',
            activatedBy: '- **啟動者：** {parties}',
            activatedAutomatically: '- 由警示本身**自動啟動**。',
            triggerEscalation: '- **升級路徑：** {path}',
            escalationsHeading: '## 升級路徑',
            escalationHeading: '### {title}（`{name}`）',
            escalationHeader: ['層級', '間隔', '自開始起', '通知'],
            escalationRepeat: '{times, plural, other {第一輪之後，各層級再執行 # 次。}}',
            escalationThen: '各層級用盡後，升級接續到 `{path}`。',
            channelsHeading: '## 通訊管道',
            channelsHeader: ['通訊管道', '類型', '位址', '負責人', '備援管道', '僅待命'],
            communicationsHeading: '## 通報計畫',
            communicationsHeader: ['通報對象', '管道', '時機', '嚴重等級', '負責人', '範本', '核准者'],
            every: '每 {duration}',
            onEvent: '於 {event} 時',
            allSeverities: '全部',
            stepsHeading: '## 步驟',
            phaseHeading: '### {title}（`{name}`）',
            step: '**{title}**（`{name}`）',
            decision: '**決策：{question}**（`{name}`）',
            stepOwner: '負責人 {owner}',
            stepWithin: '時限 {duration}',
            stepAfter: '在 {names} 之後',
            check: '- [ ] {text}',
            branch: '- {label} → `{target}`',
            reviewHeading: '## 事後檢討',
            reviewTitle: '**{title}**',
            reviewOwner: '- **負責人：** {owner}',
            reviewDue: '- **完成期限：** {duration} 內',
            assess: '- **評估：** {text}',
            followUp: '- **後續追蹤：** {text}',
            kpi: '- **KPI：** {text}',
            drillsHeading: '## 演練',
            drillsHeader: ['類型', '名稱', '頻率', '最近一次'],
            contactsHeading: '## 人員、團隊與輪值班表',
            peopleHeader: ['人員', '姓名', '時區', '聯絡方式'],
            contact: '{kind} {value}',
            teamsHeader: ['團隊', '名稱', '成員'],
            rotationsHeader: ['輪值班表', '名稱', '成員', '交接', '涵蓋時段'],
            handoffEvery: '每 {duration}',
            handoffOn: '於 {day}',
            handoffAt: '於 {time}',
            handoffZone: '（{timezone}）',
            handoffFrom: '自 {date} 起',
            listSeparator: '、',
            clauseSeparator: ' · ',
            generated: '<!-- 由 playbook export {version} 產生；請改為編輯 .playbook 檔案。 -->',
        },

        rulesHeader: { id: '規則', severity: '預設', description: '說明' },
    },
};
