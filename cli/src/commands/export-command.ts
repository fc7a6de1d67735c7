import * as path from 'node:path';
import { isDocument, isPlaybook, type Playbook } from '../../../server/src/language/generated/ast.js';
import { toPlaybookModel } from '../../../server/src/model/playbook-model.js';
import { roleHoldersOf } from '../../../server/src/workspace/playbook-role-holders.js';
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { parseCommandArgs, type OptionSpec } from '../args.js';
import { toFinding } from '../check.js';
import { loadConfig } from '../config.js';
import { shownPath } from '../files.js';
import { EXIT, VERSION, type CliIo } from '../io.js';
import { messages } from '../messages.js';
import { loadWorkspace } from '../workspace.js';
import { writeOutput } from './output.js';
import { choice } from './option-values.js';
import { INTEROP_EXPORTERS, interopOptionProblem } from './interop-exports.js';

const OPTIONS: Readonly<Record<string, OptionSpec>> = {
    format: { type: 'string', short: 'f' },
    output: { type: 'string', short: 'o' },
    playbook: { type: 'string' },
    from: { type: 'string' },
    weeks: { type: 'string' },
    rotation: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
};

/** The export formats; each is loaded only when asked for, so that `check` does not pay for yaml or the runner. */
const EXPORTERS: Readonly<Record<string, (model: PlaybookModel, values: object) => Promise<string>>> = {
    json: async model => JSON.stringify(model, undefined, 2),
    yaml: async model => (await import('../export/yaml.js')).renderYaml(model),
    markdown: async model => (await import('../export/markdown.js')).renderMarkdown(model, VERSION),
    // The runner's script and style are built into the bundle, so the page needs no file beside it.
    html: async model => (await import('../../../runner/src/html/playbook-standalone-page.js')).buildRunnerHtml(model),
};

/** `playbook export FILE --format json|yaml|markdown|html [-o OUT]`: writes one playbook's resolved model. */
export async function exportCommand(argv: readonly string[], io: CliIo): Promise<number> {
    const args = parseCommandArgs(argv, OPTIONS, 'export');
    if (!args.ok) {
        io.err(args.message);
        return EXIT.usage;
    }
    const { values, positionals } = args;
    if (values.help) {
        io.out(messages.exportUsage);
        return EXIT.clean;
    }
    if (positionals.length !== 1) {
        io.err(messages.exportNeedsFile);
        return EXIT.usage;
    }
    if (values.format === undefined) {
        io.err(messages.exportNeedsFormat);
        return EXIT.usage;
    }
    const format = choice('--format', values.format, [...Object.keys(EXPORTERS), ...Object.keys(INTEROP_EXPORTERS)]);
    if (!format.ok) {
        io.err(format.message);
        return EXIT.usage;
    }
    const resolved = await resolveModel(positionals[0]!, values.playbook as string | undefined, io);
    if ('exit' in resolved) {
        return resolved.exit;
    }
    const { model, read } = resolved;
    const optionProblem = interopOptionProblem(format.value!, values, model);
    if (optionProblem !== undefined) {
        io.err(optionProblem);
        return EXIT.usage;
    }
    const text = await (EXPORTERS[format.value!] ?? INTEROP_EXPORTERS[format.value!]!)(model, values);
    return await writeOutput(text, values.output as string | undefined, io, read) ? EXIT.clean : EXIT.usage;
}

/**
 * One playbook's resolved model from a file, as `export` and `simulate` read it: the config
 * applied, imports linked, and refused (with the errors printed) when the file has errors.
 */
export async function resolveModel(fileArgument: string, playbook: string | undefined, io: CliIo): Promise<{ model: PlaybookModel; read: string[] } | { exit: number }> {
    const loaded = await loadConfig(io.cwd, undefined, []);
    if ('usage' in loaded) {
        io.err(loaded.usage);
        return { exit: EXIT.usage };
    }
    const file = path.resolve(io.cwd, fileArgument);
    const shown = shownPath(file, io.cwd);
    const workspace = await loadWorkspace([file], io.cwd, services => services.validation.PlaybookConfigProvider.set(loaded.config));
    const [problem] = workspace.problems;
    if (problem) {
        io.err(problem.message);
        return { exit: EXIT.usage };
    }
    const document = workspace.documents[0]!;
    // A model built from a file with errors would silently leave things out: refuse, and say where.
    const errors = (document.diagnostics ?? []).map(d => toFinding(shown, d)).filter(f => f.severity === 'error');
    if (errors.length > 0) {
        errors.forEach(f => io.err(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.message} [${f.code}]`));
        io.err(messages.exportHasErrors({ path: shown, errors: errors.length }));
        return { exit: EXIT.findings };
    }
    const root = document.parseResult.value;
    const playbooks: Playbook[] = isDocument(root) ? root.elements.filter(isPlaybook) : [];
    const chosen = pickPlaybook(playbooks, playbook, shown);
    if (typeof chosen === 'string') {
        io.err(chosen);
        return { exit: EXIT.usage };
    }
    return {
        model: toPlaybookModel(chosen, roleHoldersOf(workspace.services.shared)),
        // Every file the model was read from (imports included): an output path may not be one of them.
        read: workspace.services.shared.workspace.LangiumDocuments.all.map(d => d.uri.fsPath).toArray(),
    };
}

/** The playbook to export: the only one, or the one named; otherwise the message that says why not. */
function pickPlaybook(playbooks: readonly Playbook[], name: string | undefined, shown: string): Playbook | string {
    const names = playbooks.map(p => p.name).join(', ');
    if (name !== undefined) {
        return playbooks.find(p => p.name === name) ?? messages.exportUnknownPlaybook({ path: shown, name, names });
    }
    if (playbooks.length === 0) {
        return messages.exportNoPlaybook({ path: shown });
    }
    return playbooks.length === 1 ? playbooks[0]! : messages.exportSeveralPlaybooks({ path: shown, names });
}
