import { defineMessages } from '../../l10n/src/index.js';
import { clientMessagesPl } from './messages.pl.js';
import { clientMessagesZhTw } from './messages.zh-TW.js';

/**
 * Every user-facing string of the VS Code extension's code, as ICU MessageFormat templates
 * (docs/l10n.md); the manifest's strings are in package.nls*.json, the runner's in
 * runner/src/playbook-runner-strings.ts. Formatted in VS Code's display language (extension.ts
 * sets the active locale from `vscode.env.language`).
 */
export const clientMessagesSource = {
    runnerPanelTitle: 'Run: {playbook}',
    runNoPlaybook: 'Open a .playbook file (or use the "Run playbook" code lens) to run a playbook.',
    runServerNotReady: 'The playbook language server is not running, so the playbook cannot be read.',
    runModelError: 'The playbook cannot be run: {message}',
    runStorageProblem: 'The saved run could not be read ({problem}). It was kept aside under "{key}" and a fresh store was started.',
    exportSaved: 'Timeline saved to {file}.',
    exportFailed: 'The timeline could not be saved to {file}: {message}',
    copied: 'Copied {text}.',
    runMessageRefused: 'The runner sent a message that is not what the extension expects ({problem}); it was refused and nothing was saved.',
    runFolderSettingWrong: 'The setting {setting} must be a folder inside the workspace (text), not {value}; runs are kept in "{folder}".',
    runStoreFileProblem: 'The run file {file} cannot be used ({problem}); it is left as it is and runs are kept in the workspace state only.',
    runRecordWritten: 'Run record written to {file} (with its JSON beside it).',
    runRecordFailed: 'The run record could not be written: {message}',
    runRecordNoFolder: 'Open a folder to write run records into it; the timeline can still be exported.',
    drillNotFound: 'The playbook has no "drill {kind}" line to record the date on.',
    drillRecorded: 'The "{kind}" drill is recorded as done on {date}: review the change and save the playbook.',
    liveUpdateFailed: 'The playbook changed but could not be read again ({message}); the runner keeps the last good version.',
    samplesNoFolder: 'Open a folder first: the samples are copied into the workspace folder.',
    samplesCopied: 'The sample playbooks and organisation files were copied to {folder}.',
    samplesAlreadyThere: '{folder} already exists, so nothing was copied; it is open.',
    serverRestartingConfigFile: 'Restarting the language server: the setting playbook.configFile changed.',
    serverRestartingFolders: 'Restarting the language server: the workspace folders changed.',
    serverRestartingTrust: 'Restarting the language server: the workspace is now trusted, so the setting playbook.configFile applies.',
    serverRestartingCommand: 'Restarting the language server: asked for with the command Restart Language Server.',
    serverRestartFailed: 'The language server could not be restarted: {message}',
    diagramNoPlaybook: 'Open a .playbook file to see its diagram.',
    diagramPanelTitle: 'Diagram: {playbook}',
    diagramModelError: 'The playbook cannot be drawn: {message}',
} as const;

export const clientMessages = defineMessages('client', clientMessagesSource, { 'zh-TW': clientMessagesZhTw, pl: clientMessagesPl });
