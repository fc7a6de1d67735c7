import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, WorkspaceState, type ServiceRequirements,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumLSPServices,
    type PartialLangiumSharedLSPServices,
} from 'langium/lsp';
import { IncidentPlaybookGeneratedModule, PlaybookGeneratedSharedModule } from '../language/generated/module.js';
import { PlaybookModule, type PlaybookAddedServices } from '../language/playbook-module.js';
import { registerValidationChecks } from '../validation/playbook-validator.js';
import { PlaybookCodeActionProvider } from './playbook-code-actions.js';
import { watchPlaybookConfig } from './playbook-config-watcher.js';
import { republishUnchanged } from './playbook-unchanged-diagnostics.js';
import { PlaybookSharedWorkspaceModule } from '../workspace/playbook-workspace-module.js';
import { PlaybookCodeLensProvider } from './playbook-code-lens-provider.js';
import { PlaybookCompletionProvider } from './playbook-completion-provider.js';
import { PlaybookDefinitionProvider } from './playbook-definition-provider.js';
import { PlaybookDocumentSymbolProvider } from './playbook-document-symbol-provider.js';
import { PlaybookFormatter } from './playbook-formatter.js';
import { PlaybookHoverProvider } from './playbook-hover-provider.js';
import { PlaybookInlayHintProvider } from './playbook-inlay-hint-provider.js';
import { PlaybookNodeKindProvider } from './playbook-node-kind-provider.js';
import { PlaybookRenameProvider } from './playbook-rename-provider.js';
import { PlaybookSemanticTokenProvider } from './playbook-semantic-token-provider.js';
import { PlaybookSignatureHelpProvider } from './playbook-signature-help.js';
import { PlaybookWorkspaceSymbolProvider } from './playbook-workspace-symbol-provider.js';

/** The language services with the editor protocol on top. */
export type PlaybookLspServices = LangiumServices & PlaybookAddedServices;

/** Editor-only providers (completion, hover, formatting...). Language logic stays in PlaybookModule. */
export const PlaybookLspModule: Module<PlaybookLspServices, PartialLangiumLSPServices> = {
    lsp: {
        Formatter: () => new PlaybookFormatter(),
        CodeActionProvider: services => new PlaybookCodeActionProvider(services),
        CompletionProvider: services => new PlaybookCompletionProvider(services),
        HoverProvider: services => new PlaybookHoverProvider(services),
        DefinitionProvider: services => new PlaybookDefinitionProvider(services),
        DocumentSymbolProvider: services => new PlaybookDocumentSymbolProvider(services),
        RenameProvider: services => new PlaybookRenameProvider(services),
        CodeLensProvider: services => new PlaybookCodeLensProvider(services),
        InlayHintProvider: services => new PlaybookInlayHintProvider(services),
        SemanticTokenProvider: services => new PlaybookSemanticTokenProvider(services),
        SignatureHelp: () => new PlaybookSignatureHelpProvider(),
    },
};

/** Editor providers shared by every language of the server: outline icons and workspace symbols. */
export const PlaybookSharedLspModule: Module<LangiumSharedServices, PartialLangiumSharedLSPServices> = {
    lsp: {
        NodeKindProvider: () => new PlaybookNodeKindProvider(),
        WorkspaceSymbolProvider: services => new PlaybookWorkspaceSymbolProvider(services),
    },
};

/**
 * What each request waits for before it is answered, where Langium's default (this document's
 * phase) is not enough: hover, code lenses and inlay hints show who holds a role, which other
 * files say, so they wait until the whole workspace is linked. Waiting happens before the
 * request takes its read lock, so it never holds up the build it waits for. While an edit is
 * being built, completion, hover, signature help and definition answer from the last linked state instead
 * (playbook-typing-requests.ts reads these requirements for the quiet case).
 */
export const PLAYBOOK_SERVICE_REQUIREMENTS: Partial<ServiceRequirements> = {
    HoverProvider: WorkspaceState.Linked,
    CodeLensProvider: WorkspaceState.Linked,
    InlayHintProvider: WorkspaceState.Linked,
};

/** Creates the services the language server runs on: the core module plus the LSP providers. */
export function createPlaybookLspServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Playbook: PlaybookLspServices;
} {
    const shared = inject(createDefaultSharedModule(context), PlaybookGeneratedSharedModule, PlaybookSharedLspModule, PlaybookSharedWorkspaceModule);
    const Playbook = inject(
        createDefaultModule({ shared }),
        IncidentPlaybookGeneratedModule,
        PlaybookModule as Module<PlaybookLspServices, PlaybookAddedServices>,
        PlaybookLspModule,
    );
    shared.ServiceRegistry.register(Playbook);
    registerValidationChecks(Playbook);
    watchPlaybookConfig(shared);
    republishUnchanged(shared);
    return { shared, Playbook };
}
