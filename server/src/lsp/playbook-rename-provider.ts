import { AstUtils, GrammarAST, type LangiumDocument, type Lexer } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { ErrorCodes, ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { editorMessages } from '../messages.js';

/**
 * Rename across the workspace (Langium finds the references through its index); refuses a new
 * name the grammar would not read back as one name, so that a rename never breaks a file.
 */
export class PlaybookRenameProvider extends DefaultRenameProvider {
    private readonly lexer: Lexer;
    private readonly nameKeywords: ReadonlySet<string>;

    constructor(services: LangiumServices) {
        super(services);
        this.lexer = services.parser.Lexer;
        const nameRule = services.Grammar.rules.find(r => r.name === 'Name');
        this.nameKeywords = new Set(nameRule ? keywordsOf(nameRule) : []);
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        if (!this.isValidName(params.newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, editorMessages.renameInvalidName({ name: params.newName }));
        }
        return super.rename(document, params);
    }

    /** True when the text lexes as exactly one name token: an ID or a keyword the Name rule accepts. */
    isValidName(text: string): boolean {
        const result = this.lexer.tokenize(text);
        const [token] = result.tokens;
        return result.errors.length === 0 && result.tokens.length === 1 && token !== undefined
            && token.image === text && (token.tokenType.name === 'ID' || this.nameKeywords.has(token.image));
    }
}

function keywordsOf(rule: GrammarAST.AbstractRule): string[] {
    return AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).map(k => k.value).toArray();
}
