import { AstUtils, GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import type { PlaybookAstType } from '../../language/generated/ast.js';
import { describeNode } from '../playbook-describe.js';
import { defineRule, type RuleChecks } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages } from '../rule-messages.js';

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
        updateEvery: 'updates every', coverage: 'coverage', description: 'description', declared: 'declared', paging: 'paging',
    },
    Trigger: { category: 'category', source: 'source', otherwise: 'otherwise', automatic: 'activated automatically', escalation: 'escalation' },
    Channel: { owner: 'owner', backup: 'backup', standby: 'standby' },
    CommunicationRule: { every: 'every', first: 'first within', event: 'on', gate: 'after', owner: 'owner', template: 'template', paging: 'paging' },
    Step: { owner: 'owner', timebox: 'within', escalate: 'escalate' },
    Decision: { owner: 'owner', timebox: 'within' },
    Review: { owner: 'owner', due: 'within', meetingDue: 'meeting within' },
    Drill: { every: 'every', last: 'last' },
};

/** duplicate-clause: reported on the second (and any further) occurrence of a single-valued clause. */
export const duplicateClauseRule = defineRule({
    id: 'duplicate-clause',
    defaultLevel: 'error',
    // Only the block types that have single-valued clauses are checked.
    checks: Object.fromEntries(Object.keys(SINGLE_CLAUSES).map(type => [type as keyof PlaybookAstType, checkDuplicateClauses])) as RuleChecks,
});

function checkDuplicateClauses(node: AstNode, ctx: RuleContext): void {
    const clauses = SINGLE_CLAUSES[node.$type];
    if (!clauses || !isCompositeCstNode(node.$cstNode)) {
        return;
    }
    const seen = new Set<string>();
    for (const child of ownAssignments(node)) {
        const property = assignedProperty(child)!;
        if (!Object.hasOwn(clauses, property)) {
            continue;
        }
        if (seen.has(property)) {
            report(ctx.accept, duplicateClauseRule, ruleMessages.duplicateClause({ clause: clauses[property]!, what: describeNode(node) }), { node, range: child.range });
        }
        seen.add(property);
    }
}

/**
 * The CST nodes that assign a property of `node` itself, in text order: one walk that does
 * not enter nested AST nodes (a step's checks are not the step's clauses).
 */
function* ownAssignments(node: AstNode): Generator<CstNode> {
    const stack: CstNode[] = node.$cstNode ? [node.$cstNode] : [];
    while (stack.length > 0) {
        const current = stack.pop()!;
        if (current !== node.$cstNode && assignedProperty(current) !== undefined) {
            yield current;
        } else if (isCompositeCstNode(current)) {
            for (let i = current.content.length - 1; i >= 0; i--) {
                const child = current.content[i]!;
                if (child.astNode === node) {
                    stack.push(child);
                }
            }
        }
    }
}

/**
 * The property each grammar element assigns ('' for none), looked up once per element: the
 * grammar is fixed, and every CST child of every block asks.
 */
const assigned = new WeakMap<AstNode, string>();

/** The property a CST child assigns (`owner=...` gives "owner"), if it is an assigned value. */
function assignedProperty(child: CstNode): string | undefined {
    const source = child.grammarSource;
    if (!source || child.hidden) {
        return undefined;
    }
    let feature = assigned.get(source);
    if (feature === undefined) {
        feature = AstUtils.getContainerOfType(source, GrammarAST.isAssignment)?.feature ?? '';
        assigned.set(source, feature);
    }
    return feature === '' ? undefined : feature;
}

