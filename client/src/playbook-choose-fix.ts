import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ChooseFixArguments } from '../../protocol/src/playbook-commands.js';

/**
 * `playbook.chooseFix`: the "Choose…" entry of a quick fix with more choices than the light
 * bulb shows. A picker over the server's items; the chosen item's edit is applied as one undo step.
 */
export async function chooseFix(client: LanguageClient, choice: ChooseFixArguments): Promise<void> {
    const picked = await vscode.window.showQuickPick(
        choice.items.map(item => ({ label: item.label, description: item.description, item })),
        { placeHolder: choice.placeHolder, matchOnDescription: true },
    );
    if (picked) {
        await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(picked.item.edit));
    }
}
