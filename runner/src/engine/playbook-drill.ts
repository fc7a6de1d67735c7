/**
 * Drills: a rehearsal run, marked as one everywhere, whose clock may run faster (×10, ×60) so
 * that a four-hour plan fits a tabletop hour, with faults the facilitator injects, and a report
 * of what was late, skipped or never reached.
 */
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import type { Millis, RunEvent } from '../../../protocol/src/playbook-run-store.js';
import { humanDuration, say } from '../playbook-runner-strings.js';
import { itemDeadline, severityTargets } from './playbook-deadlines.js';
import { flowItems } from './playbook-flow.js';
import { reduceRun } from './playbook-run.js';
import { escapeMarkdown } from '../../../escaping/src/markdown.js';
import { describeEntry, type ExportedRun } from './playbook-timeline-export.js';

/** The speeds a drill's clock may run at. */
export const DRILL_SPEEDS = [1, 10, 60] as const;

/**
 * The run's clock at real time `realNow`: real time for an incident; for a drill, `speed` times
 * faster from its start, so every event it records and every countdown it shows is in drill time.
 */
export function runTime(events: readonly RunEvent[], realNow: Millis): Millis {
    const start = events.find(e => e.type === 'start');
    if (start?.type !== 'start' || !start.drill || start.drill.speed <= 1) return realNow;
    return start.at + (realNow - start.at) * start.drill.speed;
}

/** The drill report, Markdown: what was late, skipped or never reached, the faults, and the timeline in drill time. */
export function drillReportMarkdown(model: PlaybookModel, run: ExportedRun, now: Millis): string {
    const state = reduceRun(model, run.events);
    const md = escapeMarkdown;
    const start = state.startedAt ?? now;
    const end = state.closedAt ?? state.resolvedAt ?? now;
    const since = (at: number): string => humanDuration(at - start);
    const title = (name: string): string => {
        const item = flowItems(model).find(i => i.name === name);
        return (item ? (item.kind === 'step' ? item.title : item.question) : undefined) ?? name;
    };
    const lines = [`# ${md(say('drillReportTitle', { playbook: model.title ?? model.name }))}`, '',
        say('drillReportIntro', { kind: state.drill?.kind ?? say('drillKindNone'), speed: state.drill?.speed ?? 1, start: new Date(start).toISOString(), duration: humanDuration(end - start) }), ''];
    const late: string[] = [];
    const targets = severityTargets(model, state, end);
    if (targets.respond?.overdue) late.push(say('drillLateTarget', { target: 'respond', by: humanDuration((targets.respond.metAt ?? end) - targets.respond.at) }));
    if (targets.resolve?.overdue) late.push(say('drillLateTarget', { target: 'resolve', by: humanDuration((targets.resolve.metAt ?? end) - targets.resolve.at) }));
    for (const item of flowItems(model)) {
        const deadline = itemDeadline(item, state.items[item.name], end, model);
        if (deadline?.overdue) late.push(say('drillLateItem', { item: md(title(item.name)), by: humanDuration((deadline.metAt ?? end) - deadline.at) }));
    }
    const skipped = flowItems(model).filter(i => state.items[i.name]?.status === 'skipped')
        .map(i => say('drillSkipped', { item: md(title(i.name)), reason: md(state.items[i.name]?.reason ?? '') }));
    const unreached = flowItems(model).filter(i => ['waiting', 'ready', 'blocked'].includes(state.items[i.name]?.status ?? ''))
        .map(i => say('drillUnreached', { item: md(title(i.name)), status: state.items[i.name]!.status }));
    const section = (heading: string, items: string[]): void => {
        lines.push(`## ${heading}`, '', ...(items.length > 0 ? items.map(i => `- ${i}`) : [say('drillNone')]), '');
    };
    section(say('drillLateHeading'), late);
    section(say('drillSkippedHeading'), skipped);
    section(say('drillUnreachedHeading'), unreached);
    section(say('drillFaultsHeading'), [...state.faults.channelsDown.map(name => say('evFaultChannel', { name: md(name) })), ...state.faults.noAnswer.map(name => say('evFaultNoAnswer', { name: md(name) }))]);
    lines.push(`## ${say('mdTimeline')}`, '', ...state.timeline.map(e => `- +${since(e.at)}: ${md(describeEntry(model, e))}`), '');
    return lines.join('\n');
}
