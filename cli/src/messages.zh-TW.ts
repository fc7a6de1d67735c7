import type { Translation } from '../../l10n/src/index.js';
import type { cliMessagesSource } from './messages.js';

export const cliMessagesZhTw: Translation<typeof cliMessagesSource> = {
    messages: {
        unknownCommand: '未知的指令「{command}」。請執行 "playbook --help" 查看指令清單。',
        unknownCommandHint: '未知的指令「{command}」。您是指「{suggestion}」嗎？請執行 "playbook --help" 查看指令清單。',
        unknownOption: '未知的選項「{option}」。請執行 "playbook {command} --help" 查看選項。',
        unknownOptionHint: '未知的選項「{option}」。您是指「{suggestion}」嗎？請執行 "playbook {command} --help" 查看選項。',
        missingValue: '選項「{option}」需要一個值，例如 "{option} 值"。',
        unexpectedValue: '選項「{option}」不接受值。',
        badChoice: '「{value}」不是 {option} 的有效值。請使用下列之一：{choices}。',
        badChoiceHint: '「{value}」不是 {option} 的有效值。您是指「{suggestion}」嗎？請使用下列之一：{choices}。',
        pathNotFound: '{path}：沒有這個檔案或資料夾',
        noPlaybooks: '{path}：找不到 *.playbook 檔案',
        noMatches: '{pattern}：沒有 *.playbook 檔案符合這個模式',
        unreadable: '{path}：無法讀取檔案（{reason}）',
        configNotFound: '{path}：設定檔不存在',
        summary: '{errors, plural, other {# 個錯誤}}、{warnings, plural, other {# 個警告}}，共 {files, plural, other {# 個檔案}}',
        tooManyWarnings: '警告太多：{warnings} 個，而 --max-warnings 只允許 {max} 個。',
        junitInputProblem: '無法檢查這個檔案。',
        sarifToolFullName: 'Incident Playbooks 檢查工具',
        wouldReformat: '{path}：將會重新格式化',
        reformatted: '{path}：已重新格式化',
        cannotFormat: '{path}：有語法錯誤，保持原樣；請執行 "playbook check {path}" 查看',
    },
};
