import type { EscalationPath, Party } from '../../language/generated/ast.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { gapMessages } from '../rule-messages-gaps.js';
import { unnamed } from '../rule-messages.js';

/**
 * escalation-dead-end: the last level of a path has no `repeat` and no `then` after it, so when
 * nobody answers nothing else happens; or (with no `then`) the last level only notifies parties
 * an earlier level already notified. A path with no levels is left to escalation-order.
 */
export const escalationDeadEndRule = defineRule({
    id: 'escalation-dead-end',
    defaultLevel: 'warning',
    checks: { EscalationPath: checkDeadEnd },
});

function checkDeadEnd(path: EscalationPath, ctx: RuleContext): void {
    const last = path.levels[path.levels.length - 1];
    if (!path.name || !last || last.number === undefined || path.next) {
        return;
    }
    if (path.repeat === undefined) {
        report(ctx.accept, escalationDeadEndRule, gapMessages.escalationEnds({ path: path.name, level: last.number }), { node: last, property: 'number' }, path, undefined, 'ends');
        return;
    }
    const earlier = new Set<Party>(path.levels.slice(0, -1).flatMap(l => l.targets.map(t => t?.ref).filter((t): t is Party => t !== undefined)));
    const targets = last.targets.map(t => t?.ref);
    if (path.levels.length > 1 && targets.length > 0 && targets.every(t => t !== undefined && earlier.has(t))) {
        const parties = targets.map(t => `"${t!.name}"`).join(unnamed.listSeparator);
        report(ctx.accept, escalationDeadEndRule, gapMessages.escalationSameParty({ path: path.name, level: last.number, parties }), { node: last, property: 'targets' }, path);
    }
}
