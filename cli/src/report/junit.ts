import { messages } from '../messages.js';
import { compactLine } from './compact.js';
import { byFile, type ReportFormat } from './report-input.js';
import { attribute, text } from './xml-text.js';

/**
 * JUnit XML for CI dashboards (GitLab, Jenkins, Azure): one test case per file checked, which
 * fails when the file has errors and lists every finding; an input that could not be read is a
 * test case in error.
 */
export const junit: ReportFormat = ({ result }) => {
    const groups = byFile(result.findings);
    const cases: string[] = [];
    let failures = 0;
    for (const file of result.files) {
        const findings = groups.get(file) ?? [];
        const listing = findings.map(compactLine).join('\n');
        const errors = findings.filter(f => f.severity === 'error');
        const open = `    <testcase classname="playbook" name="${attribute(file)}" file="${attribute(file)}">`;
        if (errors.length > 0) {
            failures++;
            const first = errors[0]!;
            cases.push(`${open}\n      <failure type="${attribute(first.code)}" message="${attribute(first.message)}">${text(listing)}</failure>\n    </testcase>`);
        } else if (findings.length > 0) {
            cases.push(`${open}\n      <system-out>${text(listing)}</system-out>\n    </testcase>`);
        } else {
            cases.push(open.replace(/>$/, ' />'));
        }
    }
    for (const problem of result.problems) {
        cases.push(`    <testcase classname="playbook" name="${attribute(problem.path)}" file="${attribute(problem.path)}">\n`
            + `      <error type="input" message="${attribute(messages.junitInputProblem)}">${text(problem.message)}</error>\n    </testcase>`);
    }
    const counts = `tests="${result.files.length + result.problems.length}" failures="${failures}" errors="${result.problems.length}"`;
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="${attribute(messages.junitSuiteName)}" ${counts}>`,
        `  <testsuite name="${attribute(messages.junitSuiteName)}" ${counts}>`,
        ...cases,
        '  </testsuite>',
        '</testsuites>',
    ].join('\n');
};
