/** The timeline in words, and its exports (Markdown, JSON) for the post-incident review. */
import { escapeMarkdown } from '../../../escaping/src/markdown.js';
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { humanDuration, say } from '../playbook-runner-strings.js';
import { respondedAt } from './playbook-deadlines.js';
import { flowGraph } from './playbook-flow.js';
import { partyTitle } from './playbook-parties.js';
import { reduceRun } from './playbook-run.js';
import type { ModelChange, RunEvent, StatusState } from '../../../protocol/src/playbook-run-store.js';
import type { RunState, TimelineEntry } from './playbook-run-types.js';

/** One timeline line in words. */
export function describeEvent(model: PlaybookModel, event: RunEvent): string {
    const graph = flowGraph(model);
    const title = (name: string): string => {
        const item = graph.byName.get(name);
        return item ? (item.kind === 'step' ? item.title : item.question) ?? name : name;
    };
    const severity = (name: string): string => model.severities.find(s => s.name === name)?.title ?? name;
    switch (event.type) {
        case 'start': {
            const trigger = model.triggers.find(t => t.name === event.trigger);
            if (event.drill) {
                return say('evStartDrill', { speed: event.drill.speed, kind: event.drill.kind ?? say('drillKindNone'), severity: event.severity !== undefined ? severity(event.severity) : say('statusSeverityUnset') });
            }
            if (event.severity === undefined) {
                return trigger ? say('evStartNoSeverity', { trigger: trigger.title ?? trigger.name }) : say('evStartManualNoSeverity');
            }
            return trigger
                ? say('evStart', { trigger: trigger.title ?? trigger.name, severity: severity(event.severity) })
                : say('evStartManual', { severity: severity(event.severity) });
        }
        case 'severity-changed': return say('evSeverity', { severity: severity(event.severity) });
        case 'step-done': return say('evDone', { title: title(event.item) });
        case 'step-skipped': return say('evSkipped', { title: title(event.item), reason: event.reason });
        case 'step-blocked': return say('evBlocked', { title: title(event.item), reason: event.reason });
        case 'step-undone': return say('evUndone', { title: title(event.item) });
        case 'check-toggled': {
            const item = graph.byName.get(event.item);
            const check = item?.kind === 'step' ? item.checks[event.index] ?? '' : '';
            return say(event.checked ? 'evCheck' : 'evUncheck', { check, title: title(event.item) });
        }
        case 'decision-taken': return say('evDecision', { question: title(event.item), branch: event.branch });
        case 'escalation-acknowledged': return say('evAck');
        case 'update-sent': return say('evSent', { rule: ruleTitle(model, event.rule) });
        case 'note': return say('evNote', { text: event.text });
        case 'fault-injected': return say(event.fault === 'channel-down' ? 'evFaultChannel' : 'evFaultNoAnswer', { name: event.name });
        case 'resolved': return say('evResolved');
        case 'closed': return say('evClosed');
        case 'playbook-changed': return say('evChanged', { changes: event.changes.map(changeSentence).join(' ') });
        case 'role-designated': return say('evDesignated', { role: roleTitle(model, event.role), holder: personTitle(model, event.holder) });
        case 'procedure-started': return say('evProcedure', { procedure: procedureTitle(model, event.procedure) });
        case 'sub-team-formed': {
            const template = model.subTeams?.find(t => t.name === event.subTeam)?.title ?? event.subTeam;
            return event.leader !== undefined
                ? say('evSubTeamFormed', { name: event.name, template, leader: personTitle(model, event.leader) })
                : say('evSubTeamFormedNoLeader', { name: event.name, template });
        }
        case 'sub-team-disbanded': return say('evSubTeamDisbanded', { name: event.name });
        case 'status-posted': return say('evStatusPosted', { status: statusTitle(event.status) });
        case 'incident-split': return event.lead !== undefined
            ? say('evSplit', { child: event.child, lead: personTitle(model, event.lead) })
            : say('evSplitNoLead', { child: event.child });
        case 'incident-merged': return say('evMerged', { run: event.duplicate });
    }
}

/** A status page state in words. */
export function statusTitle(status: StatusState): string {
    return say('statusPageState', { state: status });
}

function roleTitle(model: PlaybookModel, role: string): string {
    return model.roles.find(r => r.name === role)?.title ?? role;
}

/** A holder named during the run: a person of the playbook by their title, or the free text as typed. */
function personTitle(model: PlaybookModel, holder: string): string {
    return model.people.find(p => p.name === holder)?.title ?? holder;
}

function procedureTitle(model: PlaybookModel, name: string): string {
    return model.procedures?.find(p => p.name === name)?.title ?? name;
}

/** One difference between two versions of the playbook, as a sentence: `Step "triage" was added.` */
export function changeSentence(change: ModelChange): string {
    const flowItem = change.what === 'step' || change.what === 'decision';
    const key = change.change === 'added' ? 'changeAdded' : change.change === 'removed' ? (flowItem ? 'changeRemovedItem' : 'changeRemoved') : 'changeChanged';
    // `what` selects the noun inside the sentence, so each language can inflect it (Polish: "Dodano fazę").
    return say(key, { what: change.what, name: change.name });
}

/** A communication rule in words: `executives via bridge`. */
export function ruleTitle(model: PlaybookModel, id: string): string {
    const rule = model.communications.find(r => r.id === id);
    return rule ? say('commsRule', { audience: rule.audience, channels: rule.channels.join(', ') }) : id;
}

