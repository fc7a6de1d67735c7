import { DocumentState, GrammarUtils, type AstNode, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor, type LangiumServices } from 'langium/lsp';
import { CancellationToken, InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { isDecision, isEscalationPath, isStep } from '../language/generated/ast.js';
import { formatDuration } from '../language/durations.js';
import { escalationTimeline } from '../language/playbook-escalation-timeline.js';
import { inlayHintMessages as m } from '../messages.js';
import { roleHoldersOf, type PlaybookRoleHolders } from '../workspace/playbook-role-holders.js';

/**
 * Two hints that save a reader arithmetic and a trip to another file: after each escalation
 * level, when it fires counted from the start of the path; after a step's owner role, who
 * holds that role for this playbook. Each holder hint is a lookup in the cached workspace
 * facts, so a long playbook in a large workspace costs one lookup per step.
 */
export class PlaybookInlayHintProvider extends AbstractInlayHintProvider {
    private readonly shared: LangiumSharedCoreServices;
    private readonly holders: PlaybookRoleHolders;

    constructor(services: LangiumServices) {
        super();
        this.shared = services.shared;
        this.holders = roleHoldersOf(services.shared);
    }

    /** Holders come from other files too: wait until the workspace is linked, as Langium waits for this document. */
    override async getInlayHints(document: LangiumDocument, params: InlayHintParams, cancelToken = CancellationToken.None): Promise<InlayHint[] | undefined> {
        await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Linked, cancelToken);
        return super.getInlayHints(document, params, cancelToken);
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
                    : holding.state === 'unreachable' ? m.heldByNobodyReachable({ holders: names }) : m.heldByNobody;
                acceptor({ position: end, label, tooltip: m.heldByTooltip, kind: InlayHintKind.Parameter, paddingLeft: true });
            }
        }
    }
}
