import type { AstNode } from 'langium';
import { complement, union } from '../../time/intervals.js';
import { analysisSpan, conditionIntervals, conditionZone, describeWindows } from '../playbook-time-analysis.js';
import { assignmentsIn, inFileOf, timeGroups } from '../playbook-time-dependent.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { peopleRuleMessages } from '../rule-messages-people.js';

/**
 * calendar-hole: every assignment of a role depends on the time (a role with one assignment
 * `inside hours of office` has nobody outside them), or two or more versions of one escalation
 * level all do, and together they leave hours in which none applies. A single time-dependent
 * level is not a hole: the path simply skips it at the other hours. Reported on the first one.
 * A role's assignments are those of the holding reading (the playbook's own, else every
 * organisation file's), so hours one file leaves to another are no hole.
 */
export const calendarHoleRule = defineRule({
    id: 'calendar-hole',
    defaultLevel: 'warning',
    checks: {
        Document: (document, ctx) => check(document.elements, document, ctx),
        Playbook: (playbook, ctx) => check(playbook.elements, playbook, ctx),
    },
});

function check(elements: readonly AstNode[], scope: AstNode, ctx: RuleContext): void {
    const span = analysisSpan(ctx.today);
    for (const group of timeGroups(elements, role => assignmentsIn(role, scope, ctx.holders))) {
        if (group.kind === 'communication' || group.members.some(m => m.condition === undefined)) continue;
        if (group.kind === 'level' && group.members.length < 2) continue;
        // Once for the whole group, in the file of its first assignment (they may span files):
        // the other files' checks skip it before any interval is computed.
        if (!inFileOf(group.members[0]!.node, scope)) continue;
        const sets = group.members.map(m => conditionIntervals(m.condition!, span));
        if (sets.some(s => s === undefined)) continue;
        const holes = complement(union(sets.flatMap(s => s!)), span);
        if (holes.length === 0) continue;
        const first = group.members[0]!.condition!;
        const windows = describeWindows(holes, conditionZone(first));
        const text = group.kind === 'assignment'
            ? peopleRuleMessages.assignmentHole({ role: group.subject, windows })
            : peopleRuleMessages.levelHole({ level: group.subject, path: group.path ?? '', windows });
        report(ctx.accept, calendarHoleRule, text, { node: first });
    }
}
