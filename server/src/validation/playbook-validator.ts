import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { PlaybookAstType, Import } from '../language/generated/ast.js';
import type { PlaybookServices } from '../language/playbook-module.js';
import type { PlaybookConfigProvider } from '../config/playbook-config-provider.js';
import { checkImport } from './import-check.js';
import { checkDate } from './literal-checks.js';
import type { PlaybookClock } from './playbook-clock.js';
import { PlaybookWorkspaceFacts } from './playbook-workspace-facts.js';
import type { RuleContext } from './rules/playbook-rule-context.js';
import { checkOrganisationRoles, checkPlaybookRoles } from './rules/playbook-role-rules.js';
import { checkEscalationCycle, checkEscalationOrder, checkMissingEscalation } from './rules/playbook-escalation-rules.js';
import { checkGroupMembers, checkPersonContact, checkSeverityCoverage } from './rules/playbook-contact-rules.js';
import { checkChannelBackups, checkChannelOwner, checkCommsCadence } from './rules/playbook-channel-rules.js';
import { checkFlow, checkTimeboxes } from './rules/playbook-flow-rules.js';
import { checkActivationAuthority } from './rules/playbook-trigger-rules.js';
import { checkDrillOverdue, checkReviewOverdue } from './rules/playbook-date-rules.js';
import { checkPlaybookNames, checkTopLevelNames, checkUnusedDefinitions } from './rules/playbook-name-rules.js';
import { CLAUSE_BLOCK_TYPES, checkDuplicateClauses } from './rules/playbook-clause-rules.js';

/** Registers every check of the language with Langium's validation registry. */
export function registerValidationChecks(services: PlaybookServices): void {
    const registry = services.validation.ValidationRegistry;
    const v = services.validation.PlaybookValidator;
    const checks: ValidationChecks<PlaybookAstType> = {
        Import: (node, accept) => v.checkImport(node, accept),
        Document: (node, accept) => v.run(accept, ctx => {
            checkOrganisationRoles(node, ctx);
            checkTopLevelNames(node, ctx);
            checkUnusedDefinitions(node, ctx);
        }),
        Playbook: (node, accept) => {
            checkDate(node, 'reviewed', accept);
            v.run(accept, ctx => {
                checkPlaybookRoles(node, ctx);
                checkMissingEscalation(node, ctx);
                checkSeverityCoverage(node, ctx);
                checkChannelBackups(node, ctx);
                checkCommsCadence(node, ctx);
                checkFlow(node, ctx);
                checkTimeboxes(node, ctx);
                checkReviewOverdue(node, ctx);
                checkPlaybookNames(node, ctx);
            });
        },
        Drill: (node, accept) => {
            checkDate(node, 'last', accept);
            v.run(accept, ctx => checkDrillOverdue(node, ctx));
        },
        Handoff: (node, accept) => checkDate(node, 'start', accept),
        Person: (node, accept) => v.run(accept, ctx => checkPersonContact(node, ctx)),
        Team: (node, accept) => v.run(accept, ctx => checkGroupMembers(node, ctx)),
        Rotation: (node, accept) => v.run(accept, ctx => checkGroupMembers(node, ctx)),
        Channel: (node, accept) => v.run(accept, ctx => checkChannelOwner(node, ctx)),
        EscalationPath: (node, accept) => v.run(accept, ctx => {
            checkEscalationCycle(node, ctx);
            checkEscalationOrder(node, ctx);
        }),
        Trigger: (node, accept) => v.run(accept, ctx => checkActivationAuthority(node, ctx)),
    };
    // duplicate-clause concerns only the block types that have single-valued clauses.
    const checksByType = checks as Record<string, unknown>;
    for (const type of CLAUSE_BLOCK_TYPES) {
        const existing = checksByType[type] as ((node: AstNode, accept: ValidationAcceptor) => void) | undefined;
        checksByType[type] = (node: AstNode, accept: ValidationAcceptor) => {
            existing?.(node, accept);
            v.run(accept, ctx => checkDuplicateClauses(node, ctx));
        };
    }
    registry.register(checks, v);
}

/** Holds the services that checks need; each check lives in its own module under rules/. */
export class PlaybookValidator {
    /** Workspace-wide facts; the document builder reads them to decide what to re-validate. */
    readonly facts: PlaybookWorkspaceFacts;
    private readonly config: PlaybookConfigProvider;
    private readonly clock: PlaybookClock;

    constructor(private readonly services: PlaybookServices) {
        this.facts = new PlaybookWorkspaceFacts(services.shared, services.workspace.AstNodeLocator);
        this.config = services.validation.PlaybookConfigProvider;
        this.clock = services.validation.Clock;
    }

    checkImport(node: Import, accept: ValidationAcceptor): void {
        checkImport(node, this.services.shared.workspace.LangiumDocuments, accept, this.services.workspace.WorkspaceRoots);
    }

    private context: RuleContext | undefined;

    /**
     * Runs rule checks with the context they share: acceptor, configuration, today and workspace
     * facts. Langium passes one acceptor to every check of a document, so the context is built
     * once per document rather than once per node.
     */
    run(accept: ValidationAcceptor, checks: (ctx: RuleContext) => void): void {
        if (this.context?.accept !== accept) {
            this.context = { accept, config: this.config.get(), today: this.clock.today(), facts: this.facts };
        }
        checks(this.context);
    }
}
