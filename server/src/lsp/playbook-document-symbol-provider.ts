import { GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { isAssignment, isCommunicationRule, isDrill, isReview } from '../language/generated/ast.js';

/**
 * The outline: playbook > phases > steps, with severities, roles, triggers, channels and the
 * rest beside the phases; each symbol shows its title as detail. The review and drills have no
 * name, so they are listed under their keyword; assignments and communication rules are
 * clauses, not things a reader navigates to, and stay out.
 */
export class PlaybookDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override getSymbol(document: LangiumDocument, astNode: AstNode): DocumentSymbol[] {
        if (isAssignment(astNode) || isCommunicationRule(astNode)) {
            return [];
        }
        if ((isReview(astNode) || isDrill(astNode)) && astNode.$cstNode) {
            const keyword = GrammarUtils.findNodeForKeyword(astNode.$cstNode, astNode.$type === 'Review' ? 'review' : 'drill');
            const name = isReview(astNode) ? 'review' : `drill ${astNode.kind}`;
            return keyword ? [this.unnamedSymbol(astNode, keyword, name, astNode.title)] : [];
        }
        return super.getSymbol(document, astNode);
    }

    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const title = (astNode as { title?: string }).title;
        return title ? { ...symbol, detail: title } : symbol;
    }

    private unnamedSymbol(astNode: AstNode, keyword: CstNode, name: string, title: string | undefined): DocumentSymbol {
        const symbol: DocumentSymbol = {
            name,
            kind: this.nodeKindProvider.getSymbolKind(astNode),
            range: astNode.$cstNode!.range,
            selectionRange: keyword.range,
        };
        return title ? { ...symbol, detail: title } : symbol;
    }
}
