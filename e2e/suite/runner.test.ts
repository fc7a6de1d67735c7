// The runner: the code lens offers it above the playbook and the command opens its panel beside the editor.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { openSample, positionOf, serverReady, waitFor } from './helpers.js';

const RUN_COMMAND = 'playbook.runPlaybook';

/** Every webview tab open in the window. */
function webviewTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap(group => group.tabs).filter(tab => tab.input instanceof vscode.TabInputWebview);
}

describe('runner', () => {
    before(serverReady);
    after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    it('shows a "Run playbook" code lens above the playbook', async () => {
        const { document } = await openSample('playbooks/data-breach.playbook');
        const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10);
        const run = lenses.find(lens => lens.command?.command === RUN_COMMAND);
        assert.ok(run, `No code lens runs ${RUN_COMMAND}; lenses: ${JSON.stringify(lenses.map(lens => lens.command?.title))}.`);
        assert.match(run.command!.title, /Run playbook/i);
        assert.equal(run.range.start.line, positionOf(document, 'playbook data-breach').line);
    });

    it('opens the runner panel beside the editor', async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        const editor = await openSample('playbooks/data-breach.playbook');
        const commands = await vscode.commands.getCommands(true);
        assert.ok(commands.includes(RUN_COMMAND), `The command ${RUN_COMMAND} is not registered.`);

        const opened = waitFor('the runner panel', () => webviewTabs()[0], vscode.window.tabGroups.onDidChangeTabs);
        await vscode.commands.executeCommand(RUN_COMMAND);
        const tab = await opened;
        assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'The runner opened over the playbook instead of beside it.');
        assert.match(tab.label, /data breach|data-breach/i, `The panel's title "${tab.label}" does not name the playbook.`);
    });
});
