import type { Severity } from '../check.js';
import { byFile, type ReportFormat } from './report-input.js';
import { attribute } from './xml-text.js';

const SEVERITIES: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'info', hint: 'info' };

/**
 * Checkstyle XML, which Jenkins' warnings plug-in, reviewdog, SonarQube and many CI dashboards
 * read: one `<file>` per file with findings, one `<error>` per finding, the code as `source`.
 */
export const checkstyle: ReportFormat = ({ result }) => [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<checkstyle version="4.3">',
    ...[...byFile(result.findings)].flatMap(([file, findings]) => [
        `  <file name="${attribute(file)}">`,
        ...findings.map(f => `    <error line="${f.line}" column="${f.column}" severity="${SEVERITIES[f.severity]}" `
            + `message="${attribute(f.message)}" source="playbook.${attribute(f.code)}" />`),
        '  </file>',
    ]),
    '</checkstyle>',
].join('\n');
