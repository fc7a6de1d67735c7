import type { IndexManager, LangiumDocument, AstReflection } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Diagnostic } from 'vscode-languageserver';
import type { PlaybookLspServices } from './playbook-lsp-module.js';
import type { RuleFindingData } from '../validation/playbook-rule-report.js';
import { assignRoleFixes } from './code-actions/playbook-assign-role-fix.js';
import { channelOwnerFixes } from './code-actions/playbook-channel-owner-fix.js';
import { createDefinitionFix } from './code-actions/playbook-create-definition-fix.js';
import { createEscalationFix } from './code-actions/playbook-escalation-fix.js';
import { removeUnusedFix } from './code-actions/playbook-remove-unused-fix.js';

/**
 * Quick fixes for the validator's findings, chosen by diagnostic code. Each fix lives in its
 * own module under code-actions/ and returns ready edits; this class only dispatches.
 */
export class PlaybookCodeActionProvider implements CodeActionProvider {
    private readonly index: IndexManager;
    private readonly reflection: AstReflection;

    constructor(services: PlaybookLspServices) {
        this.index = services.shared.workspace.IndexManager;
        this.reflection = services.shared.AstReflection;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        return params.context.diagnostics.flatMap(diagnostic => this.fixesFor(document, diagnostic));
    }

    private fixesFor(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const data = diagnostic.data as Partial<RuleFindingData> | undefined;
        switch (diagnostic.code ?? data?.code) {
            case 'unassigned-role':
                return data?.name ? assignRoleFixes(document, diagnostic, data.name, this.index) : [];
            case 'missing-escalation':
                return createEscalationFix(document, diagnostic, this.index);
            case 'channel-owner':
                return channelOwnerFixes(document, diagnostic, this.index);
            case 'linking-error':
                return createDefinitionFix(document, diagnostic, this.reflection);
            case 'unused-definition':
                return removeUnusedFix(document, diagnostic);
            default:
                return [];
        }
    }
}
