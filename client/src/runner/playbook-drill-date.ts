/**
 * Records a drill's date in the playbook: `drill tabletop "…" every 90d last 2026-11-12` gets
 * today's date as its `last`, or a `last` when it had none. A text edit of the one line, so the
 * rest of the file (comments, layout) is untouched; the edit is left unsaved for review.
 */
import * as vscode from 'vscode';
import { clientMessages } from '../messages.js';
import { drillDateEdit, today } from './playbook-drill-line.js';

/** Applies the edit to the playbook's document and shows it; says so when the drill is not found. */
export async function recordDrillDate(documentUri: string, kind: string): Promise<void> {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(documentUri));
    const edit = drillDateEdit(document.getText(), kind, today());
    if (!edit) {
        void vscode.window.showWarningMessage(clientMessages.drillNotFound({ kind }));
        return;
    }
    const workspaceEdit = new vscode.WorkspaceEdit();
    const start = document.positionAt(edit.offset);
    workspaceEdit.replace(document.uri, new vscode.Range(start, document.positionAt(edit.offset + edit.length)), edit.insert);
    await vscode.workspace.applyEdit(workspaceEdit);
    await vscode.window.showTextDocument(document, { preview: false, selection: new vscode.Range(start, document.positionAt(edit.offset + edit.insert.length)) });
    void vscode.window.showInformationMessage(clientMessages.drillRecorded({ kind, date: today() }));
}
