import type { DefaultDocumentBuilder, LangiumDocumentFactory, LangiumSharedCoreServices, Module } from 'langium';
import { PlaybookDocumentBuilder } from './playbook-document-builder.js';
import { PlaybookDocumentFactory } from './playbook-document-factory.js';

/**
 * The shared workspace services the language replaces: the incremental document builder, and
 * the document factory that applies an edit of strings, names, comments and spacing without a parse.
 */
export const PlaybookSharedWorkspaceModule: Module<LangiumSharedCoreServices, { workspace: { DocumentBuilder: DefaultDocumentBuilder; LangiumDocumentFactory: LangiumDocumentFactory } }> = {
    workspace: {
        DocumentBuilder: services => new PlaybookDocumentBuilder(services),
        LangiumDocumentFactory: services => new PlaybookDocumentFactory(services),
    },
};
