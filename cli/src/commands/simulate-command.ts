import * as path from 'node:path';
import { parseSimScript } from '../../../runner/src/engine/playbook-sim-script.js';
import { simulationJson, simulationMarkdown, simulationSummary } from '../../../runner/src/engine/playbook-sim-report.js';
import { scriptProblems, simulate } from '../../../runner/src/engine/playbook-simulation.js';
import { parseCommandArgs, type OptionSpec } from '../args.js';
import { readPlaybook, shownPath } from '../files.js';
import { EXIT, type CliIo } from '../io.js';
import { messages } from '../messages.js';
import { resolveModel } from './export-command.js';
import { choice } from './option-values.js';

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
    events: { type: 'string' },
    playbook: { type: 'string' },
    format: { type: 'string', short: 'f' },
    help: { type: 'boolean', short: 'h' },
};

/**
 * `playbook simulate FILE --events SCRIPT [--playbook NAME] [--format json|markdown]`: runs the
 * runner's engine from a script and prints the run. Exit 0 when every expectation holds, 1 when
 * one fails (each failure on stderr in words), 2 for a bad script (located) or a bad playbook.
 */
export async function simulateCommand(argv: readonly string[], io: CliIo, now: () => number = Date.now): Promise<number> {
    const args = parseCommandArgs(argv, OPTIONS, 'simulate');
    if (!args.ok) {
        io.err(args.message);
        return EXIT.usage;
    }
    const { values, positionals } = args;
    if (values.help) {
        io.out(messages.simulateUsage);
        return EXIT.clean;
    }
    if (positionals.length !== 1) {
        io.err(messages.simulateNeedsFile);
        return EXIT.usage;
    }
    if (typeof values.events !== 'string') {
        io.err(messages.simulateNeedsEvents);
        return EXIT.usage;
    }
    const format = choice('--format', values.format, ['markdown', 'json'], 'markdown');
    if (!format.ok) {
        io.err(format.message);
        return EXIT.usage;
    }
    const scriptFile = path.resolve(io.cwd, values.events);
    const shownScript = shownPath(scriptFile, io.cwd);
    const read = await readPlaybook(scriptFile, shownScript);
    if ('problem' in read) {
        io.err(read.problem.message);
        return EXIT.usage;
    }
    const parsed = parseSimScript(read.text);
    if ('problems' in parsed) {
        parsed.problems.forEach(p => io.err(messages.simulateScriptProblem({ path: shownScript, ...p })));
        return EXIT.usage;
    }
    const resolved = await resolveModel(positionals[0]!, (values.playbook as string | undefined) ?? parsed.script.playbook, io);
    if ('exit' in resolved) {
        return EXIT.usage;
    }
    const problems = scriptProblems(resolved.model, parsed.script);
    if (problems.length > 0) {
        problems.forEach(p => io.err(messages.simulateScriptProblem({ path: shownScript, ...p })));
        return EXIT.usage;
    }
    const result = simulate(resolved.model, parsed.script, now());
    io.out(format.value === 'json' ? simulationJson(result) : simulationMarkdown(result));
    const failures = result.expectations.filter(v => !v.ok);
    failures.forEach(v => io.err(messages.simulateFailure({ path: shownScript, line: v.line, message: v.message ?? '' })));
    if (failures.length > 0) io.err(simulationSummary(result));
    return failures.length > 0 ? EXIT.findings : EXIT.clean;
}
