import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject,
    type DefaultSharedCoreModuleContext, type LangiumCoreServices, type LangiumSharedCoreServices,
    type DeepPartial, type Module, type PartialLangiumCoreServices,
} from 'langium';
import { IncidentPlaybookGeneratedModule, PlaybookGeneratedSharedModule } from './generated/module.js';
import { PlaybookScopeComputation } from './playbook-scope-computation.js';
import { PlaybookScopeProvider } from './playbook-scope-provider.js';
import { PlaybookLinker } from './playbook-linker.js';
import { PlaybookValueConverter } from './playbook-value-converter.js';
import { PlaybookLexerErrorMessageProvider, PlaybookParserErrorMessageProvider } from './playbook-syntax-messages.js';
import { PlaybookValidator, registerValidationChecks } from '../validation/playbook-validator.js';
import { PlaybookConfigProvider } from '../config/playbook-config-provider.js';
import { PlaybookClock } from '../validation/playbook-clock.js';
import { PlaybookDocumentValidator } from '../validation/playbook-document-validator.js';
import { PlaybookTokenBuilder } from './playbook-token-builder.js';
import { createPlaybookCompletionParser, createPlaybookParser } from './playbook-parser.js';
import { PlaybookLexer } from './playbook-lexer.js';
import { PlaybookValidationRegistry } from './playbook-validation-registry.js';
import { PlaybookWorkspaceRoots } from './playbook-workspace-roots.js';
import { PlaybookWorkspaceFacts } from '../workspace/playbook-workspace-facts.js';
import { PlaybookRoleHolders } from '../workspace/playbook-role-holders.js';
import { PlaybookSharedWorkspaceModule } from '../workspace/playbook-workspace-module.js';
import { PlaybookReferenceDescriptionProvider } from '../workspace/playbook-reference-descriptions.js';
import { PlaybookAstNodeDescriptionProvider } from './playbook-node-descriptions.js';

/** Services this language adds to Langium's core services. */
export type PlaybookAddedServices = {
    workspace: {
        WorkspaceRoots: PlaybookWorkspaceRoots;
        /** What depends on every file (organisation assignments, uses, top-level names), cached per document. */
        WorkspaceFacts: PlaybookWorkspaceFacts;
        /** Who holds a role: the one reading every feature asks. */
        RoleHolders: PlaybookRoleHolders;
    };
    validation: {
        PlaybookValidator: PlaybookValidator;
        PlaybookConfigProvider: PlaybookConfigProvider;
        Clock: PlaybookClock;
    };
};

/** The core services of the playbook language: everything but the editor protocol. */
export type PlaybookServices = LangiumCoreServices & PlaybookAddedServices;

/**
 * The one wiring of the language's own behaviour (scoping, values, validation). The CLI,
 * the tests and the language server all build on it; the server adds LSP providers on top.
 */
export const PlaybookModule: Module<PlaybookServices, PartialLangiumCoreServices & PlaybookAddedServices> = {
    parser: {
        ValueConverter: () => new PlaybookValueConverter(),
        ParserErrorMessageProvider: services => new PlaybookParserErrorMessageProvider(services.Grammar),
        LexerErrorMessageProvider: () => new PlaybookLexerErrorMessageProvider(),
        TokenBuilder: () => new PlaybookTokenBuilder(),
        LangiumParser: services => createPlaybookParser(services),
        CompletionParser: services => createPlaybookCompletionParser(services),
        Lexer: services => new PlaybookLexer(services),
    },
    references: {
        ScopeComputation: services => new PlaybookScopeComputation(services),
        ScopeProvider: services => new PlaybookScopeProvider(services),
        Linker: services => new PlaybookLinker(services),
    },
    workspace: {
        WorkspaceRoots: services => new PlaybookWorkspaceRoots(services.shared),
        WorkspaceFacts: services => new PlaybookWorkspaceFacts(services.shared, services.workspace.AstNodeLocator),
        RoleHolders: services => new PlaybookRoleHolders(services.workspace.WorkspaceFacts),
        ReferenceDescriptionProvider: services => new PlaybookReferenceDescriptionProvider(services),
        AstNodeDescriptionProvider: services => new PlaybookAstNodeDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: services => new PlaybookDocumentValidator(services),
        ValidationRegistry: services => new PlaybookValidationRegistry(services),
        PlaybookValidator: services => new PlaybookValidator(services),
        PlaybookConfigProvider: () => new PlaybookConfigProvider(),
        Clock: () => new PlaybookClock(),
    },
};

/**
 * Creates the language's core services (no LSP): used by the CLI and most tests. `overrides`
 * replaces services for a run, e.g. a fixed clock for reproducible date rules.
 */
export function createPlaybookServices(context: DefaultSharedCoreModuleContext, overrides: Module<PlaybookServices, DeepPartial<PlaybookAddedServices>> = {}): {
    shared: LangiumSharedCoreServices;
    Playbook: PlaybookServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), PlaybookGeneratedSharedModule, PlaybookSharedWorkspaceModule);
    const Playbook = inject(createDefaultCoreModule({ shared }), IncidentPlaybookGeneratedModule, PlaybookModule, overrides as Module<PlaybookServices>);
    shared.ServiceRegistry.register(Playbook);
    registerValidationChecks(Playbook);
    return { shared, Playbook };
}
