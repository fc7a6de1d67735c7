import { createHash } from 'node:crypto';
import type { Severity } from '../check.js';
import type { ReportFormat } from './report-input.js';

/** GitLab's Code Quality severities. */
const SEVERITIES: Readonly<Record<Severity, string>> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/**
 * GitLab Code Quality JSON (`artifacts: reports: codequality`), shown in the merge request
 * widget and diff. The fingerprint identifies a finding across pipelines: its file, code,
 * message and how many identical ones come before it, but not its line, so that a finding
 * moved by an edit above it is not reported as new.
 */
export const gitlab: ReportFormat = ({ result }) => {
    const seen = new Map<string, number>();
    return JSON.stringify(result.findings.map(f => {
        const key = `${f.file}\u0000${f.code}\u0000${f.message}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return {
            description: f.message,
            check_name: f.code,
            fingerprint: createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex'),
            severity: SEVERITIES[f.severity],
            location: { path: f.file.split('\\').join('/'), positions: { begin: { line: f.line, column: f.column }, end: { line: f.endLine, column: f.endColumn } } },
        };
    }), undefined, 2);
};
