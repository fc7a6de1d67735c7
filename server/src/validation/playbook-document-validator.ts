import {
    AstUtils, Cancellation, DefaultDocumentValidator, interruptAndCheck,
    type AstNode, type LangiumDocument, type ValidationAcceptor, type ValidationCheck, type ValidationOptions,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PlaybookConfigProvider } from '../config/playbook-config-provider.js';
import type { PlaybookServices } from '../language/playbook-module.js';
import { applyPolicy } from './playbook-diagnostic-policy.js';
import { findSuppressions } from './playbook-suppressions.js';
import { focusOnSyntax } from './playbook-syntax-focus.js';
import { walkOf } from '../workspace/playbook-document-walk.js';

/**
 * Langium's validator plus the project's policy: one diagnostic per syntax mistake (no follow-on
 * errors, no rule findings from a unit that did not parse), configured levels, `off`, and
 * suppression comments. It sits in the shared language services, so the CLI and the language server
 * report exactly the same diagnostics.
 */
export class PlaybookDocumentValidator extends DefaultDocumentValidator {
    private readonly configProvider: PlaybookConfigProvider;

    constructor(services: PlaybookServices) {
        super(services);
        this.configProvider = services.validation.PlaybookConfigProvider;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken?: CancellationToken): Promise<Diagnostic[]> {
        // Langium keeps the code of lexing, parsing and linking errors in `data` only; editors
        // (the Problems panel, quick fixes) read `code`, so it is copied there.
        const diagnostics = (await super.validateDocument(document, options, cancelToken))
            .map(d => (d.code === undefined && typeof (d.data as { code?: unknown } | undefined)?.code === 'string'
                ? { ...d, code: (d.data as { code: string }).code }
                : d));
        // Suppression bookkeeping needs all rule findings at once; they are all in 'fast'.
        if (options.categories && !options.categories.includes('fast')) {
            return diagnostics;
        }
        return applyPolicy(focusOnSyntax(document, diagnostics), findSuppressions(document), this.configProvider.get());
    }

    /**
     * Langium's walk over every node, running its type's checks in the same order, with three
     * costs taken out: the nodes are read from the document's walk (see walkOf) instead of a stream
     * per node; the checks of a type are looked up once per document (Langium builds a stream of
     * them for every node, most of which have none); and a run nothing can cancel (the CLI's)
     * does not pause at every node. With Langium's profiler on, Langium's own walk runs.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const cancellable = cancelToken !== Cancellation.CancellationToken.None;
        const checksOf = new Map<string, ValidationCheck[]>();
        const nodes = rootNode.$container === undefined ? walkOf(rootNode).nodes : AstUtils.streamAst(rootNode).toArray();
        // A node whose children are not to be validated: the nodes after it that it contains are skipped.
        let pruned: AstNode | undefined;
        for (const node of nodes) {
            if (pruned && AstUtils.hasContainerOfType(node, n => n === pruned)) {
                continue;
            }
            pruned = undefined;
            if (cancellable) {
                await interruptAndCheck(cancelToken);
            }
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = checksOf.get(node.$type);
                if (!checks) {
                    checks = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    checksOf.set(node.$type, checks);
                }
                for (const check of checks) {
                    await check(node, acceptor, cancelToken);
                }
            }
            if (!nodeOptions.validateChildren) {
                pruned = node;
            }
        }
    }
}
