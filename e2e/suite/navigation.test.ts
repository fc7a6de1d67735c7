// Hover and go-to-definition across files: data-breach.playbook refers to roles of org/roles.playbook.
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { hoverText, openSample, positionOf, serverReady, workspaceRoot } from './helpers.js';

/** The step line whose `owner commander` refers to the shared role. */
const stepLine = '"Confirm the event through two independent channels" owner commander';

describe('hover and definition', () => {
    let document: vscode.TextDocument;
    let onCommander: vscode.Position;

    before(async () => {
        await serverReady();
        document = (await openSample('playbooks/data-breach.playbook')).document;
        onCommander = positionOf(document, stepLine, stepLine.length - 3);
    });

    it('hover on a role shows its title, duties, section, aliases, holder and backup', async () => {
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, onCommander);
        const text = hoverText(hovers);
        assert.match(text, /Incident commander/, `Hover lacks the role's title: ${text}`);
        assert.match(text, /Owns every duty not yet delegated/, `Hover lacks the role's duties: ${text}`);
        assert.match(text, /\bcommand\b/, `Hover lacks the role's ICS section: ${text}`);
        assert.match(text, /Incident manager/, `Hover lacks the role's aliases: ${text}`);
        assert.match(text, /alice|Alice Nowak/, `Hover lacks the holder: ${text}`);
        assert.match(text, /piotr|Piotr Wiśniewski/, `Hover lacks the backup: ${text}`);
    });

    it('go to definition jumps to the role in org/roles.playbook', async () => {
        const answer = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>('vscode.executeDefinitionProvider', document.uri, onCommander);
        assert.equal(answer.length, 1, `Expected one definition, got ${JSON.stringify(answer)}.`);
        const target = answer[0]!;
        const uri = 'targetUri' in target ? target.targetUri : target.uri;
        const range = 'targetUri' in target ? (target.targetSelectionRange ?? target.targetRange) : target.range;
        const roles = vscode.Uri.joinPath(workspaceRoot(), 'org', 'roles.playbook');
        assert.equal(uri.toString(), roles.toString());
        const rolesDocument = await vscode.workspace.openTextDocument(roles);
        assert.equal(range.start.line, positionOf(rolesDocument, 'role commander').line);
    });
});
