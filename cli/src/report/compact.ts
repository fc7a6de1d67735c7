import type { ReportFormat } from './report-input.js';

/** One line per finding, `path:line:col severity message [id]`, as compilers print them; nothing when clean. */
export const compact: ReportFormat = ({ result }) =>
    result.findings.map(f => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.code}]`).join('\n');
