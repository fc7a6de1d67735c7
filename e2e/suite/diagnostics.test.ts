// Every file of samples/invalid/ shows its problem in the editor, with the code rules and docs key on.
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import * as vscode from 'vscode';
import { codeOf, sampleUri, serverReady, waitForDiagnostics, workspaceRoot } from './helpers.js';

/** Syntax and linking samples are named after the problem; rule samples after the rule id, which is their code. */
const syntaxCodes: Record<string, string> = {
    'parse-error.playbook': 'parsing-error',
    'missing-brace.playbook': 'parsing-error',
    'unexpected-character.playbook': 'lexing-error',
    'unresolved-reference.playbook': 'linking-error',
    'unresolved-import.playbook': 'unresolved-import',
    'invalid-date.playbook': 'invalid-date',
};

/** The code a sample must show: its syntax code, or its own name for a rule sample. */
function expectedCode(file: string): string {
    return syntaxCodes[file] ?? file.replace(/\.playbook$/, '');
}

describe('diagnostics of samples/invalid', () => {
    before(serverReady);

    const invalidFolder = vscode.Uri.joinPath(workspaceRoot(), 'invalid').fsPath;
    const files = readdirSync(invalidFolder).filter(file => file.endsWith('.playbook')).sort();

    it('has samples to check', () => {
        assert.ok(files.length >= Object.keys(syntaxCodes).length, `Only ${files.length} samples in ${invalidFolder}.`);
    });

    for (const file of files) {
        const code = expectedCode(file);
        it(`${file} shows a located ${code} diagnostic`, async () => {
            const uri = sampleUri(`invalid/${file}`);
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
            // The workspace is built (serverReady): what the server published for the file is final.
            const diagnostics = await waitForDiagnostics(uri, all => all.length > 0, `the diagnostics of ${file}`);
            const diagnostic = diagnostics.find(d => codeOf(d) === code);
            assert.ok(diagnostic, `${file} has no diagnostic with the code ${code}; it has: ${diagnostics.map(d => `${codeOf(d) ?? '(no code)'} "${d.message}"`).join('; ')}.`);
            assert.ok(diagnostic.message.length > 20, `The message "${diagnostic.message}" says too little.`);
            // Comments open every sample: a real problem never sits on line 1.
            assert.ok(diagnostic.range.start.line > 0, `The ${code} diagnostic of ${file} is not located: ${JSON.stringify(diagnostic.range)}.`);
            if (Object.hasOwn(syntaxCodes, file)) {
                assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
            }
        });
    }
});
