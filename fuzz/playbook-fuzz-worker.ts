import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { generateCase, loadOrganisation, loadSeeds } from './playbook-fuzz-cases.js';
import { PlaybookFuzzOracle } from './playbook-fuzz-oracle.js';
import type { FuzzJob, WorkerMessage } from './playbook-fuzz-protocol.js';
import { FuzzRandom } from './playbook-fuzz-random.js';

// Runs in a worker thread so that the supervisor can kill it when a request hangs synchronously.
const job = workerData as FuzzJob & { skip?: number };
const post = (message: WorkerMessage) => parentPort?.postMessage(message);

// Langium catches exceptions in checks and providers and logs them; each one is a finding.
const logged: string[] = [];
Object.assign(console, {
    error: (...args: unknown[]) => logged.push(args.map(a => a instanceof Error ? a.stack ?? a.message : String(a)).join(' ')),
});

const oracle = await PlaybookFuzzOracle.create(loadOrganisation(), stage => post({ type: 'stage', stage }));

if (job.plantHang && oracle.services.lsp.HoverProvider) {
    oracle.services.lsp.HoverProvider.getHoverContent = () => {
        for (;;) {
            // Spins on purpose: the supervisor must notice and terminate the worker.
        }
    };
}

async function run(index: number, name: string, applied: string[], text: string, random: FuzzRandom): Promise<void> {
    post({ type: 'start', index, name, applied, text });
    logged.length = 0;
    const findings = await oracle.check(text, random);
    for (const line of [...new Set(logged)].slice(0, 3)) {
        findings.push({ kind: 'logged-error', stage: 'console', detail: line });
    }
    const syntaxErrors = hasSyntaxErrors(text);
    post({ type: 'done', index, findings, syntaxErrors });
}

function hasSyntaxErrors(text: string): boolean {
    const { lexerErrors, parserErrors } = oracle.services.parser.LangiumParser.parse(text);
    return lexerErrors.length > 0 || parserErrors.length > 0;
}

if (job.mode === 'generate') {
    const seeds = loadSeeds();
    for (let index = job.from; index < job.to; index++) {
        const fuzzCase = generateCase(job.seed, index, seeds, oracle.keywords, text => oracle.tokenize(text), job.scale);
        await run(index, fuzzCase.base, fuzzCase.applied, fuzzCase.text, new FuzzRandom(index ^ job.seed));
    }
} else {
    for (const [index, input] of job.inputs.entries()) {
        if (index < (job.skip ?? 0)) {
            continue;
        }
        const digest = createHash('sha256').update(input.text).digest().readUInt32BE(0);
        await run(index, input.name, ['replay'], input.text, new FuzzRandom(digest));
    }
}
post({ type: 'end' });
