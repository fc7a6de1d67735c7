import { run } from './main.js';

// The process glue: the only place that touches the exit code.
run(process.argv.slice(2), line => process.stdout.write(line + '\n'), line => process.stderr.write(line + '\n'))
    .then(code => { process.exitCode = code; })
    .catch((error: unknown) => {
        process.stderr.write(`playbook: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
    });
