import type { Diagnostic } from 'vscode-languageserver-types';
import { expandPaths, shownPath, type InputProblem } from './files.js';
import type { IgnoreRules } from './ignore.js';
import { loadWorkspace, type ConfigureServices } from './workspace.js';

/** The severities a finding can have, worst first. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** One finding, located in a file, with 1-based positions as CI systems print them. */
export interface Finding {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: Severity;
    message: string;
    code: string;
}

/** What `playbook check` found: the files checked, findings, and inputs that could not be read. */
export interface CheckResult {
    files: string[];
    findings: Finding[];
    problems: InputProblem[];
}

/** A check's result and, absolute, every file it read (those asked for and what they import). */
export interface CheckRun extends CheckResult {
    read: string[];
}

/** Where and how to check. */
export interface CheckOptions {
    cwd: string;
    ignore: IgnoreRules;
    configure?: ConfigureServices;
}

const SEVERITIES: readonly Severity[] = ['error', 'error', 'warning', 'info', 'hint'];

/** Checks the given paths and returns what was found; it prints nothing and never exits. */
export async function check(inputs: readonly string[], options: CheckOptions): Promise<CheckRun> {
    const { files, problems } = await expandPaths(inputs, options.cwd, options.ignore);
    const workspace = await loadWorkspace(files, options.cwd, options.configure);
    // Hints (a faded "unused" in the editor) are editor-only; set a rule to info or more to see it here.
    const findings = workspace.documents.flatMap(document =>
        (document.diagnostics ?? []).map(d => toFinding(shownPath(document.uri.fsPath, options.cwd), d)))
        .filter(f => f.severity !== 'hint');
    findings.sort(compareFindings);
    return {
        files: workspace.documents.map(d => shownPath(d.uri.fsPath, options.cwd)).sort(),
        findings,
        problems: [...problems, ...workspace.problems],
        read: workspace.services.shared.workspace.LangiumDocuments.all.map(d => d.uri.fsPath).toArray(),
    };
}

/** Orders findings by file, then position. */
export function compareFindings(a: Finding, b: Finding): number {
    return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** Converts a Langium diagnostic (0-based, LSP) into a finding (1-based, CI). */
export function toFinding(file: string, d: Diagnostic): Finding {
    const data = d.data as { code?: unknown } | undefined;
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: SEVERITIES[d.severity ?? 1] ?? 'error',
        message: typeof d.message === 'string' ? d.message : String(d.message),
        code: String(d.code ?? data?.code ?? 'unknown'),
    };
}
