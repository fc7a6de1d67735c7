import type { LangiumDocument } from 'langium';
import type { CodeLensProvider, LangiumServices } from 'langium/lsp';
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import { isDocument, type Playbook } from '../language/generated/ast.js';
import { codeLensMessages } from '../messages.js';
import { RUN_PLAYBOOK_COMMAND, type RunPlaybookArguments } from '../../../protocol/src/playbook-commands.js';
import { roleHoldersOf, type PlaybookRoleHolders } from '../workspace/playbook-role-holders.js';
import { playbookSummary } from './playbook-summary.js';

/**
 * Two lenses above each playbook: "Run playbook" (the client opens the step-through runner)
 * and a summary of steps, roles and roles nobody holds, which a reviewer wants at a glance.
 */
export class PlaybookCodeLensProvider implements CodeLensProvider {
    private readonly holders: PlaybookRoleHolders;

    constructor(services: LangiumServices) {
        this.holders = roleHoldersOf(services.shared);
    }

    /** The server answers once the whole workspace is linked (PLAYBOOK_SERVICE_REQUIREMENTS): holders live in other files. */
    provideCodeLens(document: LangiumDocument, _params: CodeLensParams): CodeLens[] {
        const root = document.parseResult.value;
        if (!isDocument(root)) {
            return [];
        }
        return root.elements
            .filter((e): e is Playbook => e.$type === 'Playbook')
            .flatMap(playbook => this.lenses(document, playbook));
    }

    private lenses(document: LangiumDocument, playbook: Playbook): CodeLens[] {
        const cst = playbook.$cstNode;
        if (!cst || !playbook.name) {
            return [];
        }
        const line = cst.range.start.line;
        const range = { start: { line, character: 0 }, end: { line, character: 0 } };
        const args: RunPlaybookArguments = [document.uri.toString(), playbook.name];
        const summary = playbookSummary(playbook, this.holders);
        const title = summary.unassigned.length === 0
            ? codeLensMessages.summary({ steps: summary.steps, roles: summary.roles })
            : codeLensMessages.summaryWithUnassigned({
                steps: summary.steps, roles: summary.roles, unassigned: summary.unassigned.length, names: summary.unassigned.join(', '),
            });
        return [
            { range, command: { title: codeLensMessages.runPlaybook, command: RUN_PLAYBOOK_COMMAND, arguments: args } },
            // A lens with an empty command id is shown as plain text and does nothing when clicked.
            { range, command: { title, command: '' } },
        ];
    }
}
