import { run } from './main.js';

// The process glue: the only place that touches the exit code.
run(process.argv.slice(2), {
    out: text => process.stdout.write(text + '\n'),
    err: text => process.stderr.write(text + '\n'),
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
})
    .then(code => { process.exitCode = code; })
    .catch((error: unknown) => {
        // A bug, not bad input: say so in one line; PLAYBOOK_DEBUG shows the stack for a report.
        process.stderr.write(`playbook: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        if (process.env.PLAYBOOK_DEBUG && error instanceof Error && error.stack) {
            process.stderr.write(error.stack + '\n');
        }
        process.exitCode = 2;
    });
