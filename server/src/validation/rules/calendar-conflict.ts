import type { AstNode } from 'langium';
import { intersect } from '../../time/intervals.js';
import { analysisSpan, conditionIntervals, conditionZone, describeWindows } from '../playbook-time-analysis.js';
import { assignmentsIn, inFileOf, shareSeverity, timeGroups, type TimeGroup } from '../playbook-time-dependent.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { peopleRuleMessages } from '../rule-messages-people.js';

/**
 * calendar-conflict: two time-dependent rules that decide the same thing (assignments of one
 * role, versions of one escalation level, communication rules for one audience and timing) and
 * apply in a common severity both apply at some hours. Reported on the later rule's condition.
 * A role's assignments are those of the holding reading: across organisation files.
 */
export const calendarConflictRule = defineRule({
    id: 'calendar-conflict',
    defaultLevel: 'warning',
    checks: {
        Document: (document, ctx) => check(document.elements, document, ctx),
        Playbook: (playbook, ctx) => check(playbook.elements, playbook, ctx),
        CommunicationPlan: (plan, ctx) => check(plan.rules, plan, ctx),
    },
});

function check(elements: readonly AstNode[], scope: AstNode, ctx: RuleContext): void {
    const span = analysisSpan(ctx.today);
    for (const group of timeGroups(elements, role => assignmentsIn(role, scope, ctx.holders))) {
        const timed = group.members.filter(m => m.condition !== undefined);
        for (let j = 1; j < timed.length; j++) {
            const later = timed[j]!;
            // Once per pair, in the later rule's file (the pair may span two organisation files):
            // the other files' checks skip it before any interval is computed.
            if (!inFileOf(later.node, scope)) continue;
            for (let i = 0; i < j; i++) {
                const earlier = timed[i]!;
                if (!shareSeverity(earlier, later)) continue;
                const a = conditionIntervals(earlier.condition!, span);
                const b = conditionIntervals(later.condition!, span);
                const both = a && b ? intersect(a, b) : [];
                if (both.length > 0) {
                    const windows = describeWindows(both, conditionZone(later.condition!));
                    report(ctx.accept, calendarConflictRule, message(group, windows), { node: later.condition! });
                    break;
                }
            }
        }
    }
}

function message(group: TimeGroup, windows: string): string {
    switch (group.kind) {
        case 'assignment': return peopleRuleMessages.assignmentConflict({ role: group.subject, windows });
        case 'level': return peopleRuleMessages.levelConflict({ level: group.subject, path: group.path ?? '', windows });
        case 'communication': return peopleRuleMessages.communicationConflict({ audience: group.subject, windows });
    }
}
