import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { check, findings, ORG, validateFiles } from '../helpers/validation.js';

const levels = 'severity sev1 { paging none }\n  severity sev2 { paging none }\n  severity sev3 { paging none }';

function trigger(measure: string, criteria: string[], otherwise = ''): string {
    return `playbook p {\n  ${measure}\n  ${levels}\n  trigger t {\n${criteria.map(c => `    ${c}\n`).join('')}${otherwise}    activated automatically\n  }\n}`;
}

describe('overlapping-criteria', () => {
    it('reports two criteria of different levels sharing the boundary, on the later comparison, with the shared value', async () => {
        const text = trigger('measure users count', ['when users >= 1000 then sev1', 'when users <= 1000 then sev2']);
        assert.deepEqual(await check(text, 'overlapping-criteria'), [{
            code: 'overlapping-criteria', severity: 'warning', range: '8:10-8:23',
            message: 'In trigger "t", "users >= 1000" (severity sev1) and "users <= 1000" (severity sev2) both hold for 1000. Make the boundaries meet without overlapping, for example "> 1000" and "<= 1000".',
        }]);
    });

    it('near miss: "> 1000" against "<= 1000", overlap within one level, and criteria on different measures', async () => {
        assert.deepEqual(await check(trigger('measure users count', ['when users > 1000 then sev1', 'when users <= 1000 then sev2']), 'overlapping-criteria'), []);
        assert.deepEqual(await check(trigger('measure users count', ['when users > 10 then sev1', 'when users > 1000 then sev1']), 'overlapping-criteria'), []);
        const two = 'measure users count\n  measure rate percent';
        assert.deepEqual(await check(trigger(two, ['when users > 10 then sev1', 'when rate > 5% then sev2']), 'overlapping-criteria'), []);
    });

    it('value lists: a value named by two criteria of different levels', async () => {
        const text = trigger('measure data of public, personal, special', ['when data is personal, special then sev1', 'when data is public, personal then sev2']);
        const [finding] = await check(text, 'overlapping-criteria');
        assert.match(finding!.message, /both hold for personal\./);
    });

    it('a severity table that maps one combination to two levels', async () => {
        const text = 'playbook p {\n  measure i of high, low\n  ' + levels + '\n  severities {\n    table i by i {\n      high, high then sev1\n      high, high then sev2\n    }\n  }\n}';
        assert.deepEqual((await check(text, 'overlapping-criteria')).map(f => [f.range, f.message]), [
            ['9:7-9:27', 'The combination high, high is mapped twice, to sev1 and to sev2. Keep one of the two lines.'],
        ]);
    });
});

describe('criteria-gap', () => {
    it('reports the first uncovered value of a count, on the trigger', async () => {
        const text = trigger('measure users count', ['when users > 1000 then sev1', 'when users < 500 then sev2']);
        assert.deepEqual(await check(text, 'criteria-gap'), [{
            code: 'criteria-gap', severity: 'warning', range: '6:11-6:12',
            message: 'Trigger "t" gives no severity when users is 500: no criterion covers it and there is no "otherwise". Add a criterion for it or "otherwise <severity>".',
        }]);
    });

    it('whole numbers leave no gap between "> 1000" and "< 1001"; amounts do', async () => {
        assert.deepEqual(await check(trigger('measure users count', ['when users > 1000 then sev1', 'when users < 1001 then sev2']), 'criteria-gap'), []);
        const [finding] = await check(trigger('measure rate percent', ['when rate > 5% then sev1', 'when rate < 5% then sev2']), 'criteria-gap');
        assert.match(finding!.message, /when rate is 5%:/);
        const [late] = await check(trigger('measure late duration', ['when late >= 1h then sev1', 'when late < 15m then sev2']), 'criteria-gap');
        assert.match(late!.message, /when late is 15m:/);
    });

    it('near miss: an otherwise, a criterion in words, or every value covered', async () => {
        assert.deepEqual(await check(trigger('measure users count', ['when users > 1000 then sev1'], '    otherwise sev2\n'), 'criteria-gap'), []);
        assert.deepEqual(await check(trigger('measure users count', ['when users > 1000 then sev1', 'when "a customer calls" then sev2']), 'criteria-gap'), []);
        assert.deepEqual(await check(trigger('measure data of public, personal', ['when data is public then sev2', 'when data is personal then sev1']), 'criteria-gap'), []);
    });

    it('several measures: a gap only where every measure is uncovered at once', async () => {
        const two = 'measure users count\n  measure rate percent';
        assert.deepEqual(await check(trigger(two, ['when users > 1000 then sev1', 'when users <= 1000 then sev2', 'when rate > 5% then sev1']), 'criteria-gap'), []);
        const [finding] = await check(trigger(two, ['when users > 1000 then sev1', 'when rate > 5% then sev1']), 'criteria-gap');
        assert.match(finding!.message, /when users is 0 and none of its other measured criteria holds/);
    });
});

