import type { Finding } from '../check.js';
import type { ReportFormat } from './report-input.js';
import { terminalText } from './terminal-text.js';

/**
 * One finding as GNU's coding standards print a diagnostic, `file:line:col: severity: message [id]`,
 * the shape Vim's quickfix, Emacs' compilation mode and editors' problem matchers read.
 */
export function compactLine(f: Finding): string {
    return `${terminalText(f.file)}:${f.line}:${f.column}: ${f.severity}: ${terminalText(f.message)} [${terminalText(f.code)}]`;
}

/** One line per finding; nothing when clean. */
export const compact: ReportFormat = ({ result }) => result.findings.map(compactLine).join('\n');
