import type { Severity } from '../check.js';
import type { ReportFormat } from './report-input.js';

const COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=<id>::message`, which
 * the runner turns into annotations on the pull request's changed lines.
 */
export const github: ReportFormat = ({ result }) => [
    ...result.problems.map(p => `::error file=${property(p.path)}::${data(p.message)}`),
    ...result.findings.map(f => `::${COMMANDS[f.severity]} file=${property(f.file)},line=${f.line},col=${f.column},`
        + `endLine=${f.endLine},endColumn=${f.endColumn},title=${property(f.code)}::${data(f.message)}`),
].join('\n');

/** Escapes a command's message, as the runner's toolkit does. */
function data(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a command's property value, where `:` and `,` are separators. */
function property(text: string): string {
    return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
