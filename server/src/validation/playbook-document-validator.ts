import { DefaultDocumentValidator, type LangiumDocument, type ValidationOptions } from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { PlaybookConfigProvider } from '../config/playbook-config-provider.js';
import type { PlaybookServices } from '../language/playbook-module.js';
import { applyPolicy } from './playbook-diagnostic-policy.js';
import { findSuppressions } from './playbook-suppressions.js';
import { focusOnSyntax } from './playbook-syntax-focus.js';

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
}
