/** Every user-facing string of the VS Code extension (the runner's UI strings live in runner/src/playbook-runner-strings.ts). */
export const clientMessages = {
    runnerPanelTitle: (p: { playbook: string }) => `Run: ${p.playbook}`,
    runNoPlaybook: 'Open a .playbook file (or use the "Run playbook" code lens) to run a playbook.',
    runServerNotReady: 'The playbook language server is not running, so the playbook cannot be read.',
    runModelError: (p: { message: string }) => `The playbook cannot be run: ${p.message}`,
    runStorageProblem: (p: { problem: string; key: string }) =>
        `The saved run could not be read (${p.problem}). It was kept aside under "${p.key}" and a fresh store was started.`,
    exportSaved: (p: { file: string }) => `Timeline saved to ${p.file}.`,
    exportFailed: (p: { file: string; message: string }) => `The timeline could not be saved to ${p.file}: ${p.message}`,
    copied: (p: { text: string }) => `Copied ${p.text}.`,
    runMessageRefused: (p: { problem: string }) => `The runner sent a message that is not what the extension expects (${p.problem}); it was refused and nothing was saved.`,
    runFolderSettingWrong: (p: { setting: string; value: string; folder: string }) =>
        `The setting ${p.setting} must be a folder inside the workspace (text), not ${p.value}; runs are kept in "${p.folder}".`,
    runStoreFileProblem: (p: { file: string; problem: string }) => `The run file ${p.file} cannot be used (${p.problem}); it is left as it is and runs are kept in the workspace state only.`,
    runRecordWritten: (p: { file: string }) => `Run record written to ${p.file} (with its JSON beside it).`,
    runRecordFailed: (p: { message: string }) => `The run record could not be written: ${p.message}`,
    runRecordNoFolder: 'Open a folder to write run records into it; the timeline can still be exported.',
    drillNotFound: (p: { kind: string }) => `The playbook has no "drill ${p.kind}" line to record the date on.`,
    drillRecorded: (p: { kind: string; date: string }) => `The "${p.kind}" drill is recorded as done on ${p.date}: review the change and save the playbook.`,
    liveUpdateFailed: (p: { message: string }) => `The playbook changed but could not be read again (${p.message}); the runner keeps the last good version.`,
    samplesNoFolder: 'Open a folder first: the samples are copied into the workspace folder.',
    samplesCopied: (p: { folder: string }) => `The sample playbooks and organisation files were copied to ${p.folder}.`,
    samplesAlreadyThere: (p: { folder: string }) => `${p.folder} already exists, so nothing was copied; it is open.`,
} as const;
