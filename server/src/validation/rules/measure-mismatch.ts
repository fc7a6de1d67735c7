import type { Comparison, SeverityTable, TableCell } from '../../language/generated/ast.js';
import { comparisonProblem } from '../playbook-criteria.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { measureKindNames, responseRuleMessages as m } from '../rule-messages-response.js';

const EXAMPLES = { count: '1000', percent: '5%', duration: '15m' } as const;

/**
 * measure-mismatch: a comparison must fit its measure (a count with whole numbers, a
 * percentage with `%`, a duration with a duration, a value list with `is` and its own values),
 * and a severity table's measures must have value lists holding the values of its cells.
 */
export const measureMismatchRule = defineRule({
    id: 'measure-mismatch',
    defaultLevel: 'error',
    checks: { Comparison: checkComparison, SeverityTable: checkTable },
});

function checkComparison(comparison: Comparison, ctx: RuleContext): void {
    const measure = comparison.measure.ref;
    const problem = measure ? comparisonProblem(comparison, measure) : undefined;
    if (!measure || !problem) return;
    const name = measure.name;
    switch (problem.problem) {
        case 'not-compared':
            report(ctx.accept, measureMismatchRule, m.measureNotCompared({ measure: name }), { node: comparison, property: 'operator' });
            return;
        case 'wrong-literal':
            report(ctx.accept, measureMismatchRule, m.measureWrongLiteral({ measure: name, kind: measureKindNames[problem.kind], example: EXAMPLES[problem.kind] }), { node: comparison });
            return;
        case 'not-a-list':
            report(ctx.accept, measureMismatchRule, m.measureNotAList({ measure: name }), { node: comparison, property: 'values', index: 0 });
            return;
        case 'unknown-value':
            report(ctx.accept, measureMismatchRule, m.measureUnknownValue({ measure: name, value: comparison.values[problem.index]!, values: measure.values.join(', ') }), { node: comparison, property: 'values', index: problem.index });
    }
}

function checkTable(table: SeverityTable, ctx: RuleContext): void {
    const sides = [{ property: 'rows', measure: table.rows.ref }, { property: 'columns', measure: table.columns.ref }] as const;
    for (const side of sides) {
        if (side.measure && side.measure.values.length === 0) {
            report(ctx.accept, measureMismatchRule, m.tableMeasureNotAList({ measure: side.measure.name }), { node: table, property: side.property });
        }
    }
    const rows = table.rows.ref;
    const columns = table.columns.ref;
    for (const cell of table.cells) {
        checkCellValue(cell, 'row', rows?.values.length ? rows : undefined, ctx);
        checkCellValue(cell, 'column', columns?.values.length ? columns : undefined, ctx);
    }
}

function checkCellValue(cell: TableCell, property: 'row' | 'column', measure: { name: string; values: string[] } | undefined, ctx: RuleContext): void {
    const value = cell[property];
    if (measure && value && !measure.values.includes(value)) {
        report(ctx.accept, measureMismatchRule, m.measureUnknownValue({ measure: measure.name, value, values: measure.values.join(', ') }), { node: cell, property });
    }
}
