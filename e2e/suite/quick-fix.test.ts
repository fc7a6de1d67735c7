// The unassigned-role quick fix through the real client: ranked holders, "Choose…", the edit next to the role.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { codeOf, serverReady, waitForDiagnostics, workspaceRoot } from './helpers.js';

const text = [
    'import "../org/people.playbook"',
    'import "../org/teams.playbook"',
    'import "../org/roles.playbook"',
    '',
    'playbook scratch-fix "Quick fix check" {',
    '  owner commander',
    '  role facilities "Facilities" {',
    '    section logistics',
    '  }',
    '  assign facilities to 設施組 backup 林美玲',
    '  role night-watch "Night watch" {',
    '    section logistics',
    '  }',
    '  phase identify {',
    '    step walk "Walk to the alarm" owner night-watch within 15m',
    '  }',
    '}',
    '',
].join('\n');

describe('quick fixes', () => {
    const uri = (): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), 'scratch', 'quick-fix.playbook');

    before(async () => {
        await serverReady();
        await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(text));
    });
    after(async () => {
        // The fix left the editor dirty: revert it before the file goes, or the server is asked about a file that is gone.
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(uri()).then(undefined, () => undefined);
    });

    it('offers five ranked holders and "Choose…" for an unassigned role, and assigns it next to the role', async () => {
        const document = await vscode.workspace.openTextDocument(uri());
        await vscode.window.showTextDocument(document);
        const [diagnostic] = await waitForDiagnostics(uri(), list => list.some(d => codeOf(d) === 'unassigned-role'), 'the unassigned-role finding')
            .then(list => list.filter(d => codeOf(d) === 'unassigned-role'));
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic!.range, vscode.CodeActionKind.QuickFix.value);
        const titles = actions.map(a => a.title);
        assert.equal(titles.length, 6, titles.join(' | '));
        assert.equal(titles[0], 'Assign "night-watch" to team "設施組"');
        assert.equal(titles[5], 'Choose who holds "night-watch"…');
        assert.equal(actions[5]!.command?.command, 'playbook.chooseFix');
        assert.ok(await vscode.workspace.applyEdit(actions[0]!.edit!));
        const expected = ['  role night-watch "Night watch" {', '    section logistics', '  }', '  assign night-watch to 設施組', '  phase identify {'].join('\n');
        assert.ok(document.getText().includes(expected), document.getText());
    });
});
