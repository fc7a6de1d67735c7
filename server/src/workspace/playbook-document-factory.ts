import {
    DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type LangiumSharedCoreServices, type ParseResult, type URI,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { applyTokenStableEdit } from '../language/playbook-token-stable-edit.js';

/**
 * Langium's document factory, except that when a document is updated with an edit of strings,
 * names, comments and spacing only, its tree is moved to the new text in place instead of being
 * parsed again (playbook-token-stable-edit.ts): at 10,000 lines, typing a title or a name no
 * longer costs a whole parse. Any other edit, and every new document, is parsed as before.
 */
export class PlaybookDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The documents being updated, by URI: only their own old tree may be edited in place. */
    private readonly updating = new Map<string, LangiumDocument>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    override async update<T extends AstNode = AstNode>(document: LangiumDocument<T>, cancellationToken: CancellationToken): Promise<LangiumDocument<T>> {
        const key = document.uri.toString();
        this.updating.set(key, document);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.updating.delete(key);
        }
    }

    protected override parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: CancellationToken): Promise<ParseResult<T>> {
        const document = this.updating.get(uri.toString());
        if (document && applyTokenStableEdit(this.serviceRegistry.getServices(uri), document.parseResult, text)) {
            return Promise.resolve(document.parseResult as ParseResult<T>);
        }
        return super.parseAsync(uri, text, cancellationToken);
    }
}
