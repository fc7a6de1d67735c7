import { GrammarUtils, type AstNode } from 'langium';
import { describeNode } from '../playbook-describe.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages } from '../rule-messages.js';
import type { RuleContext } from './playbook-rule-context.js';

/**
 * The single-valued clauses of each block, and how they are written. Block bodies accept
 * clauses in any order (docs/language.md), so writing one twice parses; only the last counts.
 */
const SINGLE_CLAUSES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
    Person: { timezone: 'timezone' },
    Rotation: { handoff: 'handoff', coverage: 'covers' },
    Role: { section: 'section', critical: 'critical' },
    Playbook: { owner: 'owner', version: 'version', reviewed: 'reviewed', description: 'description' },
    Severity: {
        respond: 'respond within', resolve: 'resolve within', escalation: 'escalation',
        updateEvery: 'updates every', coverage: 'coverage', description: 'description',
    },
    Trigger: { category: 'category', source: 'source', otherwise: 'otherwise', automatic: 'activated automatically', escalation: 'escalation' },
    Channel: { owner: 'owner', backup: 'backup', standby: 'standby' },
    CommunicationRule: { every: 'every', event: 'on', owner: 'owner', template: 'template', approver: 'approved by' },
    Step: { owner: 'owner', timebox: 'within' },
    Decision: { owner: 'owner', timebox: 'within' },
    Review: { owner: 'owner', due: 'within' },
    Drill: { every: 'every', last: 'last' },
};

/** duplicate-clause: reported on the second (and any further) occurrence of a single-valued clause. */
export function checkDuplicateClauses(node: AstNode, ctx: RuleContext): void {
    const clauses = SINGLE_CLAUSES[node.$type];
    if (!clauses || !node.$cstNode) {
        return;
    }
    for (const [property, clause] of Object.entries(clauses)) {
        const written = GrammarUtils.findNodesForProperty(node.$cstNode, property);
        for (const duplicate of written.slice(1)) {
            report(ctx.accept, 'duplicate-clause', ruleMessages.duplicateClause({ clause, what: describeNode(node) }), { node, range: duplicate.range });
        }
    }
}

