import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { reflection } from '../language/generated/ast.js';

/** The token type of a definition's name and of references to it, by definition type. */
const TYPE_OF: Readonly<Record<string, string>> = {
    Person: SemanticTokenTypes.variable,
    Team: SemanticTokenTypes.variable,
    Rotation: SemanticTokenTypes.variable,
    Role: SemanticTokenTypes.class,
    Playbook: SemanticTokenTypes.namespace,
    Phase: SemanticTokenTypes.namespace,
    Step: SemanticTokenTypes.function,
    Decision: SemanticTokenTypes.function,
    Severity: SemanticTokenTypes.enumMember,
    Trigger: SemanticTokenTypes.event,
    EscalationPath: SemanticTokenTypes.type,
    Channel: SemanticTokenTypes.property,
    Calendar: SemanticTokenTypes.type,
    Qualification: SemanticTokenTypes.enumMember,
    SeverityScale: SemanticTokenTypes.namespace,
    CommunicationPlan: SemanticTokenTypes.namespace,
    Measure: SemanticTokenTypes.variable,
    NamedAudience: SemanticTokenTypes.variable,
    Parameter: SemanticTokenTypes.parameter,
    Procedure: SemanticTokenTypes.function,
    SubTeam: SemanticTokenTypes.class,
};

/**
 * Semantic colouring. Its main job is what the TextMate grammar cannot know: any keyword may
 * also be a name (a channel called `radio`, a step called `review`), so names and references
 * are coloured by what they name, and keywords used as names stop looking like keywords.
 */
export class PlaybookSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const type = TYPE_OF[node.$type];
        if (type && 'name' in node && node.name) {
            acceptor({ node, property: 'name' as never, type, modifier: SemanticTokenModifiers.declaration });
        }
        for (const property of Object.values(reflection.getTypeMetaData(node.$type).properties)) {
            this.highlightReferences(node, property.name, acceptor);
        }
    }

    private highlightReferences(node: AstNode, property: string, acceptor: SemanticTokenAcceptor): void {
        const value = (node as unknown as Record<string, unknown>)[property];
        const values = Array.isArray(value) ? value : [value];
        values.forEach((item, index) => {
            if (isReference(item) && item.ref) {
                const type = TYPE_OF[item.ref.$type];
                if (type) {
                    acceptor({ node, property: property as never, index, type });
                }
            }
        });
    }
}

function isReference(value: unknown): value is { ref?: AstNode; $refText: string } {
    return typeof value === 'object' && value !== null && '$refText' in value;
}