describe('overlapping-criteria and criteria-gap against brute force (property-based, through the validator)', function () {
    this.timeout(600_000);
    const op = fc.constantFrom('>', '>=', '<', '<=');
    const criterion = fc.record({ op, n: fc.integer({ min: 0, max: 6 }), level: fc.constantFrom('sev1', 'sev2', 'sev3') });

    function holds(c: { op: string; n: number }, v: number): boolean {
        return c.op === '>' ? v > c.n : c.op === '>=' ? v >= c.n : c.op === '<' ? v < c.n : v <= c.n;
    }

    it('a count: findings exactly where an evaluation of every value from 0 to 8 finds an overlap or a gap', async () => {
        await fc.assert(fc.asyncProperty(fc.array(criterion, { minLength: 1, maxLength: 4 }), async criteria => {
            const text = trigger('measure users count', criteria.map(c => `when users ${c.op} ${c.n} then ${c.level}`));
            const values = Array.from({ length: 9 }, (_, v) => v);
            const overlap = criteria.some((a, i) => criteria.slice(i + 1).some(b => a.level !== b.level && values.some(v => holds(a, v) && holds(b, v))));
            const gap = values.some(v => criteria.every(c => !holds(c, v)));
            const [, document] = await validateFiles({ 'org.playbook': ORG, 'test.playbook': text });
            assert.equal(findings(document!, 'overlapping-criteria').length > 0, overlap, text);
            assert.equal(findings(document!, 'criteria-gap').length > 0, gap, text);
        }), { numRuns: 60 });
    });
});

describe('measure-mismatch', () => {
    it('reports a literal of the wrong kind, a list compared with ">", "is" on a number, an unknown value', async () => {
        const text = 'playbook p {\n  measure late duration\n  measure data of public, personal\n  ' + levels + '\n  trigger t {\n    when late > 50% then sev1\n    when data > 5 then sev2\n    when late is public then sev2\n    when data is secret then sev3\n    otherwise sev3\n    activated automatically\n  }\n}';
        assert.deepEqual((await check(text, 'measure-mismatch')).map(f => `${f.range} ${f.message}`), [
            '8:10-8:20 The measure "late" is a duration: compare it with a duration, for example "late > 15m".',
            '9:15-9:16 The measure "data" has a value list: compare it with "is" and its values, for example "data is <value>".',
            '10:18-10:24 The measure "late" has no value list, so "is" cannot compare it. Use ">", ">=", "<" or "<=", or give the measure values ("measure late of …").',
            '11:18-11:24 "secret" is not a value of the measure "data" (its values are public, personal).',
        ]);
    });

    it('near miss: every kind with its own literal; a count with a decimal is wrong', async () => {
        const ok = 'playbook p {\n  measure n count\n  measure r percent\n  measure d duration\n  ' + levels + '\n  trigger t {\n    when n > 10 then sev1\n    when r >= 2.5% then sev1\n    when d < 1h30m then sev2\n    otherwise sev3\n    activated automatically\n  }\n}';
        assert.deepEqual(await check(ok, 'measure-mismatch'), []);
        assert.equal((await check(ok.replace('n > 10', 'n > 10.5'), 'measure-mismatch')).length, 1);
    });
});

describe('severity-table-gap', () => {
    it('reports the first unmapped combination and how many there are, on the row measure', async () => {
        const text = 'playbook p {\n  measure impact of high, low\n  measure urgency of high, low\n  ' + levels + '\n  severities {\n    table impact by urgency {\n      high, high then sev1\n    }\n  }\n}';
        assert.deepEqual(await check(text, 'severity-table-gap'), [{
            code: 'severity-table-gap', severity: 'warning', range: '8:11-8:17',
            message: 'The table of impact by urgency gives no severity for high, low (combinations without one: 3). Add "high, low then <severity>".',
        }]);
    });

    it('near miss: every combination mapped', async () => {
        const cells = ['high, high then sev1', 'high, low then sev2', 'low, high then sev2', 'low, low then sev3'];
        const text = 'playbook p {\n  measure impact of high, low\n  measure urgency of high, low\n  ' + levels + `\n  severities {\n    table impact by urgency {\n${cells.map(c => `      ${c}\n`).join('')}    }\n  }\n}`;
        assert.deepEqual(await check(text, 'severity-table-gap'), []);
    });
});

describe('missing-escalation and non-paging levels', () => {
    it('a severity with "paging none" needs no escalation path; one that pages does', async () => {
        const text = 'playbook p {\n  severity ticket { paging none }\n  severity page { paging low }\n}';
        assert.deepEqual((await check(text, 'missing-escalation')).map(f => f.range), ['3:12-3:16']);
    });
});

describe('review-incomplete and a review required for some levels', () => {
    it('a required review needs a meeting deadline beside its document deadline', async () => {
        const text = (clauses: string) => `playbook p {\n  severity sev1 { paging none }\n  review "Review" owner commander within 5d ${clauses}\n}`;
        assert.deepEqual((await check(text('required for sev1'), 'review-incomplete')).map(f => `${f.range} ${f.message}`), [
            '3:3-3:9 The post-incident review "Review" is required for some levels but has no meeting deadline. Add "meeting within <duration>" beside its document deadline.',
        ]);
        assert.deepEqual(await check(text('required for sev1 meeting within 3d'), 'review-incomplete'), []);
        assert.deepEqual(await check(text(''), 'review-incomplete'), []);
    });
});
