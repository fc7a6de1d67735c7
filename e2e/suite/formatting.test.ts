// Formatting through the real client: a sample with its layout destroyed formats back to the
// same text as the intact sample, and formatting that result again changes nothing.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { sampleUri, serverReady, workspaceRoot } from './helpers.js';

const options: vscode.FormattingOptions = { tabSize: 2, insertSpaces: true };

/** Formats the text as a file of the workspace and returns the formatted text. */
async function format(name: string, text: string): Promise<{ text: string; edits: number }> {
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'scratch', name);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const document = await vscode.workspace.openTextDocument(uri);
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', uri, options) ?? [];
    // Apply from the end so that earlier offsets stay valid.
    const sorted = [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start));
    let result = document.getText();
    for (const edit of sorted) {
        result = result.slice(0, document.offsetAt(edit.range.start)) + edit.newText + result.slice(document.offsetAt(edit.range.end));
    }
    return { text: result, edits: edits.length };
}

/**
 * The sample with every line's indentation removed and blanks added at the end of lines. Not
 * after comments: their trailing blanks belong to the comment's text, which formatting keeps.
 */
function destroyLayout(text: string): string {
    return text.split('\n').map(line => {
        const bare = line.trimStart();
        return bare === '' || bare.includes('//') ? bare : `${bare}   `;
    }).join('\n');
}

describe('formatting', () => {
    before(serverReady);
    after(async () => {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'scratch', 'format-intact.playbook')).then(undefined, () => undefined);
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'scratch', 'format-broken.playbook')).then(undefined, () => undefined);
        await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), 'scratch', 'format-again.playbook')).then(undefined, () => undefined);
    });

    it('restores the canonical layout and is idempotent', async () => {
        const sample = new TextDecoder().decode(await vscode.workspace.fs.readFile(sampleUri('playbooks/service-outage.playbook')));
        const broken = destroyLayout(sample);
        const canonical = await format('format-intact.playbook', sample);
        const repaired = await format('format-broken.playbook', broken);
        assert.ok(repaired.edits > 0, 'The formatter proposed no edit for a file with no indentation.');
        assert.equal(repaired.text, canonical.text);
        assert.match(repaired.text, /\n {2}\S/, 'The formatted text has no indented line.');
        const again = await format('format-again.playbook', repaired.text);
        assert.equal(again.text, repaired.text, 'Formatting twice changed the text again.');
    });
});
