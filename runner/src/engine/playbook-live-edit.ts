/** Live edits: what changed between two versions of a playbook, so the runner can say so. */
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { flowItems } from './playbook-flow.js';
import type { ModelChange } from '../../../protocol/src/playbook-run-store.js';

/**
 * The differences a responder cares about mid-run: steps, decisions, phases, severities,
 * triggers, communication rules and role holders added, removed or changed. Progress is kept
 * by name, so a renamed step counts as one removed and one added.
 */
export function diffModels(before: PlaybookModel, after: PlaybookModel): ModelChange[] {
    const changes: ModelChange[] = [];
    const compare = <T extends { name: string }>(what: ModelChange['what'], old: readonly T[], now: readonly T[], key: (t: T) => string = t => t.name): void => {
        const oldByKey = new Map(old.map(t => [key(t), t]));
        const newByKey = new Map(now.map(t => [key(t), t]));
        for (const [name, item] of newByKey) {
            const previous = oldByKey.get(name);
            if (!previous) changes.push({ change: 'added', what, name });
            else if (JSON.stringify(previous) !== JSON.stringify(item)) changes.push({ change: 'changed', what, name });
        }
        for (const name of oldByKey.keys()) {
            if (!newByKey.has(name)) changes.push({ change: 'removed', what, name });
        }
    };
    compare('phase', before.phases.map(p => ({ name: p.name, title: p.title })), after.phases.map(p => ({ name: p.name, title: p.title })));
    compare('step', flowItems(before).filter(i => i.kind === 'step'), flowItems(after).filter(i => i.kind === 'step'));
    compare('decision', flowItems(before).filter(i => i.kind === 'decision'), flowItems(after).filter(i => i.kind === 'decision'));
    compare('severity', before.severities, after.severities);
    compare('trigger', before.triggers, after.triggers);
    compare('communication', before.communications.map(c => ({ ...c, name: c.id })), after.communications.map(c => ({ ...c, name: c.id })));
    compare('role', before.roles.map(r => ({ name: r.name, holders: r.holders, backups: r.backups })), after.roles.map(r => ({ name: r.name, holders: r.holders, backups: r.backups })));
    return changes;
}

/** True when a value looks like a model this runner can read. */
export function isPlaybookModel(value: unknown): value is PlaybookModel {
    const model = value as Partial<PlaybookModel> | null;
    return typeof model === 'object' && model !== null && model.modelVersion === 1 && typeof model.name === 'string'
        && Array.isArray(model.phases) && Array.isArray(model.severities) && Array.isArray(model.roles);
}
