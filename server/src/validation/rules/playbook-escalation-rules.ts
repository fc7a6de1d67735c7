import {
    isRotation, isSeverity, isTeam, type EscalationPath, type Playbook, type Severity, type Trigger,
} from '../../language/generated/ast.js';
import { escalationTimeline } from '../../language/playbook-escalation-timeline.js';
import { report } from '../playbook-rule-report.js';
import { ruleMessages, unnamed } from '../rule-messages.js';
import type { RuleContext } from './playbook-rule-context.js';

/** The severities a trigger can start: those of its criteria and its `otherwise`. */
export function triggerSeverities(trigger: Trigger): Severity[] {
    const severities = [...trigger.criteria.map(c => c.severity?.ref), trigger.otherwise?.ref];
    return [...new Set(severities.filter(isSeverity))];
}

/**
 * missing-escalation. A trigger with no path of its own that can start a severity with none is
 * reported on the trigger; a severity with none that no trigger starts (it can only be
 * declared by hand) is reported on the severity. A severity whose triggers all bring a path
 * is covered: either the severity or the trigger may carry the path.
 */
export function checkMissingEscalation(playbook: Playbook, ctx: RuleContext): void {
    const triggers = playbook.elements.filter((e): e is Trigger => e.$type === 'Trigger');
    const started = new Set<Severity>();
    for (const trigger of triggers) {
        const severities = triggerSeverities(trigger);
        severities.forEach(s => started.add(s));
        if (trigger.escalation || !trigger.name) {
            continue;
        }
        const uncovered = severities.find(s => !s.escalation && s.name);
        if (severities.length === 0) {
            report(ctx.accept, 'missing-escalation', ruleMessages.missingEscalationNoSeverity({ trigger: trigger.name }), { node: trigger, property: 'name' }, trigger);
        } else if (uncovered) {
            report(ctx.accept, 'missing-escalation', ruleMessages.missingEscalationTrigger({ trigger: trigger.name, severity: uncovered.name }), { node: trigger, property: 'name' }, trigger);
        }
    }
    for (const severity of playbook.elements.filter(isSeverity)) {
        if (!severity.escalation && severity.name && !started.has(severity)) {
            report(ctx.accept, 'missing-escalation', ruleMessages.missingEscalationSeverity({ severity: severity.name }), { node: severity, property: 'name' }, severity);
        }
    }
}

/** escalation-cycle: a path whose `then` chain comes back to itself; reported on each path of the loop. */
export function checkEscalationCycle(path: EscalationPath, ctx: RuleContext): void {
    const chain: EscalationPath[] = [path];
    if (!path.name) {
        return;
    }
    for (let next = path.next?.ref; next; next = next.next?.ref) {
        if (next === path) {
            const cycle = [...chain, path].map(p => `"${p.name}"`).join(unnamed.cycleArrow);
            report(ctx.accept, 'escalation-cycle', ruleMessages.escalationCycle({ path: path.name, cycle }), { node: path, property: 'next' });
            return;
        }
        if (chain.includes(next)) {
            return; // a loop further on, which does not include this path: reported on its own paths
        }
        chain.push(next);
    }
}

/**
 * escalation-order: levels numbered 1, 2, 3… in order; each level fires strictly later than the
 * one before (delays count from the previous level, see escalationTimeline); a level notifies
 * someone who can answer.
 */
export function checkEscalationOrder(path: EscalationPath, ctx: RuleContext): void {
    if (!path.name) {
        return;
    }
    const timeline = escalationTimeline(path);
    timeline.forEach((entry, i) => {
        const level = entry.level;
        if (level.number !== undefined && level.number !== i + 1) {
            report(ctx.accept, 'escalation-order', ruleMessages.escalationLevelNumber({ number: level.number, expected: i + 1, path: path.name }), { node: level, property: 'number' });
        }
        const previous = timeline[i - 1];
        if (previous && level.number !== undefined && previous.number !== undefined && entry.at <= previous.at) {
            const location = level.delay !== undefined ? { node: level, property: 'delay' as const } : { node: level, property: 'number' as const };
            report(ctx.accept, 'escalation-order', ruleMessages.escalationDelay({ number: level.number, previous: previous.number, path: path.name }), location);
        }
        const targets = level.targets.map(t => t?.ref).filter(t => t !== undefined);
        const empty = targets.filter(t => (isTeam(t) || isRotation(t)) && t.members.length === 0);
        if (level.number !== undefined && targets.length > 0 && empty.length === targets.length) {
            const names = empty.map(t => `"${t.name}"`).join(unnamed.listSeparator);
            report(ctx.accept, 'escalation-order', ruleMessages.escalationNobody({ number: level.number, path: path.name, targets: names }), { node: level, property: 'targets' });
        }
    });
}
