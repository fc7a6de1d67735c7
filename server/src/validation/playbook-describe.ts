import type { AstNode } from 'langium';
import { isCommunicationRule, isDrill, isEscalationLevel, isReview } from '../language/generated/ast.js';
import { thing, thingKinds, unnamed } from './rule-messages.js';

/** How a node is named in a message: `step "isolate"`, `escalation path "exec-path"`. */
export function describeNode(node: AstNode): string {
    if (isEscalationLevel(node)) {
        return describeNode(node.$container);
    }
    if (isCommunicationRule(node)) {
        return thing({ kind: thingKinds.CommunicationRule!, name: `notify ${node.audience}` });
    }
    if (isReview(node)) {
        return unnamed.review;
    }
    if (isDrill(node)) {
        return unnamed.drill({ kind: node.kind, title: node.title });
    }
    const name = (node as { name?: unknown }).name;
    return thing({ kind: thingKinds[node.$type] ?? node.$type, name: typeof name === 'string' ? name : '' });
}

/** The kind word of a node type: `escalation path`. */
export function kindOf(node: AstNode): string {
    return thingKinds[node.$type] ?? node.$type;
}
