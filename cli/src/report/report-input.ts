import type { CodeInfo } from '../../../server/src/catalogue/playbook-code-info.js';
import type { Palette } from '../ansi.js';
import type { CheckResult, Finding, Severity } from '../check.js';

/** What a report needs to know of a code: its catalogue entry. */
export type RuleInfo = CodeInfo;

/** Everything a report format renders from. */
export interface ReportInput {
    result: CheckResult;
    rules: readonly RuleInfo[];
    /** The working directory, the base of every relative path in the result. */
    cwd: string;
    version: string;
    colours: Palette;
}

/** Renders a report as the text to write (without a trailing newline). */
export type ReportFormat = (input: ReportInput) => string;

/** The counts every format states. */
export interface Totals {
    files: number;
    errors: number;
    warnings: number;
    infos: number;
    hints: number;
    problems: number;
}

/** Counts findings by severity, the files checked and the inputs that could not be read. */
export function totals(result: CheckResult): Totals {
    const count = (severity: Severity) => result.findings.filter(f => f.severity === severity).length;
    return {
        files: result.files.length,
        errors: count('error'),
        warnings: count('warning'),
        infos: count('info'),
        hints: count('hint'),
        problems: result.problems.length,
    };
}

/** Groups findings by file, keeping the files' order. */
export function byFile(findings: readonly Finding[]): Map<string, Finding[]> {
    const groups = new Map<string, Finding[]>();
    for (const finding of findings) {
        const group = groups.get(finding.file);
        if (group) {
            group.push(finding);
        } else {
            groups.set(finding.file, [finding]);
        }
    }
    return groups;
}
