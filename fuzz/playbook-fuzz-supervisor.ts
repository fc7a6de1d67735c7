import { Worker } from 'node:worker_threads';
import { REQUEST_LIMIT_MS, timerWatchdog, type FuzzFinding, type FuzzWatchdog } from './playbook-fuzz-findings.js';
import type { FuzzJob, WorkerMessage } from './playbook-fuzz-protocol.js';

/** A case that failed: how to find it again, what was done, what went wrong, and the input. */
export interface FuzzFailure {
    index: number;
    name: string;
    applied: string[];
    findings: FuzzFinding[];
    text: string;
}

/** What a run did: how many cases ran, how many had syntax errors, and the failures. */
export interface FuzzReport {
    ran: number;
    withSyntaxErrors: number;
    failures: FuzzFailure[];
    mutations: Record<string, number>;
}

const WORKER = new URL('./playbook-fuzz-worker.ts', import.meta.url);

/** What a run may be given besides its job. */
export interface FuzzRunOptions {
    /** Called after each case with the number of cases run so far. */
    onCase?: (ran: number) => void;
    /** Judges hangs; by default a request has hung after REQUEST_LIMIT_MS on the wall clock. */
    watchdog?: FuzzWatchdog;
}

/**
 * Runs a job in a worker thread under a watchdog: a request the watchdog judges hung (a
 * synchronous loop as much as a promise that never settles) gets the worker terminated and the
 * case recorded as a hang; the run then goes on with the next case.
 */
export async function runFuzzJob(job: FuzzJob, options: FuzzRunOptions = {}): Promise<FuzzReport> {
    const watchdog = options.watchdog ?? timerWatchdog(REQUEST_LIMIT_MS);
    const report: FuzzReport = { ran: 0, withSyntaxErrors: 0, failures: [], mutations: {} };
    let skip = 0;
    let next = job.mode === 'generate' ? job.from : 0;
    for (;;) {
        const outcome = await runWorker(job.mode === 'generate' ? { ...job, from: next } : { ...job, skip }, report, watchdog, options.onCase);
        if (outcome === 'finished') {
            return report;
        }
        next = outcome + 1;
        skip = outcome + 1;
    }
}

/** Runs one worker until it ends ('finished') or hangs (the index of the hung case). */
function runWorker(job: FuzzJob & { skip?: number }, report: FuzzReport, watchdog: FuzzWatchdog, onCase?: (ran: number) => void): Promise<'finished' | number> {
    return new Promise((resolve, reject) => {
        const worker = new Worker(WORKER, { workerData: job });
        let current: Extract<WorkerMessage, { type: 'start' }> | undefined;
        let disarm = () => {};
        // Once the worker has ended or been given up as hung, whatever it still posts is ignored.
        let settled = false;
        const settle = (outcome: 'finished' | number) => {
            settled = true;
            disarm();
            void worker.terminate();
            resolve(outcome);
        };
        worker.on('message', (message: WorkerMessage) => {
            if (settled) {
                return;
            }
            switch (message.type) {
                case 'start':
                    current = message;
                    message.applied.forEach(m => report.mutations[m] = (report.mutations[m] ?? 0) + 1);
                    break;
                case 'stage':
                    disarm();
                    disarm = () => {};
                    if (message.stage && current) {
                        const hung = current;
                        const stage = message.stage;
                        disarm = watchdog.arm(stage, () => {
                            if (settled) {
                                return;
                            }
                            record(report, hung, [{ kind: 'hang', stage, detail: `no answer within ${watchdog.limit}` }]);
                            report.ran++;
                            onCase?.(report.ran);
                            settle(hung.index);
                        });
                    }
                    break;
                case 'done':
                    disarm();
                    disarm = () => {};
                    report.ran++;
                    report.withSyntaxErrors += message.syntaxErrors ? 1 : 0;
                    if (current && message.findings.length > 0) {
                        record(report, current, message.findings);
                    }
                    onCase?.(report.ran);
                    break;
                case 'end':
                    settle('finished');
                    break;
            }
        });
        worker.on('error', error => {
            if (settled) {
                return;
            }
            if (current) {
                // An error that escapes the oracle kills the worker: that is a finding too.
                record(report, current, [{ kind: 'worker-crash', stage: 'worker', detail: error.stack ?? error.message }]);
                report.ran++;
                settle(current.index);
            } else {
                settled = true;
                disarm();
                reject(error);
            }
        });
    });
}

function record(report: FuzzReport, fuzzCase: Extract<WorkerMessage, { type: 'start' }>, findings: FuzzFinding[]): void {
    report.failures.push({ index: fuzzCase.index, name: fuzzCase.name, applied: fuzzCase.applied, findings, text: fuzzCase.text });
}
