import { CstUtils, GrammarAST, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { AstNodeHoverProvider, type LangiumServices } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { keywordDoc } from './playbook-grammar-docs.js';
import { roleHoldersOf } from '../workspace/playbook-role-holders.js';
import { PlaybookNodeDocs } from './playbook-node-docs.js';
import { sharedRuleOverrideLines } from './playbook-shared-docs.js';

/**
 * Hover for names and keywords. A name (where it is defined or used) shows what the definition
 * means for the reader: a role's duties and holders, a person's contacts, an escalation path's
 * timeline, a severity's targets. A keyword shows the documentation of the grammar rule it
 * belongs to: the doc comments of grammar/playbook.langium.
 */
export class PlaybookHoverProvider extends AstNodeHoverProvider {
    private readonly docs: PlaybookNodeDocs;
    private readonly grammar: GrammarAST.Grammar;

    constructor(services: LangiumServices) {
        super(services);
        this.docs = new PlaybookNodeDocs(roleHoldersOf(services.shared), services.shared.workspace.IndexManager);
        this.grammar = services.Grammar;
    }

    /**
     * Like Langium's, but the text depends on where the reader is: a role's holders depend on the
     * playbook being read. Holders come from other files too: the server answers once the whole
     * workspace is linked (PLAYBOOK_SERVICE_REQUIREMENTS).
     */
    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const cstNode = root ? CstUtils.findDeclarationNodeAtOffset(root, offset, this.grammarConfig.nameRegexp) : undefined;
        if (!cstNode || cstNode.end <= offset) {
            return undefined;
        }
        const contents = this.references.findDeclarations(cstNode)
            .map(target => this.docs.describe(target, cstNode.astNode))
            .filter((text): text is string => text !== undefined);
        if (contents.length > 0) {
            return { contents: { kind: 'markdown', value: contents.join('\n\n---\n\n') } };
        }
        // Punctuation has no documentation of its own; words do.
        if (GrammarAST.isKeyword(cstNode.grammarSource) && /^[\p{L}\d-]+$/u.test(cstNode.grammarSource.value)) {
            const text = keywordDoc(cstNode.grammarSource, this.grammar, cstNode.astNode.$type);
            if (text) {
                // A communication rule has no name to hover: its keywords also say which shared rules it replaces.
                const value = [`**${cstNode.grammarSource.value}**: ${text}`, ...sharedRuleOverrideLines(cstNode.astNode)].join('\n\n');
                return { contents: { kind: 'markdown', value } };
            }
        }
        return undefined;
    }

    protected getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        return this.docs.describe(node);
    }
}
