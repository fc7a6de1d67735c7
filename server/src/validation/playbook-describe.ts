import type { AstNode } from 'langium';
import { isCommunicationRule, isDrill, isEscalationLevel, isReview } from '../language/generated/ast.js';
import { thing, thingKinds, unnamed } from './rule-messages.js';

/** How a node is named in a message: `step "isolate"`, `escalation path "exec-path"`. */
export function describeNode(node: AstNode): string {
    if (isEscalationLevel(node)) {
        return describeNode(node.$container);
    }
    if (isCommunicationRule(node)) {
        return node.audience ? thing({ kind: thingKinds.CommunicationRule!, name: `notify ${node.audience}` }) : thingKinds.CommunicationRule!;
    }
    if (isReview(node)) {
        return unnamed.review;
    }
    if (isDrill(node)) {
        return drillName(node.kind ?? thingKinds.Drill!, node.title);
    }
    const name = (node as { name?: unknown }).name;
    const kind = thingKinds[node.$type] ?? node.$type;
    return typeof name === 'string' && name !== '' ? thing({ kind, name }) : kind;
}

/** The kind word of a node type: `escalation path`. */
export function kindOf(node: AstNode): string {
    return thingKinds[node.$type] ?? node.$type;
}

/** How a drill is named in a message: `tabletop "Ransomware"`, or its kind alone when it has no title. */
export function drillName(kind: string, title: string | undefined): string {
    return title ? unnamed.drill({ kind, title }) : kind;
}
