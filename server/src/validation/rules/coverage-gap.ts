import { isRole, isRotation, type EscalationPath, type Playbook, type Rotation } from '../../language/generated/ast.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { playbookSeverities } from '../../language/playbook-shared.js';
import { severityLocation, triggerSeverities } from '../playbook-severities.js';
import { ruleMessages } from '../rule-messages.js';
import { rotationGap, severityGap } from './coverage-windows.js';

/**
 * coverage-gap: a rotation that answers a severity but leaves hours it needs without anyone on
 * call (a business-hours rotation for a 24x7 severity; layers, restrictions, overrides and
 * calendars read exactly, see coverage-windows.ts); a rotation whose own schedule leaves hours
 * of its `covers` empty; a rotation of one person.
 */
export const coverageGapRule = defineRule({
    id: 'coverage-gap',
    defaultLevel: 'warning',
    checks: {
        Playbook: checkSeverityCoverage,
        Rotation: (rotation, ctx) => {
            const members = new Set(rotation.members.map(m => m.ref ?? m.$refText));
            if (rotation.name && members.size === 1) {
                const person = rotation.members[0]!.$refText;
                report(ctx.accept, coverageGapRule, ruleMessages.singlePersonRotation({ rotation: rotation.name, person }), { node: rotation, property: 'members', index: 0 });
            }
            const gap = rotationGap(rotation, ctx);
            if (gap) {
                report(ctx.accept, coverageGapRule, gap, { node: rotation, property: 'name' }, rotation);
            }
        },
    },
});

/**
 * For a severity that needs 24x7: every rotation its escalation reaches (directly, or through a
 * role the rotation holds), along the severity's path, the paths of triggers that start it, and
 * their `then` continuations, must cover 24x7.
 */
function checkSeverityCoverage(playbook: Playbook, ctx: RuleContext): void {
    for (const severity of playbookSeverities(playbook)) {
        if ((severity.coverage !== '24x7' && !severity.coverageCalendar) || !severity.name) {
            continue;
        }
        const starts = playbook.elements.filter(e => e.$type === 'Trigger' && triggerSeverities(e).includes(severity));
        const paths = [severity.escalation?.ref, ...starts.map(t => t.$type === 'Trigger' ? t.escalation?.ref : undefined)];
        const reported = new Set<Rotation>();
        for (const path of followPaths(paths)) {
            for (const target of path.levels.flatMap(l => l.targets.map(t => t?.ref))) {
                const rotations = isRole(target) ? ctx.holders.holding(target, playbook).holders.filter(isRotation)
                    : isRotation(target) ? [target] : [];
                for (const rotation of rotations) {
                    if (!rotation.name || !path.name || reported.has(rotation)) {
                        continue;
                    }
                    const { location } = severityLocation(playbook, severity, severity.coverageCalendar ? 'coverageCalendar' : 'coverage');
                    // A plain business-hours rotation keeps its short message; any other schedule names its windows.
                    const plain = rotation.coverage === 'business-hours' && severity.coverage === '24x7'
                        && rotation.restrictions.length === 0 && rotation.layers.length === 0 && rotation.overrides.length === 0;
                    const message = plain ? ruleMessages.coverageGap({ severity: severity.name, rotation: rotation.name, path: path.name })
                        : severityGap(severity, rotation, path.name, ctx);
                    if (message) {
                        reported.add(rotation);
                        report(ctx.accept, coverageGapRule, message, location);
                    }
                }
            }
        }
    }
}

/** The given paths and every path their `then` chains continue into, each once. */
function followPaths(start: Array<EscalationPath | undefined>): EscalationPath[] {
    const seen = new Set<EscalationPath>();
    const queue = start.filter((p): p is EscalationPath => p !== undefined);
    while (queue.length > 0) {
        const path = queue.shift()!;
        if (!seen.has(path)) {
            seen.add(path);
            const next = path.next?.ref;
            if (next) {
                queue.push(next);
            }
        }
    }
    return [...seen];
}
