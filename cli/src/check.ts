import type { Diagnostic } from 'vscode-languageserver-types';
import { expandPaths, shownPath, type InputProblem } from './files.js';
import type { LoadedConfig } from './config.js';
import type { WorkspaceDiscovery } from './discovery.js';
import { IgnoreRules } from './ignore.js';
import { loadWorkspace } from './workspace.js';

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

/** Where and how to check: each file under the workspace and config discovered for it. */
export interface CheckOptions {
    cwd: string;
    discovery: WorkspaceDiscovery;
    /** A text checked as if it were this file (`--stdin --stdin-filename`), instead of the inputs. */
    stdin?: { file: string; text: string };
}

const SEVERITIES: readonly Severity[] = ['error', 'error', 'warning', 'info', 'hint'];

/**
 * Checks the given paths and returns what was found; it prints nothing and never exits. Files
 * are grouped by workspace (root and config), and each group is linked and validated on its own,
 * so a file's result does not depend on the working directory or on the other paths named.
 */
export async function check(inputs: readonly string[], options: CheckOptions): Promise<CheckRun> {
    const { discovery, cwd } = options;
    const problems: InputProblem[] = [];
    const ignoreOf = (file: string) => {
        const loaded = discovery.configOf(file);
        return 'usage' in loaded ? new IgnoreRules(cwd, []) : loaded.ignore;
    };
    const expansion = options.stdin ? { files: [options.stdin.file], problems: [] } : await expandPaths(inputs, cwd, ignoreOf);
    const given = options.stdin ? new Map([[options.stdin.file, options.stdin.text]]) : undefined;
    problems.push(...expansion.problems);
    const groups = new Map<string, { root: string; config: LoadedConfig; files: string[] }>();
    for (const file of expansion.files) {
        const loaded = discovery.configOf(file);
        if ('usage' in loaded) {
            problems.push({ path: shownPath(file, cwd), message: loaded.usage });
            continue;
        }
        const { root, configFile } = discovery.workspaceOf(file);
        const key = `${root}\0${configFile ?? ''}`;
        const group = groups.get(key) ?? { root, config: loaded, files: [] };
        group.files.push(file);
        groups.set(key, group);
    }
    const findings: Finding[] = [];
    const files: string[] = [];
    const read: string[] = [];
    for (const group of groups.values()) {
        const workspace = await loadWorkspace(group.files, cwd, services => services.validation.PlaybookConfigProvider.set(group.config.config), group.root, given);
        // Hints (a faded "unused" in the editor) are editor-only; set a rule to info or more to see it here.
        findings.push(...workspace.documents.flatMap(document =>
            (document.diagnostics ?? []).map(d => toFinding(shownPath(document.uri.fsPath, cwd), d)))
            .filter(f => f.severity !== 'hint'));
        files.push(...workspace.documents.map(d => shownPath(d.uri.fsPath, cwd)));
        problems.push(...workspace.problems);
        read.push(...workspace.services.shared.workspace.LangiumDocuments.all.map(d => d.uri.fsPath));
    }
    findings.sort(compareFindings);
    return { files: files.sort(), findings, problems, read };
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
