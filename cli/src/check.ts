import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { expandPaths, type InputProblem } from './files.js';
import { loadWorkspace } from './workspace.js';

/** One finding, located in a file, with 1-based positions as CI systems print them. */
export interface Finding {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: 'error' | 'warning' | 'info' | 'hint';
    message: string;
    code: string;
}

/** What `playbook check` found: findings per file, and inputs that could not be read. */
export interface CheckResult {
    files: string[];
    findings: Finding[];
    problems: InputProblem[];
}

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

/** Checks the given paths and returns what was found; it prints nothing and never exits. */
export async function check(inputs: readonly string[], cwd = process.cwd()): Promise<CheckResult> {
    const { files, problems } = await expandPaths(inputs.map(p => path.resolve(cwd, p)));
    const shown = (file: string) => path.relative(cwd, file) || file;
    problems.forEach(p => { p.path = shown(p.path); p.message = p.message.replace(path.resolve(cwd, p.path), p.path); });
    const workspace = await loadWorkspace(files, cwd);
    const findings = workspace.documents.flatMap(document =>
        (document.diagnostics ?? []).map(d => toFinding(shown(document.uri.fsPath), d)));
    findings.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
    return {
        files: workspace.documents.map(d => shown(d.uri.fsPath)),
        findings,
        problems: [...problems, ...workspace.problems],
    };
}

function toFinding(file: string, d: Diagnostic): Finding {
    const data = d.data as { code?: unknown } | undefined;
    return {
        file,
        line: d.range.start.line + 1,
        column: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
        severity: SEVERITIES[d.severity ?? 1],
        message: typeof d.message === 'string' ? d.message : d.message.value,
        code: String(d.code ?? data?.code ?? 'unknown'),
    };
}
