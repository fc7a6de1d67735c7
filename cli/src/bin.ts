import { describeError } from './files.js';
import { EXIT } from './io.js';
import { run } from './main.js';
import { messages } from './messages.js';
import { capYoungGeneration } from './young-generation.js';

/**
 * The standard output can fail under the CLI: `| head -1` closes it (EPIPE), `> /dev/full` or a
 * full disk refuses the bytes (ENOSPC). A closed pipe means nobody reads any more: stop writing,
 * quietly, and keep the exit code the checks earned. Any other failure is one line on stderr and
 * exit 2. Without a listener Node would throw it as an unhandled error with a stack trace.
 */
let stdout: 'open' | 'closed' | 'failed' = 'open';
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (stdout !== 'open') {
        return;
    }
    stdout = error.code === 'EPIPE' ? 'closed' : 'failed';
    if (stdout === 'failed') {
        process.stderr.write(messages.stdoutFailed({ reason: describeError(error) }) + '\n');
        process.exitCode = EXIT.usage;
    }
});

// The process glue: the only place that touches the exit code, and the process's heap.
capYoungGeneration();
run(process.argv.slice(2), {
    out: text => {
        if (stdout === 'open') {
            process.stdout.write(text + '\n');
        }
    },
    err: text => process.stderr.write(text + '\n'),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    readStdin: async limit => {
        const chunks: Buffer[] = [];
        let total = 0;
        for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
            total += chunk.length;
            if (total > limit) {
                return undefined;
            }
            chunks.push(chunk);
        }
        return Buffer.concat(chunks, total);
    },
})
    .then(code => { process.exitCode = stdout === 'failed' ? EXIT.usage : code; })
    .catch((error: unknown) => {
        // A bug, not bad input: say so in one line; PLAYBOOK_DEBUG shows the stack for a report.
        process.stderr.write(`playbook: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        if (process.env.PLAYBOOK_DEBUG && error instanceof Error && error.stack) {
            process.stderr.write(error.stack + '\n');
        }
        process.exitCode = 2;
    });
