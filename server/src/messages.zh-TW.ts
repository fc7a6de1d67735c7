import type { Translation } from '../../l10n/src/index.js';
import type { serverMessagesSource } from './messages.js';

export const serverMessagesZhTw: Translation<typeof serverMessagesSource> = {
    messages: {
        unresolvedImport: '找不到匯入的檔案「{path}」。請檢查路徑：它是相對於這個檔案的路徑。',
        importOutsideWorkspace: '匯入的檔案「{path}」在工作區之外。請把它移進工作區，或複製您需要的內容。',
        invalidDate: '「{text}」不是日曆上的日期。日期請寫成 YYYY-MM-DD，例如 2026-10-01。',
    },
    codeTexts: {
        'lexing-error': {
            title: '非預期的字元',
            shortDescription: '檔案中有一個字元，語言中沒有任何字詞能以它開頭。',
            fullDescription: '名稱使用字母、數字、"_" 與 "-"；文字內容請放在 "雙引號" 中。該行其餘部分會盡量讀取，但該字元之後的內容都不可靠。',
        },
        'parsing-error': {
            title: '語法錯誤',
            shortDescription: '文字不符合語言的文法：少了字詞、多了字詞或位置錯誤。',
            fullDescription: '訊息會以文字說明預期的內容（「`then` 之後的嚴重等級」），常見的失誤也會說明應該怎麼寫。無法剖析的區塊不會執行規則。',
        },
        'linking-error': {
            title: '未定義的名稱',
            shortDescription: '名稱沒有對應到這個檔案、其匯入檔案或組織檔案中定義的任何東西。',
            fullDescription: '每個參照（角色、人員、團隊、輪值班表、嚴重等級、通訊管道、升級路徑、步驟）都必須指向一個定義。請檢查拼字，或加以定義。',
        },
        'unresolved-import': {
            title: '無法解析的匯入',
            shortDescription: '`import` 指定的檔案不在工作區中。',
            fullDescription: '匯入路徑相對於匯入它的檔案。遺失檔案中的定義無法使用，因此對它們的參照也會被回報。',
        },
        'import-outside-workspace': {
            title: '匯入工作區以外的檔案',
            shortDescription: '`import` 指定的檔案在工作區之外。',
            fullDescription: '應變手冊只能匯入自己工作區中的檔案，這樣檢查它時就絕不會讀取電腦上的其他檔案。',
        },
        'invalid-date': {
            title: '無效的日期',
            shortDescription: '日期格式為 YYYY-MM-DD，但不是日曆上存在的日子（2026-02-30）。',
            fullDescription: '日期（審查、演練、交接）寫成 YYYY-MM-DD，且必須存在於日曆上，否則依日期判斷的規則無法計算何時到期。',
        },
        'file-too-large': {
            title: '檔案太大',
            shortDescription: '檔案超過應變手冊檔案可讀取的 10 MB 上限。',
            fullDescription: '較大的檔案完全不會被讀取，無論在編輯器或 CI 中，以免單一檔案耗費數分鐘與數 GB。請把它拆成較小的檔案。',
        },
        'invalid-config': {
            title: '無效的設定',
            shortDescription: 'playbook.config.yaml 有錯誤：無效的 YAML、未知的鍵、規則或選項，或錯誤的值。',
            fullDescription: 'CLI 會以結束代碼 2 停止，編輯器會在設定檔上顯示問題，這樣拼錯的規則 id 就絕不會悄悄改變檢查的內容。',
        },
    },
    tokenDescriptions: {
        ID: '名稱',
        STRING: '加引號的字串',
        DURATION: '時間長度，例如 10m 或 1h30m',
        DATE: '日期，例如 2026-10-01',
        TIME: '時間，例如 09:00',
        INT: '數字',
    },
    syntaxMessages: {
        expectedButFound: '預期為{expected}，但找到 {found}。',
        expectedOneOfButFound: '預期為下列之一：{expected}，但找到 {found}。',
        expectedEndButFound: '預期檔案結束，但找到 {found}。是否少了或多了一個大括號「\'}\'」？',
        found: '「{image}」',
        foundEnd: '檔案結尾',
        unexpectedCharacters: '非預期的字元「{text}」。名稱使用字母、數字、"_" 與 "-"；文字內容請放在 "雙引號" 中。',
        listSeparator: '、',
        durationRange: '「{text}」是一個範圍，而時間長度只有一個值：請選一個時間長度，例如「{first}」。',
        durationNeedsUnit: '時間長度要緊接單位：請寫「{number}m」（或 h、d、w、s）。在語言允許之處，工作時間寫成「{number} business-days」。',
        oneOwner: '這裡只能有一個負責人，但後面還有 {found}。若要分擔工作，請讓團隊擔任負責人，或以 "assign <角色> to <擔任者> backup <擔任者>" 為角色加上備援擔任者。',
        commaNotAnd: '項目之間請用逗號（"alice, bob"），而不是 "and"。',
    },
    referenceKinds: {
        Person: '人員',
        Team: '團隊',
        Rotation: '輪值班表',
        Role: '角色',
        Holder: '人員、團隊或輪值班表',
        Party: '人員、團隊、輪值班表或角色',
        Severity: '嚴重等級',
        EscalationPath: '升級路徑',
        Channel: '通訊管道',
        FlowItem: '步驟或決策點',
        Recipient: '通報對象、人員、團隊、輪值班表或角色',
        Measure: '指標',
        Parameter: '參數',
    },
    linkingMessages: {
        undefinedName: '這裡或組織檔案中都沒有定義名為「{name}」的{kind}。請檢查拼字，或加以定義。',
    },
    robustnessMessages: {
        documentTooLarge: '這個檔案有 {megabytes} MB；應變手冊檔案最多讀取 {limit} MB，所以沒有檢查。請把它拆成較小的檔案。',
        tooManySyntaxErrors: '這個檔案連續有數千個語法錯誤（例如一個區塊被開啟了數千次），所以沒有讀取。請從頂端開始修正，或復原上一次貼上。',
    },
    settingsMessages: {
        wrongKind: '設定 {setting} 應為{expected}，而不是{actual}。在修正之前會忽略它並使用預設值。',
        kinds: { string: '文字', boolean: 'true 或 false', number: '數字', array: '清單', object: '物件', null: '空值' },
    },
};
