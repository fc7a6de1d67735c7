import { totals, type ReportFormat } from './report-input.js';

/**
 * Every finding with its rule code, severity, message, 1-based start and end, and file; the
 * inputs that could not be checked; the totals. The shape is versioned for other tools.
 */
export const json: ReportFormat = ({ result, version }) => JSON.stringify({
    tool: { name: 'playbook', version },
    findings: result.findings.map(f => ({
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        severity: f.severity,
        code: f.code,
        message: f.message,
    })),
    problems: result.problems,
    files: result.files,
    totals: totals(result),
}, undefined, 2);
