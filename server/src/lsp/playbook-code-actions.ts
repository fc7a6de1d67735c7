import type { AstReflection, LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic } from 'vscode-languageserver';
import type { PlaybookLspServices } from './playbook-lsp-module.js';
import type { RuleFindingData } from '../validation/playbook-rule-report.js';
import { assignRoleFixes } from './code-actions/playbook-assign-role-fix.js';
import { channelBackupFixes, noBackupFixes } from './code-actions/playbook-backup-fixes.js';
import { channelOwnerFixes } from './code-actions/playbook-channel-owner-fix.js';
import { createDefinitionFix } from './code-actions/playbook-create-definition-fix.js';
import { escalationEndFixes } from './code-actions/playbook-escalation-end-fix.js';
import { createEscalationFix } from './code-actions/playbook-escalation-fix.js';
import { codeOf, FIX_ALL_KIND, fixAll, fixAllOfKind } from './code-actions/playbook-fix-all.js';
import type { FixContext } from './code-actions/playbook-fix-context.js';
import { ownerFixes, rotationOwnerFixes } from './code-actions/playbook-owner-fixes.js';
import { designationPoolFixes, overrideFixes, qualificationFixes, reliefSuccessorFixes } from './code-actions/playbook-people-fixes.js';
import { removeUnusedFix } from './code-actions/playbook-remove-unused-fix.js';
import { drillCadenceFixes, responseTargetFixes, reviewDueFixes } from './code-actions/playbook-target-fixes.js';
import { contactFixes, timezoneFixes } from './code-actions/playbook-value-fixes.js';
import { criteriaGapFixes, unsetParameterFixes } from './code-actions/playbook-response-fixes.js';

/**
 * Quick fixes for the validator's findings, chosen by diagnostic code, with "Fix all of this
 * kind in the file" and `source.fixAll.playbook` (for `editor.codeActionsOnSave`). Each fix
 * lives in its own module under code-actions/ and returns ready edits; this class only dispatches.
 */
export class PlaybookCodeActionProvider implements CodeActionProvider {
    private readonly context: FixContext;
    private readonly reflection: AstReflection;

    constructor(services: PlaybookLspServices) {
        this.context = { index: services.shared.workspace.IndexManager, facts: services.workspace.WorkspaceFacts, holders: services.workspace.RoleHolders };
        this.reflection = services.shared.AstReflection;
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
        const { context } = this;
        switch (codeOf(diagnostic)) {
            case 'unassigned-role':
            case 'designator-unheld':
                // designator-unheld is about the designator: the finding's `name` is that role.
                return data?.name ? assignRoleFixes(document, diagnostic, data.name, context) : [];
            case 'missing-escalation':
                return createEscalationFix(document, diagnostic, context.index);
            case 'channel-owner':
                return channelOwnerFixes(document, diagnostic, context.index);
            case 'linking-error':
                return createDefinitionFix(document, diagnostic, this.reflection);
            case 'unused-definition':
                return removeUnusedFix(document, diagnostic);
            case 'missing-response-target':
                return responseTargetFixes(document, diagnostic);
            case 'escalation-dead-end':
                return escalationEndFixes(document, diagnostic, context.index);
            case 'review-incomplete':
                return [...ownerFixes(document, diagnostic, context.index), ...reviewDueFixes(document, diagnostic)];
            case 'drill-without-cadence':
                return drillCadenceFixes(document, diagnostic);
            case 'comms-without-owner':
                return ownerFixes(document, diagnostic, context.index);
            case 'unknown-timezone':
                return timezoneFixes(document, diagnostic);
            case 'contact-unverifiable':
                return contactFixes(document, diagnostic);
            case 'no-backup':
                return noBackupFixes(document, diagnostic, context);
            case 'channel-backup':
                return channelBackupFixes(document, diagnostic, context);
            case 'no-designation-pool':
                return designationPoolFixes(document, diagnostic, context);
            case 'relief-without-successor':
                return reliefSuccessorFixes(document, diagnostic, context);
            case 'rotation-without-owner':
                return rotationOwnerFixes(document, diagnostic);
            case 'override-outside-rotation':
                return overrideFixes(document, diagnostic);
            case 'unqualified-holder':
                return qualificationFixes(document, diagnostic);
            case 'unset-parameter':
                return unsetParameterFixes(document, diagnostic);
            case 'criteria-gap':
                return criteriaGapFixes(document, diagnostic);
            default:
                return [];
        }
    }
}
