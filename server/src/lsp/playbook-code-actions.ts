import type { AstReflection, IndexManager, LangiumDocument, LangiumDocuments } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import type { PlaybookLspServices } from './playbook-lsp-module.js';
import type { RuleFindingData } from '../validation/playbook-rule-report.js';
import { assignRoleFixes } from './code-actions/playbook-assign-role-fix.js';
import { channelOwnerFixes } from './code-actions/playbook-channel-owner-fix.js';
import { createDefinitionFix } from './code-actions/playbook-create-definition-fix.js';
import { createEscalationFix } from './code-actions/playbook-escalation-fix.js';
import { codeOf, FIX_ALL_KIND, fixAll, fixAllOfKind } from './code-actions/playbook-fix-all.js';
import { removeUnusedFix } from './code-actions/playbook-remove-unused-fix.js';

/**
 * Quick fixes for the validator's findings, chosen by diagnostic code, with "Fix all of this
 * kind in the file" and `source.fixAll.playbook` (for `editor.codeActionsOnSave`). Each fix
 * lives in its own module under code-actions/ and returns ready edits; this class only dispatches.
 */
export class PlaybookCodeActionProvider implements CodeActionProvider {
    private readonly index: IndexManager;
    private readonly reflection: AstReflection;
    private readonly documents: LangiumDocuments;

    constructor(services: PlaybookLspServices) {
        this.index = services.shared.workspace.IndexManager;
        this.reflection = services.shared.AstReflection;
        this.documents = services.shared.workspace.LangiumDocuments;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): Array<Command | CodeAction> {
        const all = document.diagnostics ?? [];
        const fixesFor = (diagnostic: Diagnostic) => this.fixesFor(document, diagnostic);
        const only = params.context.only;
        if (only && !only.some(kind => kind === CodeActionKind.QuickFix || kind === CodeActionKind.Empty)) {
            // A source action only: the one the client asked for, e.g. on save.
            const wanted = only.some(kind => FIX_ALL_KIND.startsWith(kind) || kind === CodeActionKind.Source);
            const action = wanted ? fixAll(all, fixesFor) : undefined;
            return action ? [action] : [];
        }
        const actions: CodeAction[] = [];
        const kinds = new Set<string>();
        for (const diagnostic of params.context.diagnostics) {
            actions.push(...fixesFor(diagnostic));
            const code = codeOf(diagnostic);
            const ofKind = code && !kinds.has(code) ? fixAllOfKind(diagnostic, all, fixesFor) : undefined;
            if (code && ofKind) {
                kinds.add(code);
                actions.push(ofKind);
            }
        }
        return actions;
    }

    private fixesFor(document: LangiumDocument, diagnostic: Diagnostic): CodeAction[] {
        const data = diagnostic.data as Partial<RuleFindingData> | undefined;
        switch (codeOf(diagnostic)) {
            case 'unassigned-role':
                return data?.name ? assignRoleFixes(document, diagnostic, data.name, { index: this.index, documents: this.documents }) : [];
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
