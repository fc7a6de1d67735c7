import { isRotation, isTeam, type EscalationPath } from '../../language/generated/ast.js';
import { escalationTimeline } from '../../language/playbook-escalation-timeline.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages, unnamed } from '../rule-messages.js';
import { isReachableHolder } from '../../workspace/playbook-role-holding.js';

/**
 * escalation-order: levels numbered 1, 2, 3… in order; each level fires strictly later than the
 * one before (delays count from the previous level, see escalationTimeline); a level notifies
 * someone who can answer.
 */
export const escalationOrderRule = defineRule({
    id: 'escalation-order',
    defaultLevel: 'warning',
    checks: { EscalationPath: checkEscalationOrder },
});

function checkEscalationOrder(path: EscalationPath, ctx: RuleContext): void {
    if (!path.name) {
        return;
    }
    const timeline = escalationTimeline(path);
    timeline.forEach((entry, i) => {
        const level = entry.level;
        if (level.number !== undefined && level.number !== i + 1) {
            report(ctx.accept, escalationOrderRule, ruleMessages.escalationLevelNumber({ number: level.number, expected: i + 1, path: path.name }), { node: level, property: 'number' });
        }
        const previous = timeline[i - 1];
        if (previous && level.number !== undefined && previous.number !== undefined && entry.at <= previous.at) {
            const location = level.delay !== undefined ? { node: level, property: 'delay' as const } : { node: level, property: 'number' as const };
            report(ctx.accept, escalationOrderRule, ruleMessages.escalationDelay({ number: level.number, previous: previous.number, path: path.name }), location);
        }
        const targets = level.targets.map(t => t?.ref).filter(t => t !== undefined);
        const empty = targets.filter(t => (isTeam(t) || isRotation(t)) && !isReachableHolder(t));
        if (level.number !== undefined && targets.length > 0 && empty.length === targets.length) {
            const names = empty.map(t => `"${t.name}"`).join(unnamed.listSeparator);
            report(ctx.accept, escalationOrderRule, ruleMessages.escalationNobody({ number: level.number, path: path.name, targets: names }), { node: level, property: 'targets' });
        }
    });
}
