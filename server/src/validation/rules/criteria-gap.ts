import type { Measure, Trigger } from '../../language/generated/ast.js';
import { formatMeasureValue, measureDomain, measureTest } from '../playbook-criteria.js';
import { isEmptySet, setOf, someValue, uncovered, type MeasureTest } from '../playbook-measure-sets.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { responseRuleMessages as m } from '../rule-messages-response.js';

/**
 * criteria-gap: a trigger with no `otherwise` whose criteria all compare measures leaves
 * values with no severity. With criteria on several measures an incident has a value for each,
 * so a gap needs values that no criterion covers on every measure at once. A trigger with a
 * criterion in words is not checked: what the words cover is unknown.
 */
export const criteriaGapRule = defineRule({
    id: 'criteria-gap',
    defaultLevel: 'warning',
    checks: { Trigger: checkTrigger },
});

function checkTrigger(trigger: Trigger, ctx: RuleContext): void {
    if (trigger.otherwise || trigger.criteria.length === 0 || !trigger.name) return;
    const byMeasure = new Map<Measure, MeasureTest[]>();
    for (const criterion of trigger.criteria) {
        const tested = criterion.comparison ? measureTest(criterion.comparison) : undefined;
        if (!tested) return;
        byMeasure.set(tested.measure, [...(byMeasure.get(tested.measure) ?? []), tested.test]);
    }
    const gaps = [...byMeasure].map(([measure, tests]) => {
        const domain = measureDomain(measure);
        const gap = uncovered(tests.map(t => setOf(t, domain)), domain);
        return { measure, gap, value: someValue(gap, domain) };
    });
    if (gaps.some(g => isEmptySet(g.gap))) return;
    const first = gaps[0];
    if (!first || first.value === undefined) return;
    const p = { trigger: trigger.name, measure: first.measure.name, value: formatMeasureValue(first.measure, first.value) };
    report(ctx.accept, criteriaGapRule, gaps.length > 1 ? m.criteriaGapSeveral(p) : m.criteriaGap(p), { node: trigger, property: 'name' }, trigger);
}
