import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadOrganisation, loadRegressions, ROOT } from '../../fuzz/playbook-fuzz-cases.js';
import { describeFinding, timerWatchdog, type FuzzWatchdog } from '../../fuzz/playbook-fuzz-findings.js';
import { PlaybookFuzzOracle } from '../../fuzz/playbook-fuzz-oracle.js';
import { FuzzRandom } from '../../fuzz/playbook-fuzz-random.js';
import { runFuzzJob, type FuzzFailure } from '../../fuzz/playbook-fuzz-supervisor.js';
import { TEST_LIMIT_MS, WAIT_LIMIT_MS } from '../helpers/limits.js';

/** The suite's share of fuzzing: a fixed seed, a few hundred cases, inputs up to 20k characters. */
const SUITE_SEED = 20261123;
const SUITE_CASES = 300;

function explain(failures: FuzzFailure[]): string {
    return failures.map(f => `case ${f.index} (${f.name}; ${f.applied.join(', ')}):\n  ${f.findings.map(describeFinding).join('\n  ')}`).join('\n');
}

/** In the suite a request has hung only after minutes: `npm run fuzz`'s 2 s would trip on a loaded machine. */
const SUITE_WATCHDOG = timerWatchdog(WAIT_LIMIT_MS);

/** Judges the planted hover hung as soon as it starts, and nothing else ever: no clock involved. */
const PLANTED_HOVER_WATCHDOG: FuzzWatchdog = {
    limit: 'the test\'s judgement',
    arm: (stage, hung) => {
        if (stage === 'hover') {
            queueMicrotask(hung);
        }
        return () => {};
    },
};

const SAMPLE = readFileSync(path.join(ROOT, 'samples/playbooks/data-breach.playbook'), 'utf8');

describe('fuzzing', function () {
    // Hundreds of cases in one test. The watchdog bounds every request (4 minutes), so this limit
    // only stops a hang between requests: 300 cases took over 10 minutes at load 13 with two CPU
    // burners beside the suite (docs/development.md), hence six times the usual limit.
    this.timeout(6 * TEST_LIMIT_MS);

    it(`runs ${SUITE_CASES} seeded cases through every service and none fails`, async () => {
        const report = await runFuzzJob({ mode: 'generate', seed: SUITE_SEED, from: 0, to: SUITE_CASES, scale: 20_000 }, { watchdog: SUITE_WATCHDOG });
        assert.equal(report.ran, SUITE_CASES);
        assert.deepEqual(report.failures.map(f => f.index), [], explain(report.failures));
        // The cases really break files, and some stay valid so that formatting's promises are checked.
        assert.ok(report.withSyntaxErrors > SUITE_CASES * 0.4, `only ${report.withSyntaxErrors} cases had syntax errors`);
        assert.ok(report.withSyntaxErrors < SUITE_CASES * 0.95, `${report.withSyntaxErrors} cases had syntax errors`);
        assert.ok(Object.keys(report.mutations).length >= 15, `mutations used: ${Object.keys(report.mutations).join(', ')}`);
    });

    it('replays every kept regression input without a finding', async () => {
        const inputs = Object.entries(loadRegressions()).map(([name, text]) => ({ name, text }));
        const report = await runFuzzJob({ mode: 'replay', inputs }, { watchdog: SUITE_WATCHDOG });
        assert.equal(report.ran, inputs.length);
        assert.deepEqual(report.failures.map(f => f.name), [], explain(report.failures));
    });

    it('records a request that never answers as a hang and goes on with the next case', async () => {
        const report = await runFuzzJob({ mode: 'replay', inputs: [{ name: 'a', text: SAMPLE }, { name: 'b', text: SAMPLE }], plantHang: true }, { watchdog: PLANTED_HOVER_WATCHDOG });
        assert.equal(report.ran, 2);
        assert.deepEqual(report.failures.map(f => [f.name, f.findings[0]?.kind, f.findings[0]?.stage, f.findings[0]?.detail]),
            [['a', 'hang', 'hover', 'no answer within the test\'s judgement'], ['b', 'hang', 'hover', 'no answer within the test\'s judgement']]);
    });
});

describe('the fuzz oracle', () => {
    it('finds nothing wrong with a valid sample', async () => {
        const oracle = await PlaybookFuzzOracle.create(loadOrganisation());
        assert.deepEqual(await oracle.check(SAMPLE, new FuzzRandom(1)), []);
    });

    it('reports a formatter that changes what the file means', async () => {
        const oracle = await PlaybookFuzzOracle.create(loadOrganisation());
        const formatter = oracle.services.lsp.Formatter!;
        formatter.formatDocument = document => {
            const offset = document.textDocument.getText().indexOf('commander');
            const start = document.textDocument.positionAt(offset);
            return [{ range: { start, end: document.textDocument.positionAt(offset + 'commander'.length) }, newText: 'scribe' }];
        };
        const kinds = (await oracle.check(SAMPLE, new FuzzRandom(1))).map(f => f.kind);
        assert.ok(kinds.includes('format-changed-tokens'), kinds.join(', '));
        assert.ok(kinds.includes('format-changed-meaning'), kinds.join(', '));
    });

    it('reports an exception thrown by a request, naming the request', async () => {
        const oracle = await PlaybookFuzzOracle.create(loadOrganisation());
        oracle.services.lsp.DocumentSymbolProvider!.getSymbols = () => {
            throw new Error('planted');
        };
        const findings = await oracle.check(SAMPLE, new FuzzRandom(1));
        assert.deepEqual(findings.map(f => [f.kind, f.stage, f.detail.split('\n')[0]]), [['exception', 'symbols', 'planted']]);
    });
});
