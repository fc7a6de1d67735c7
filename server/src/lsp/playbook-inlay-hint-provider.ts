import { GrammarUtils, type AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor, type LangiumServices } from 'langium/lsp';
import { InlayHintKind } from 'vscode-languageserver';
import { isDecision, isEscalationPath, isStep } from '../language/generated/ast.js';
import { formatDuration } from '../language/durations.js';
import { escalationTimeline } from '../language/playbook-escalation-timeline.js';
import { inlayHintMessages as m } from '../messages.js';
import { roleHoldersOf, type PlaybookRoleHolders } from '../workspace/playbook-role-holders.js';

/**
 * Two hints that save a reader arithmetic and a trip to another file: after each escalation
 * level, when it fires counted from the start of the path; after a step's owner role, who
 * holds that role for this playbook. Each holder hint is a lookup in the cached workspace
 * facts, so a long playbook in a large workspace costs one lookup per step. The server answers
 * once the whole workspace is linked (PLAYBOOK_SERVICE_REQUIREMENTS).
 */
export class PlaybookInlayHintProvider extends AbstractInlayHintProvider {
    private readonly holders: PlaybookRoleHolders;

    constructor(services: LangiumServices) {
        super();
        this.holders = roleHoldersOf(services.shared);
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
                const holding = this.holders.holding(node.owner.ref, node);
                const names = holding.holders.map(h => h.name).join(', ');
                const label = holding.state === 'held' ? m.heldBy({ holders: names })
                    : holding.state === 'run-time' ? m.filledAtRunTime
                        : holding.state === 'unreachable' ? m.heldByNobodyReachable({ holders: names }) : m.heldByNobody;
                acceptor({ position: end, label, tooltip: m.heldByTooltip, kind: InlayHintKind.Parameter, paddingLeft: true });
            }
        }
    }
}
