import type { Criterion, SeverityTable, Trigger } from '../../language/generated/ast.js';
import { comparisonText } from '../../language/playbook-measures.js';
import { formatMeasureValue, measureDomain, measureTest } from '../playbook-criteria.js';
import { setOf, sharedValue } from '../playbook-measure-sets.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { responseRuleMessages as m } from '../rule-messages-response.js';

/**
 * overlapping-criteria: two criteria of one trigger comparing the same measure, leading to
 * different severities, that both hold for some value; the boundary counts (`>= 1000` and
 * `<= 1000` share 1000). Reported once per criterion, on the later one of its first overlap.
 * A severity table that maps one combination to two levels is reported on the second line.
 */
export const overlappingCriteriaRule = defineRule({
    id: 'overlapping-criteria',
    defaultLevel: 'warning',
    checks: { Trigger: checkTrigger, SeverityTable: checkTable },
});

function checkTrigger(trigger: Trigger, ctx: RuleContext): void {
    const tested = trigger.criteria.flatMap(criterion => {
        const test = criterion.comparison ? measureTest(criterion.comparison) : undefined;
        return test && criterion.severity.ref ? [{ criterion, ...test }] : [];
    });
    tested.forEach((later, i) => {
        const domain = measureDomain(later.measure);
        const overlap = tested.slice(0, i)
            .filter(e => e.measure === later.measure && e.criterion.severity.ref !== later.criterion.severity.ref)
            .map(e => ({ e, value: sharedValue(setOf(e.test, domain), setOf(later.test, domain), domain) }))
            .find(o => o.value !== undefined);
        if (overlap?.value === undefined) return;
        report(ctx.accept, overlappingCriteriaRule, m.overlappingCriteria({
            trigger: trigger.name,
            first: text(overlap.e.criterion),
            second: text(later.criterion),
            value: formatMeasureValue(later.measure, overlap.value),
            firstSeverity: overlap.e.criterion.severity.$refText,
            secondSeverity: later.criterion.severity.$refText,
        }), { node: later.criterion, property: 'comparison' });
    });
}

function text(criterion: Criterion): string {
    return criterion.comparison ? comparisonText(criterion.comparison) : criterion.condition ?? '';
}

function checkTable(table: SeverityTable, ctx: RuleContext): void {
    const seen = new Map<string, string>();
    for (const cell of table.cells) {
        const key = JSON.stringify([cell.row, cell.column]);
        const first = seen.get(key);
        const severity = cell.severity.ref?.name;
        if (severity === undefined) continue;
        if (first === undefined) {
            seen.set(key, severity);
        } else if (first !== severity) {
            report(ctx.accept, overlappingCriteriaRule, m.overlappingTableCell({ row: cell.row, column: cell.column, first, second: severity }), { node: cell });
        }
    }
}
