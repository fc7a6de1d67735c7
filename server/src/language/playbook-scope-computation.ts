import {
    DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription,
    type LangiumDocument, type LocalSymbols,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver-protocol';
import { isDocument, isPlaybook, isSeverityScale, type Document } from './generated/ast.js';
import { contentsOf } from '../workspace/playbook-document-walk.js';

/**
 * What is visible where.
 * - Definitions at the top level of a file (the organisation: people, teams, rotations,
 *   shared roles, channels and escalation paths) are exported to the whole workspace.
 * - Everything named inside a playbook, however deeply nested (steps inside phases), is
 *   visible throughout that playbook, so `after` and `goto` reach steps of other phases.
 */
export class PlaybookScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value;
        const exports: AstNodeDescription[] = [];
        if (isDocument(root)) {
            for (const element of root.elements) {
                this.addExportedSymbol(element, exports, document);
                // A scale's severities are organisation-wide too: plans and playbooks name them.
                if (isSeverityScale(element)) {
                    element.severities.forEach(severity => this.addExportedSymbol(severity, exports, document));
                }
            }
        }
        return exports;
    }

    override async collectLocalSymbols(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<LocalSymbols> {
        const root = document.parseResult.value as Document;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const element of root.elements ?? []) {
            this.addLocalSymbol(element, document, symbols);
            if (isPlaybook(element)) {
                for (const node of contentsOf(element)) {
                    const name = this.nameProvider.getName(node);
                    if (name) {
                        symbols.add(element, this.descriptions.createDescription(node, name, document));
                    }
                }
            }
        }
        return symbols;
    }
}
