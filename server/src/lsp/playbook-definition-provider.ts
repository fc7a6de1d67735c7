import type { CstNode, MaybePromise } from 'langium';
import { DefaultDefinitionProvider } from 'langium/lsp';
import { LocationLink, type DefinitionParams } from 'vscode-languageserver';
import { typingViewOf } from './playbook-typing-view.js';

/**
 * Langium's go-to-definition, which may also be asked in a typing view (right after a keystroke,
 * playbook-typing-requests.ts): there the name under the cursor is in the re-parsed fragment and
 * what it points at may be in the fragment, in the last linked tree of the same file or in
 * another file, so each range is placed in the editor's text by the view. Elsewhere it is
 * Langium's answer unchanged.
 */
export class PlaybookDefinitionProvider extends DefaultDefinitionProvider {
    protected override collectLocationLinks(sourceCstNode: CstNode, params: DefinitionParams): MaybePromise<LocationLink[] | undefined> {
        const view = typingViewOf(sourceCstNode);
        if (!view) {
            return super.collectLocationLinks(sourceCstNode, params);
        }
        const links = this.findLinks(sourceCstNode);
        return links.length === 0 ? undefined : links.map(link => LocationLink.create(
            link.targetDocument.textDocument.uri,
            view.fromTree(link.target.astNode.$cstNode ?? link.target),
            view.fromTree(link.target),
            view.fromTree(link.source),
        ));
    }
}