/** A timeline entry in words, marked when it names what the playbook no longer has. */
export function describeEntry(model: PlaybookModel, entry: TimelineEntry): string {
    const event = describeEvent(model, entry.event);
    const text = entry.pass !== undefined ? say('evPass', { text: event, pass: entry.pass }) : event;
    if (entry.applies) return text;
    const lowered = entry.event.type === 'severity-changed' && model.severityPolicy?.onlyRise === true
        && model.severities.some(s => s.name === (entry.event as { severity: string }).severity);
    return say(lowered ? 'evSeverityRefused' : 'evNotApplying', { text });
}

function iso(ms: number): string {
    return new Date(ms).toISOString();
}

/** What the exports read of a run: its id and its events in log order (a stored RunRecord is one). */
export interface ExportedRun {
    id: string;
    events: readonly RunEvent[];
}

/** The run as JSON for the review: the timeline in order, the KPIs measured and one heading per assessment. */
export function timelineJson(model: PlaybookModel, run: ExportedRun, merged: readonly ExportedRun[] = []): string {
    const state = reduceRun(model, run.events);
    return JSON.stringify({
        playbook: model.name,
        title: model.title ?? model.name,
        modelVersion: model.modelVersion,
        run: run.id,
        startedAt: state.startedAt !== undefined ? iso(state.startedAt) : null,
        trigger: state.trigger ?? null,
        severity: state.severity ?? null,
        drill: state.drill ?? null,
        timeline: jsonTimeline(model, state),
        // Duplicates merged into this run keep their own history (issue 14: "the timeline keeps both histories").
        merged: merged.map(duplicate => ({ run: duplicate.id, timeline: jsonTimeline(model, reduceRun(model, duplicate.events)) })),
        kpis: kpis(state),
        review: {
            title: model.review?.title ?? say('mdReviewDefault'),
            owner: model.review?.owner ?? null,
            assessments: (model.review?.assessments ?? []).map(heading => ({ heading, notes: '' })),
            followUps: model.review?.followUps ?? [],
        },
    }, null, 2);
}

function jsonTimeline(model: PlaybookModel, state: RunState): Array<{ at: string; type: string; text: string; event: RunEvent }> {
    return state.timeline.map(entry => ({ at: iso(entry.at), type: entry.event.type, text: describeEntry(model, entry), event: entry.event }));
}

function kpis(state: RunState): { timeToRespondSeconds: number | null; timeToResolveSeconds: number | null } {
    const since = (at: number | undefined): number | null =>
        at !== undefined && state.startedAt !== undefined ? Math.round((at - state.startedAt) / 1000) : null;
    return { timeToRespondSeconds: since(respondedAt(state)), timeToResolveSeconds: since(state.resolvedAt) };
}

/** The run as Markdown: the timeline, then the review's assessment items as headings to fill in. */
export function timelineMarkdown(model: PlaybookModel, run: ExportedRun, merged: readonly ExportedRun[] = []): string {
    const state = reduceRun(model, run.events);
    const lines: string[] = [`# ${say(state.drill ? 'mdTitleDrill' : 'mdTitle', { playbook: escapeMarkdown(model.title ?? model.name) })}`, ''];
    if (!state.started || state.startedAt === undefined) {
        lines.push(say('notStarted'), '');
    } else {
        const trigger = model.triggers.find(t => t.name === state.trigger);
        lines.push(say('mdRun', {
            id: run.id, start: iso(state.startedAt), severity: state.severity ?? '',
            trigger: trigger ? escapeMarkdown(trigger.title ?? trigger.name) : say('mdNoTrigger'),
        }), '');
    }
    lines.push(`## ${say('mdTimeline')}`, '');
    for (const entry of state.timeline) {
        lines.push(`- ${iso(entry.at)}: ${escapeMarkdown(describeEntry(model, entry))}`);
    }
    lines.push('');
    for (const duplicate of merged) {
        lines.push(`### ${say('mdMergedRun', { id: escapeMarkdown(duplicate.id) })}`, '');
        for (const entry of reduceRun(model, duplicate.events).timeline) {
            lines.push(`- ${iso(entry.at)}: ${escapeMarkdown(describeEntry(model, entry))}`);
        }
        lines.push('');
    }
    const review = model.review;
    lines.push(`## ${say('mdReview', { title: review?.title !== undefined ? escapeMarkdown(review.title) : say('mdReviewDefault') })}`, '');
    if (review?.owner) {
        const due = review.dueSeconds !== undefined && state.resolvedAt !== undefined ? iso(state.resolvedAt + review.dueSeconds * 1000) : '-';
        lines.push(say('mdReviewOwner', { owner: escapeMarkdown(partyTitle(model, { kind: 'role', name: review.owner })), due }), '');
    }
    const measured = kpis(state);
    lines.push(`### ${say('mdKpis')}`, '');
    lines.push(measured.timeToRespondSeconds !== null ? `- ${say('mdKpiRespond', { duration: humanDuration(measured.timeToRespondSeconds * 1000) })}` : `- ${say('mdKpiOpen', { kpi: 'time-to-respond' })}`);
    lines.push(measured.timeToResolveSeconds !== null ? `- ${say('mdKpiResolve', { duration: humanDuration(measured.timeToResolveSeconds * 1000) })}` : `- ${say('mdKpiOpen', { kpi: 'time-to-resolve' })}`);
    lines.push('');
    if (model.severityPolicy?.finalAtReview && state.severity !== undefined) {
        lines.push(say('mdFinalAtReview', { severity: escapeMarkdown(model.severities.find(s => s.name === state.severity)?.title ?? state.severity) }), '');
    }
    for (const assessment of review?.assessments ?? []) {
        lines.push(`### ${escapeMarkdown(assessment)}`, '', say('mdNotes'), '');
    }
    if (review && review.followUps.length > 0) {
        lines.push(`### ${say('mdFollowUps')}`, '', ...review.followUps.map(f => `- [ ] ${escapeMarkdown(f)}`), '');
    }
    return lines.join('\n');
}
