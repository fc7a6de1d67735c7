// The extension is lazy: nothing starts until a .playbook file is opened.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, sampleUri, waitForDiagnostics } from './helpers.js';

describe('activation', () => {
    it('activates when a .playbook file opens and starts the language server', async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `The extension ${EXTENSION_ID} is not installed in this editor.`);
        assert.equal(extension.isActive, false, 'The extension was active before any .playbook file was opened.');

        const uri = sampleUri('invalid/unresolved-reference.playbook');
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(document);
        assert.equal(document.languageId, 'playbook');

        // Diagnostics can only come from the language server, which only the activated extension starts.
        await waitForDiagnostics(uri, diagnostics => diagnostics.some(d => d.message.includes('night-watch')), 'the unresolved reference to night-watch');
        assert.equal(extension.isActive, true);
    });
});
