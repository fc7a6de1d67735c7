import { AstUtils, Cancellation, interruptAndCheck, type LangiumDocuments, type ServiceRegistry } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import { isDocument, isPlaybook } from '../language/generated/ast.js';

/**
 * Workspace symbols: the organisation's definitions and playbooks (Langium's index), plus what
 * is named inside each playbook (severities, phases, steps...), which the index does not hold
 * because it is private to the playbook. Those carry their playbook as container name.
 */
export class PlaybookWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly registry: ServiceRegistry;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
        this.registry = services.ServiceRegistry;
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const symbols = await super.getSymbols(params, cancelToken);
        const query = params.query.toLowerCase();
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            const root = document.parseResult.value;
            if (!isDocument(root)) {
                continue;
            }
            const nameProvider = this.registry.getServices(document.uri).references.NameProvider;
            for (const playbook of root.elements.filter(isPlaybook)) {
                for (const node of AstUtils.streamAllContents(playbook)) {
                    const name = nameProvider.getName(node);
                    const nameNode = nameProvider.getNameNode(node);
                    if (name && nameNode && this.fuzzyMatcher.match(query, name)) {
                        symbols.push({
                            name,
                            kind: this.nodeKindProvider.getSymbolKind(node),
                            containerName: playbook.name,
                            location: { uri: document.uri.toString(), range: nameNode.range },
                        });
                    }
                }
            }
        }
        return symbols;
    }
}
