import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { REGRESSIONS_DIR, ROOT } from './playbook-fuzz-cases.js';
import { describeFinding } from './playbook-fuzz-findings.js';
import { runFuzzJob } from './playbook-fuzz-supervisor.js';

// `npm run fuzz -- --cases N --seed S [--scale K]`: runs N cases and keeps each failing input
// as fuzz/regressions/<hash>.playbook, which the test suite replays from then on.
const { values } = parseArgs({
    options: {
        cases: { type: 'string', default: '2000' },
        seed: { type: 'string', default: String(Date.now() % 1_000_000) },
        scale: { type: 'string', default: '200000' },
    },
});
const cases = Number(values.cases);
const seed = Number(values.seed);
const scale = Number(values.scale);
if (![cases, seed, scale].every(n => Number.isSafeInteger(n) && n >= 0)) {
    process.stderr.write('Usage: npm run fuzz -- --cases N --seed S [--scale K] (whole numbers)\n');
    process.exit(2);
}

const out = (line: string) => process.stdout.write(line + '\n');
out(`Fuzzing ${cases} cases with seed ${seed} (huge inputs up to ${scale} characters).`);
const started = Date.now();
const report = await runFuzzJob({ mode: 'generate', seed, from: 0, to: cases, scale }, { onCase: ran => {
    if (ran % 250 === 0) {
        out(`  ${ran} cases, ${Math.round((Date.now() - started) / 1000)} s`);
    }
} });
mkdirSync(REGRESSIONS_DIR, { recursive: true });
for (const failure of report.failures) {
    const file = path.join(REGRESSIONS_DIR, `${createHash('sha256').update(failure.text).digest('hex').slice(0, 12)}.playbook`);
    writeFileSync(file, failure.text);
    out(`case ${failure.index} (${failure.name}; ${failure.applied.join(', ')}) kept as ${path.relative(ROOT, file)}`);
    failure.findings.forEach(f => out(`  ${describeFinding(f).split('\n')[0]}`));
}
out(`${report.ran} cases in ${Math.round((Date.now() - started) / 1000)} s: ${report.withSyntaxErrors} with syntax errors, ${report.failures.length} failing.`);
out(`Mutations: ${Object.entries(report.mutations).map(([m, n]) => `${m} ${n}`).join(', ')}`);
process.exitCode = report.failures.length > 0 ? 1 : 0;
