import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { PlaybookAstType, Import } from '../language/generated/ast.js';
import type { PlaybookServices } from '../language/playbook-module.js';
import { checkImport } from './import-check.js';
import { checkDate } from './literal-checks.js';

/** Registers every check of the language with Langium's validation registry. */
export function registerValidationChecks(services: PlaybookServices): void {
    const registry = services.validation.ValidationRegistry;
    const validator = services.validation.PlaybookValidator;
    const checks: ValidationChecks<PlaybookAstType> = {
        Import: (node, accept) => validator.checkImport(node, accept),
        Playbook: (node, accept) => checkDate(node, 'reviewed', accept),
        Drill: (node, accept) => checkDate(node, 'last', accept),
        Handoff: (node, accept) => checkDate(node, 'start', accept),
    };
    registry.register(checks, validator);
}

/** Holds the services that checks need; each check lives in its own module. */
export class PlaybookValidator {
    constructor(private readonly services: PlaybookServices) {}

    checkImport(node: Import, accept: ValidationAcceptor): void {
        checkImport(node, this.services.shared.workspace.LangiumDocuments, accept);
    }
}
