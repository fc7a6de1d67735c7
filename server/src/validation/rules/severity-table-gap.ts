import type { SeverityTable } from '../../language/generated/ast.js';
import { defineRule } from '../playbook-rule.js';
import type { RuleContext } from '../playbook-rule-context.js';
import { report } from '../playbook-rule-report.js';
import { responseRuleMessages as m } from '../rule-messages-response.js';

/** severity-table-gap: every combination of the row measure's and the column measure's values needs a level. */
export const severityTableGapRule = defineRule({
    id: 'severity-table-gap',
    defaultLevel: 'warning',
    checks: { SeverityTable: checkTable },
});

function checkTable(table: SeverityTable, ctx: RuleContext): void {
    const rows = table.rows.ref;
    const columns = table.columns.ref;
    if (!rows || !columns) return;
    const mapped = new Set(table.cells.map(cell => JSON.stringify([cell.row, cell.column])));
    const missing = rows.values.flatMap(row => columns.values.map(column => ({ row, column })))
        .filter(({ row, column }) => !mapped.has(JSON.stringify([row, column])));
    const first = missing[0];
    if (first) {
        report(ctx.accept, severityTableGapRule, m.severityTableGap({ rows: rows.name, columns: columns.name, ...first, missing: missing.length }), { node: table, property: 'rows' });
    }
}
