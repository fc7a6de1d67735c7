import { ValidationRegistry, type LangiumCoreServices, type ValidationChecks } from 'langium';
import type { PlaybookAstType } from './generated/ast.js';
import { checkDocumentSize } from './playbook-size-limit.js';

/**
 * Langium's validation registry with the language core's own checks already registered, so
 * that every wiring (CLI, server, tests) has them without remembering to add them.
 */
export class PlaybookValidationRegistry extends ValidationRegistry {
    constructor(services: LangiumCoreServices) {
        super(services);
        const checks: ValidationChecks<PlaybookAstType> = { Document: checkDocumentSize };
        this.register(checks);
    }
}
