import type { Palette } from '../ansi.js';
import type { Severity } from '../check.js';
import { messages } from '../messages.js';
import { byFile, totals, type ReportFormat } from './report-input.js';
import { terminalText } from './terminal-text.js';

/**
 * ESLint's habit: findings grouped under their file, `line:col severity message id` in
 * aligned columns, then `N errors, M warnings in K files`.
 */
export const stylish: ReportFormat = ({ result, colours }) => {
    const blocks: string[] = [];
    for (const [file, findings] of byFile(result.findings)) {
        const rows = findings.map(f => [`${f.line}:${f.column}`, f.severity, terminalText(f.message), terminalText(f.code)] as const);
        const widths = [Math.max(...rows.map(r => r[0].length)), Math.max(...rows.map(r => r[1].length))];
        const lines = rows.map(([position, severity, message, code]) =>
            `  ${colours.dim(position.padEnd(widths[0]!))}  ${paint(severity as Severity, colours)(severity.padEnd(widths[1]!))}  ${message}  ${colours.dim(code)}`);
        blocks.push([colours.underline(terminalText(file)), ...lines].join('\n'));
    }
    const counts = totals(result);
    const summary = messages.summary({ errors: counts.errors, warnings: counts.warnings, files: counts.files });
    const tone = counts.errors > 0 ? colours.red : counts.warnings > 0 ? colours.yellow : colours.green;
    blocks.push(colours.bold(tone(summary)));
    return blocks.join('\n\n');
};

function paint(severity: Severity, colours: Palette): (text: string) => string {
    return severity === 'error' ? colours.red : severity === 'warning' ? colours.yellow : colours.dim;
}
