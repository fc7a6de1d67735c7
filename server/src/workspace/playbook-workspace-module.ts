import type { DefaultDocumentBuilder, LangiumSharedCoreServices, Module } from 'langium';
import { PlaybookDocumentBuilder } from './playbook-document-builder.js';

/** The shared workspace services the language replaces: the incremental document builder. */
export const PlaybookSharedWorkspaceModule: Module<LangiumSharedCoreServices, { workspace: { DocumentBuilder: DefaultDocumentBuilder } }> = {
    workspace: {
        DocumentBuilder: services => new PlaybookDocumentBuilder(services),
    },
};
