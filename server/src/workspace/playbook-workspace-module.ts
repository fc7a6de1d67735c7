import type { DefaultDocumentBuilder, IndexManager, LangiumDocumentFactory, LangiumSharedCoreServices, Module } from 'langium';
import { PlaybookDocumentBuilder } from './playbook-document-builder.js';
import { PlaybookDocumentFactory } from './playbook-document-factory.js';
import { PlaybookIndexManager } from './playbook-index-manager.js';

/**
 * The shared workspace services the language replaces: the incremental document builder, and
 * the document factory that applies an edit of strings, names, comments and spacing without a parse,
 * and the index that describes references when they are first asked for.
 */
export const PlaybookSharedWorkspaceModule: Module<LangiumSharedCoreServices, { workspace: { DocumentBuilder: DefaultDocumentBuilder; LangiumDocumentFactory: LangiumDocumentFactory; IndexManager: IndexManager } }> = {
    workspace: {
        DocumentBuilder: services => new PlaybookDocumentBuilder(services),
        LangiumDocumentFactory: services => new PlaybookDocumentFactory(services),
        IndexManager: services => new PlaybookIndexManager(services),
    },
};
