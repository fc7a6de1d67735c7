import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule,
    type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices, type PartialLangiumLSPServices,
} from 'langium/lsp';
import { IncidentPlaybookGeneratedModule, PlaybookGeneratedSharedModule } from '../language/generated/module.js';
import { PlaybookModule, type PlaybookAddedServices } from '../language/playbook-module.js';
import { registerValidationChecks } from '../validation/playbook-validator.js';
import { PlaybookFormatter } from './playbook-formatter.js';

/** The language services with the editor protocol on top. */
export type PlaybookLspServices = LangiumServices & PlaybookAddedServices;

/** Editor-only providers (completion, hover, formatting...). Language logic stays in PlaybookModule. */
export const PlaybookLspModule: Module<PlaybookLspServices, PartialLangiumLSPServices> = {
    lsp: {
        Formatter: () => new PlaybookFormatter(),
    },
};

/** Creates the services the language server runs on: the core module plus the LSP providers. */
export function createPlaybookLspServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    Playbook: PlaybookLspServices;
} {
    const shared = inject(createDefaultSharedModule(context), PlaybookGeneratedSharedModule);
    const Playbook = inject(
        createDefaultModule({ shared }),
        IncidentPlaybookGeneratedModule,
        PlaybookModule as Module<PlaybookLspServices, PlaybookAddedServices>,
        PlaybookLspModule,
    );
    shared.ServiceRegistry.register(Playbook);
    registerValidationChecks(Playbook);
    return { shared, Playbook };
}
