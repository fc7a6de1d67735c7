import type { AstNode, ValidationAcceptor, ValidationChecks } from 'langium';
import type { Drill, Handoff, Import, Playbook, PlaybookAstType } from '../language/generated/ast.js';
import type { PlaybookServices } from '../language/playbook-module.js';
import type { PlaybookConfigProvider } from '../config/playbook-config-provider.js';
import { checkImport } from './import-check.js';
import { checkDate } from './literal-checks.js';
import type { PlaybookClock } from './playbook-clock.js';
import type { RuleContext } from './playbook-rule-context.js';
import { RULE_LIST } from './playbook-rule-list.js';

type AnyCheck = (node: AstNode, accept: ValidationAcceptor) => void;

/**
 * Registers every check of the language with Langium's validation registry: the reading checks
 * (imports, dates) and, for each rule of the rule list, each of its checks under its AST type.
 */
export function registerValidationChecks(services: PlaybookServices): void {
    const registry = services.validation.ValidationRegistry;
    const v = services.validation.PlaybookValidator;
    const byType = new Map<string, AnyCheck[]>();
    const add = (type: string, check: AnyCheck) => byType.set(type, [...(byType.get(type) ?? []), check]);
    add('Import', (node, accept) => v.checkImport(node as Import, accept));
    add('Playbook', (node, accept) => checkDate(node as Playbook, 'reviewed', accept));
    add('Drill', (node, accept) => checkDate(node as Drill, 'last', accept));
    add('Handoff', (node, accept) => checkDate(node as Handoff, 'start', accept));
    for (const rule of RULE_LIST) {
        for (const [type, check] of Object.entries(rule.checks) as Array<[string, (node: AstNode, ctx: RuleContext) => void]>) {
            add(type, (node, accept) => v.run(accept, ctx => check(node, ctx)));
        }
    }
    // The rule context is built once per document, before its first check, with its acceptor.
    registry.registerBeforeDocument((_root, accept) => {
        v.prepare(accept);
    });
    registry.register(Object.fromEntries(byType) as ValidationChecks<PlaybookAstType>, v);
}

/** Holds the services that checks need; each check lives in its own module under rules/. */
export class PlaybookValidator {
    private readonly config: PlaybookConfigProvider;
    private readonly clock: PlaybookClock;

    constructor(private readonly services: PlaybookServices) {
        this.config = services.validation.PlaybookConfigProvider;
        this.clock = services.validation.Clock;
    }

    checkImport(node: Import, accept: ValidationAcceptor): void {
        checkImport(node, this.services.shared.workspace.LangiumDocuments, accept, this.services.workspace.WorkspaceRoots);
    }

    /** What every check of the document being validated shares, prepared before its first check. */
    private context: RuleContext | undefined;

    /**
     * Builds the context the checks of one document share: its acceptor, the configuration,
     * today and the workspace facts. Langium calls it before the document's checks, with the
     * acceptor it then passes to each of them.
     */
    prepare(accept: ValidationAcceptor): RuleContext {
        const workspace = this.services.workspace;
        this.context = { accept, config: this.config.get(), today: this.clock.today(), facts: workspace.WorkspaceFacts, holders: workspace.RoleHolders };
        return this.context;
    }

    /** Runs rule checks with the context of the document being validated. */
    run(accept: ValidationAcceptor, checks: (ctx: RuleContext) => void): void {
        checks(this.context ?? this.prepare(accept));
    }
}
