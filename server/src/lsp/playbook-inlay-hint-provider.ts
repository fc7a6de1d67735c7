import { GrammarUtils, type AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor, type LangiumServices } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import { isDecision, isEscalationPath, isStep } from '../language/generated/ast.js';
import { formatDuration } from '../language/durations.js';
import { escalationTimeline } from '../language/playbook-escalation-timeline.js';
import { inlayHintMessages as m } from '../messages.js';
import { PlaybookNodeDocs } from './playbook-node-docs.js';

/**
 * Two hints that save a reader arithmetic and a trip to another file: after each escalation
 * level, when it fires counted from the start of the path; after a step's owner role, who
 * holds that role for this playbook.
 */
export class PlaybookInlayHintProvider extends AbstractInlayHintProvider {
    private readonly docs: PlaybookNodeDocs;

    constructor(services: LangiumServices) {
        super();
        this.docs = new PlaybookNodeDocs(services.shared.workspace.LangiumDocuments);
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (isEscalationPath(node)) {
            for (const entry of escalationTimeline(node)) {
                const end = entry.level.$cstNode?.range.end;
                if (end) {
                    const at = formatDuration(entry.at);
                    acceptor({ position: end, label: m.escalationAt({ at }), tooltip: m.escalationAtTooltip({ at }), kind: InlayHintKind.Type, paddingLeft: true });
                }
            }
        } else if ((isStep(node) || isDecision(node)) && node.owner?.ref) {
            const end = GrammarUtils.findNodeForProperty(node.$cstNode, 'owner')?.range.end;
            if (end) {
                const holders = this.docs.holderNames(node.owner.ref, node);
                acceptor({
                    position: end,
                    label: holders.length > 0 ? m.heldBy({ holders: holders.join(', ') }) : m.heldByNobody,
                    tooltip: m.heldByTooltip,
                    kind: InlayHintKind.Parameter,
                    paddingLeft: true,
                });
            }
        }
    }
}
