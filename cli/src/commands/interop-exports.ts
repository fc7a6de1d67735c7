/**
 * The export formats other tools read (docs/interop.md): CACAO 2.0 JSON, Mermaid diagrams and
 * an on-call iCalendar feed. Each module is loaded only when its format is asked for.
 */
import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { VERSION } from '../io.js';
import { messages } from '../messages.js';

/** The options of `playbook export` these formats read. */
export interface InteropExportValues {
    from?: unknown;
    weeks?: unknown;
    rotation?: unknown;
}

export const INTEROP_EXPORTERS: Readonly<Record<string, (model: PlaybookModel, values: InteropExportValues) => Promise<string>>> = {
    cacao: async model => {
        const { toCacao } = await import('../../../interop/src/cacao/cacao-export.js');
        return JSON.stringify(toCacao(model, { modified: await modifiedTime(model), toolVersion: VERSION }), undefined, 2);
    },
    mermaid: async model => (await import('../../../interop/src/mermaid/mermaid-export.js')).mermaidMarkdown(model),
    ics: async (model, values) => (await import('../../../interop/src/ics/ics-export.js')).icsFeed(model, {
        from: (values.from as string | undefined) ?? new Date().toISOString().slice(0, 10),
        weeks: values.weeks !== undefined ? Number(values.weeks) : 4,
        ...(values.rotation !== undefined ? { rotation: values.rotation as string } : {}),
        now: new Date(),
        toolVersion: VERSION,
    }),
};

/** What is wrong with the options for `format`, in one line; undefined when nothing is. */
export function interopOptionProblem(format: string, values: InteropExportValues, model?: PlaybookModel): string | undefined {
    const from = values.from as string | undefined;
    const weeks = values.weeks as string | undefined;
    if (format !== 'ics') {
        const given = ['from', 'weeks', 'rotation'].find(name => values[name as keyof InteropExportValues] !== undefined);
        return given !== undefined ? messages.exportOptionNeedsIcs({ option: `--${given}` }) : undefined;
    }
    if (from !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(from) || Number.isNaN(Date.parse(`${from}T00:00:00Z`)))) {
        return messages.exportBadFrom({ value: from });
    }
    if (weeks !== undefined && !(/^\d+$/.test(weeks) && Number(weeks) >= 1 && Number(weeks) <= 104)) {
        return messages.exportBadWeeks({ value: weeks });
    }
    const rotation = values.rotation as string | undefined;
    if (model && rotation !== undefined && !model.rotations.some(r => r.name === rotation)) {
        return messages.exportUnknownRotation({ name: rotation, names: model.rotations.map(r => r.name).join(', ') });
    }
    if (model && model.rotations.length === 0) {
        return messages.exportNoRotation({ playbook: model.name });
    }
    return undefined;
}

/** The file's last change, for CACAO's `modified`; now when the model has no file. */
async function modifiedTime(model: PlaybookModel): Promise<Date> {
    if (model.source?.startsWith('file:')) {
        try {
            return (await fs.stat(fileURLToPath(model.source))).mtime;
        } catch {
            // The file went away since it was read: the export time is as good as any.
        }
    }
    return new Date();
}
