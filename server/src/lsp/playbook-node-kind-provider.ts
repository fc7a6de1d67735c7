import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

const SYMBOL_KINDS: Readonly<Record<string, SymbolKind>> = {
    Playbook: SymbolKind.Module,
    Phase: SymbolKind.Namespace,
    Step: SymbolKind.Method,
    Decision: SymbolKind.Boolean,
    Role: SymbolKind.Class,
    Person: SymbolKind.Object,
    Team: SymbolKind.Struct,
    Rotation: SymbolKind.Struct,
    Severity: SymbolKind.EnumMember,
    Trigger: SymbolKind.Event,
    EscalationPath: SymbolKind.Array,
    Channel: SymbolKind.Interface,
    Review: SymbolKind.Event,
    Drill: SymbolKind.Event,
};

const COMPLETION_KINDS: Readonly<Record<string, CompletionItemKind>> = {
    Playbook: CompletionItemKind.Module,
    Phase: CompletionItemKind.Module,
    Step: CompletionItemKind.Method,
    Decision: CompletionItemKind.Method,
    Role: CompletionItemKind.Class,
    Person: CompletionItemKind.Constant,
    Team: CompletionItemKind.Struct,
    Rotation: CompletionItemKind.Struct,
    Severity: CompletionItemKind.EnumMember,
    Trigger: CompletionItemKind.Event,
    EscalationPath: CompletionItemKind.Value,
    Channel: CompletionItemKind.Interface,
};

/** Outline and completion icons by what a definition is. */
export class PlaybookNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOL_KINDS[typeOf(node)] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return COMPLETION_KINDS[typeOf(node)] ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
