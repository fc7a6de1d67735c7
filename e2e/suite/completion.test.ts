// Completion through the real client: after a step's `owner`, only roles are offered.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { serverReady, workspaceRoot } from './helpers.js';

const scratchText = [
    '// A step whose owner is being typed.',
    'playbook scratch-completion "Completion check" {',
    '  phase first "First" {',
    '    step begin "Begin" owner ',
    '  }',
    '}',
    '',
].join('\n');

describe('completion', () => {
    const uri = (): vscode.Uri => vscode.Uri.joinPath(workspaceRoot(), 'scratch', 'completion.playbook');

    before(async () => {
        await serverReady();
        await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(scratchText));
    });
    after(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(uri()).then(undefined, () => undefined);
    });

    it('offers the roles of the organisation after `owner ` and no people', async () => {
        const document = await vscode.workspace.openTextDocument(uri());
        await vscode.window.showTextDocument(document);
        const position = new vscode.Position(3, '    step begin "Begin" owner '.length);
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
        const labels = list.items.map(item => (typeof item.label === 'string' ? item.label : item.label.label));
        for (const role of ['commander', 'deputy', 'tech-lead', 'comms', 'scribe', 'problem-manager']) {
            assert.ok(labels.includes(role), `Role "${role}" is not offered; offered: ${labels.join(', ')}.`);
        }
        for (const person of ['alice', 'piotr', 'dana']) {
            assert.ok(!labels.includes(person), `Person "${person}" is offered where only roles fit.`);
        }
        // Everything offered must be a role: no snippet (the server offers snippets only where their
        // keyword may stand, and the manifest contributes none), no keyword, no word from the file.
        const roles = new Set(['commander', 'deputy', 'tech-lead', 'comms', 'scribe', 'problem-manager']);
        const others = list.items
            .map(item => (typeof item.label === 'string' ? item.label : item.label.label))
            .filter(label => !roles.has(label));
        assert.deepEqual(others, [], 'Items other than roles are offered after `owner `.');
    });
});
