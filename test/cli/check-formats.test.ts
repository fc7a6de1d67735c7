import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import { RULES } from '../../server/src/validation/playbook-code-catalogue.js';
import { playbook } from './run-cli.js';

const DATE = 'samples/invalid/invalid-date.playbook';
const DATE_MESSAGE = '"2026-02-30" is not a calendar date. Write dates as YYYY-MM-DD, for example 2026-10-01.';
const REFERENCE = 'samples/invalid/unresolved-reference.playbook';

/** The official SARIF 2.1.0 schema (see fixtures/README.md), compiled with ajv. */
function sarifValidator() {
    const schema = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
    // The schema is written in JSON Schema draft-04, which ajv 8 no longer ships. Of draft-04's
    // differences from draft-07 it uses only `id` (now `$id`): no boolean exclusiveMinimum or
    // exclusiveMaximum, which is asserted here so that the translation stays exact.
    assert.doesNotMatch(JSON.stringify(schema), /"exclusive(Minimum|Maximum)"/);
    const { id, ...rest } = schema;
    delete rest.$schema;
    // The schema's `language` pattern ends in a stray `]`, legal in a plain regular expression but
    // not under the `u` flag ajv uses by default.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    return ajv.compile({ ...rest, $id: id as string });
}

describe('playbook check (process): report formats', () => {
    it('stylish (the default): grouped by file, aligned, then the totals', () => {
        const result = playbook(['check', DATE, REFERENCE]);
        assert.equal(result.status, 1);
        assert.equal(result.stdout, [
            DATE,
            `  3:12  error  ${DATE_MESSAGE}  invalid-date`,
            '',
            REFERENCE,
            '  4:44  error  No role named "night-watch" is defined here or in the organisation files. Check the spelling, or define it.  linking-error',
            '',
            '2 errors, 0 warnings in 2 files',
            '',
        ].join('\n'));
    });

    it('stylish in colour when asked, and never under NO_COLOR alone on a pipe', () => {
        const coloured = playbook(['check', DATE, '--color']);
        assert.ok(coloured.stdout.includes('\u001b[31merror\u001b[39m'), coloured.stdout);
        assert.ok(coloured.stdout.includes('\u001b[4msamples/invalid/invalid-date.playbook\u001b[24m'));
        assert.ok(!playbook(['check', DATE]).stdout.includes('\u001b['));
        assert.ok(!playbook(['check', DATE, '--no-color'], { env: { NO_COLOR: undefined } }).stdout.includes('\u001b['));
    });

    it('json: every finding with code, severity, message, 1-based start and end, file; totals', () => {
        const result = playbook(['check', DATE, '--format', 'json']);
        assert.equal(result.status, 1);
        const report = JSON.parse(result.stdout) as Record<string, unknown>;
        assert.deepEqual(report.findings, [{
            file: DATE, line: 3, column: 12, endLine: 3, endColumn: 22, severity: 'error', code: 'invalid-date', message: DATE_MESSAGE,
        }]);
        assert.deepEqual(report.totals, { files: 1, errors: 1, warnings: 0, infos: 0, hints: 0, problems: 0 });
        assert.deepEqual(report.problems, []);
        assert.deepEqual(report.files, [DATE]);
    });

    it('sarif: valid against the SARIF 2.1.0 schema, with every rule, help links and located results', () => {
        const result = playbook(['check', 'samples/invalid', 'no/such.playbook', '--format', 'sarif']);
        assert.equal(result.status, 2);
        const log = JSON.parse(result.stdout) as Sarif.Log;
        const validate = sarifValidator();
        assert.ok(validate(log), JSON.stringify(validate.errors, undefined, 2));
        assert.equal(validate({ ...log, version: '2.0.0' }), false, 'the schema rejects a log it should reject');
        const run = log.runs[0]!;
        const rules = run.tool.driver.rules!;
        for (const rule of RULES) {
            const descriptor = rules.find(r => r.id === rule.id);
            assert.ok(descriptor, rule.id);
            assert.equal(descriptor.helpUri, rule.docsUrl);
            assert.equal(descriptor.shortDescription?.text, rule.shortDescription);
        }
        const compact = playbook(['check', 'samples/invalid', '--format', 'compact']).stdout.trim().split('\n');
        assert.equal(run.results!.length, compact.length);
        const date = run.results!.find(r => r.ruleId === 'invalid-date')!;
        assert.equal(rules[date.ruleIndex!]!.id, 'invalid-date');
        assert.equal(date.level, 'error');
        assert.deepEqual(date.locations![0]!.physicalLocation, {
            artifactLocation: { uri: DATE, uriBaseId: '%SRCROOT%' },
            region: { startLine: 3, startColumn: 12, endLine: 3, endColumn: 22 },
        });
        const notifications = run.invocations![0]!.toolExecutionNotifications!;
        assert.equal(notifications[0]!.message.text, 'no/such.playbook: no such file or directory');
        assert.equal(run.invocations![0]!.executionSuccessful, false);
    });

    it('github: one workflow command per finding, with the rule id as title', () => {
        const result = playbook(['check', DATE, '--format', 'github']);
        assert.equal(result.status, 1);
        assert.equal(result.stdout, `::error file=${DATE},line=3,col=12,endLine=3,endColumn=22,title=invalid-date::${DATE_MESSAGE}\n`);
    });

    it('junit: one test case per file, failing when the file has errors', () => {
        const result = playbook(['check', DATE, 'samples/playbooks/service-outage.playbook', 'missing.playbook', '--format', 'junit']);
        assert.equal(result.status, 2);
        const xml = result.stdout;
        assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="playbook check" tests="3" failures="1" errors="1">/);
        assert.equal(xml.match(/<testcase /g)?.length, 3);
        assert.ok(xml.includes(`<testcase classname="playbook" name="${DATE}" file="${DATE}">\n      <failure type="invalid-date" message="&quot;2026-02-30&quot; is not a calendar date.`));
        assert.ok(xml.includes('<testcase classname="playbook" name="samples/playbooks/service-outage.playbook" file="samples/playbooks/service-outage.playbook" />'));
        assert.ok(xml.includes('<error type="input" message="The file could not be checked.">missing.playbook: no such file or directory</error>'));
    });

    it('compact: one line per finding, nothing when clean', () => {
        assert.equal(playbook(['check', DATE, '-f', 'compact']).stdout, `${DATE}:3:12: error: ${DATE_MESSAGE} [invalid-date]\n`);
        assert.equal(playbook(['check', 'samples/playbooks/service-outage.playbook', '-f', 'compact']).stdout, '');
    });
});
