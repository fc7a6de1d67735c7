import { messages } from '../messages.js';
import { REPORT_FORMATS } from '../report/formats.js';
import { choice } from './option-values.js';

/** One report of a run: its format and where it goes (undefined: the standard output). */
export interface ReportTarget {
    format: string;
    output: string | undefined;
}

/**
 * The reports a `check` writes: each `--format` (repeatable; default stylish) goes to the file
 * `--output-file FORMAT=FILE` names for it, else to `--output FILE`, else to the standard
 * output. Two reports may not share one destination, which would mix them.
 */
export function reportTargets(formats: readonly string[] | undefined, output: string | undefined, outputFiles: readonly string[] | undefined): ReportTarget[] | { usage: string } {
    const names = formats && formats.length > 0 ? formats : ['stylish'];
    for (const name of names) {
        const checked = choice('--format', name, Object.keys(REPORT_FORMATS));
        if (!checked.ok) {
            return { usage: checked.message };
        }
    }
    const files = new Map<string, string>();
    for (const entry of outputFiles ?? []) {
        const match = /^([^=]+)=(.+)$/.exec(entry);
        if (!match) {
            return { usage: messages.badOutputFile({ value: entry }) };
        }
        if (!names.includes(match[1]!)) {
            return { usage: messages.outputFileUnknownFormat({ format: match[1]!, formats: names.join(', ') }) };
        }
        files.set(match[1]!, match[2]!);
    }
    const targets = [...new Set(names)].map(format => ({ format, output: files.get(format) ?? output }));
    const destinations = targets.map(t => t.output === '-' ? undefined : t.output);
    const shared = destinations.find((d, i) => destinations.indexOf(d) !== i);
    if (destinations.length !== new Set(destinations).size) {
        return { usage: shared === undefined ? messages.reportsShareStdout : messages.reportsShareOutput({ output: shared }) };
    }
    return targets;
}
