import { CstUtils, type GrammarAST, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { AstNodeHoverProvider, type LangiumServices } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { keywordDoc } from './playbook-grammar-docs.js';
import { PlaybookNodeDocs } from './playbook-node-docs.js';

/**
 * Hover for names and keywords. A name (where it is defined or used) shows what the definition
 * means for the reader: a role's duties and holders, a person's contacts, an escalation path's
 * timeline, a severity's targets. A keyword shows the documentation of the grammar rule it
 * belongs to: the doc comments of grammar/playbook.langium.
 */
export class PlaybookHoverProvider extends AstNodeHoverProvider {
    private readonly docs: PlaybookNodeDocs;
    private readonly grammar: GrammarAST.Grammar;
    private context: AstNode | undefined;

    constructor(services: LangiumServices) {
        super(services);
        this.docs = new PlaybookNodeDocs(services.shared.workspace.LangiumDocuments);
        this.grammar = services.Grammar;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        // Remember where the reader is: a role's holders depend on the playbook being read.
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        this.context = root ? CstUtils.findLeafNodeAtOffset(root, offset)?.astNode : undefined;
        try {
            return await super.getHoverContent(document, params);
        } finally {
            this.context = undefined;
        }
    }

    protected getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        return this.docs.describe(node, this.context ?? node);
    }

    protected override getKeywordHoverContent(node: AstNode): MaybePromise<Hover | undefined> {
        const keyword = node as GrammarAST.Keyword;
        if (!/^[\p{L}\d-]+$/u.test(keyword.value)) {
            return undefined;
        }
        const text = keywordDoc(keyword, this.grammar, this.context?.$type);
        return text ? { contents: { kind: 'markdown', value: `**${keyword.value}**: ${text}` } } : undefined;
    }
}

