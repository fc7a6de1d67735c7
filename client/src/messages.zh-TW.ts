import type { Translation } from '../../l10n/src/index.js';
import type { clientMessagesSource } from './messages.js';

/** The extension's messages in Traditional Chinese (terms: docs/l10n.md). */
export const clientMessagesZhTw: Translation<typeof clientMessagesSource> = {
    runnerPanelTitle: '執行：{playbook}',
    runNoPlaybook: '請開啟 .playbook 檔案（或使用「執行應變手冊」CodeLens）來執行應變手冊。',
    runServerNotReady: '應變手冊語言伺服器未在執行，因此無法讀取應變手冊。',
    runModelError: '無法執行此應變手冊：{message}',
    runStorageProblem: '無法讀取已儲存的執行紀錄（{problem}）。它已另存於「{key}」，並已建立新的儲存區。',
    exportSaved: '時間軸已儲存至 {file}。',
    exportFailed: '無法將時間軸儲存至 {file}：{message}',
    copied: '已複製 {text}。',
    runMessageRefused: '執行面板送出的訊息不符合擴充功能的預期（{problem}）；已拒絕該訊息，未儲存任何內容。',
    runFolderSettingWrong: '設定 {setting} 必須是工作區內的資料夾（文字），而不是 {value}；執行紀錄會保存在「{folder}」。',
    runStoreFileProblem: '無法使用執行檔案 {file}（{problem}）；檔案保持原狀，執行紀錄只保存在工作區狀態中。',
    runRecordWritten: '執行紀錄已寫入 {file}（旁邊附有其 JSON）。',
    runRecordFailed: '無法寫入執行紀錄：{message}',
    runRecordNoFolder: '請開啟資料夾，才能將執行紀錄寫入其中；時間軸仍可匯出。',
    drillNotFound: '此應變手冊沒有可記錄日期的「drill {kind}」行。',
    drillRecorded: '「{kind}」演練已記錄為於 {date} 完成：請檢查變更並儲存應變手冊。',
    liveUpdateFailed: '應變手冊已變更，但無法重新讀取（{message}）；執行面板保留最後一個正確的版本。',
    samplesNoFolder: '請先開啟資料夾：範例會複製到工作區資料夾中。',
    samplesCopied: '範例應變手冊與組織檔案已複製到 {folder}。',
    samplesAlreadyThere: '{folder} 已存在，因此未複製任何內容；已將其開啟。',
    serverRestartingConfigFile: '正在重新啟動語言伺服器：設定 playbook.configFile 已變更。',
    serverRestartingFolders: '正在重新啟動語言伺服器：工作區資料夾已變更。',
    serverRestartingTrust: '正在重新啟動語言伺服器：工作區現已受信任，因此套用設定 playbook.configFile。',
    serverRestartingCommand: '正在依「重新啟動語言伺服器」命令重新啟動語言伺服器。',
    serverRestartFailed: '無法重新啟動語言伺服器：{message}',
    diagramNoPlaybook: '請開啟 .playbook 檔案以檢視其圖表。',
    diagramPanelTitle: '圖表：{playbook}',
    diagramModelError: '無法繪製此應變手冊：{message}',
};
