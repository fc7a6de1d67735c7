import * as vscode from 'vscode';
import { clientMessages } from './messages.js';

/** The command of the walkthrough's "Try it on a sample" step. */
export const COPY_SAMPLES_COMMAND = 'playbook.copySamples';

/** Context keys the walkthrough's completion events wait for (package.json `onContext:`). */
const PLAYBOOK_OPENED = 'playbook.walkthrough.playbookOpened';
const ORGANISATION_OPENED = 'playbook.walkthrough.organisationOpened';

/** A definition at the start of a line outside any playbook: what makes a file an organisation file. */
const ORGANISATION_LINE = /^(person|team|rotation|role|assign)\s/m;

/** The folder of the workspace the samples are copied into. */
const SAMPLES_FOLDER = 'playbook-samples';

/**
 * Ticks the walkthrough's steps when a user does what they say: "Write a playbook" when a
 * playbook is open in an editor, "Share people and roles" when an organisation file is.
 */
export function watchWalkthrough(): vscode.Disposable {
    const seen = (document: vscode.TextDocument): void => {
        if (document.languageId !== 'playbook') return;
        void vscode.commands.executeCommand('setContext', PLAYBOOK_OPENED, true);
        if (ORGANISATION_LINE.test(document.getText())) void vscode.commands.executeCommand('setContext', ORGANISATION_OPENED, true);
    };
    vscode.workspace.textDocuments.forEach(seen);
    return vscode.Disposable.from(
        vscode.workspace.onDidOpenTextDocument(seen),
        vscode.workspace.onDidChangeTextDocument(event => seen(event.document)),
    );
}

/** Copies the organisation files and playbooks shipped with the extension into the workspace and opens one. */
export async function copySamples(extensionUri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) {
        void vscode.window.showInformationMessage(clientMessages.samplesNoFolder);
        return;
    }
    const target = vscode.Uri.joinPath(folder, SAMPLES_FOLDER);
    const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
    if (!exists) {
        for (const part of ['org', 'playbooks']) {
            await vscode.workspace.fs.copy(vscode.Uri.joinPath(extensionUri, 'samples', part), vscode.Uri.joinPath(target, part), { overwrite: false });
        }
    }
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(target, 'playbooks', 'service-outage.playbook'));
    await vscode.window.showTextDocument(document, { preview: false });
    void vscode.window.showInformationMessage(exists ? clientMessages.samplesAlreadyThere({ folder: SAMPLES_FOLDER }) : clientMessages.samplesCopied({ folder: SAMPLES_FOLDER }));
}
