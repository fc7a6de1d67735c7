/** The top of a running playbook: the status bar (stage, severity, elapsed, next deadline, targets), escalation and updates. */
import { commsStatus, type CommsDue } from '../engine/playbook-comms.js';
import { severityTargets, type Deadline } from '../engine/playbook-deadlines.js';
import { escalationStatus } from '../engine/playbook-escalation.js';
import { partyTitle, resolveHolder } from '../engine/playbook-parties.js';
import { humanDuration, say } from '../playbook-runner-strings.js';
import { h, on, sayWith } from './playbook-dom.js';
import { clockTime, liveTime } from './playbook-time-format.js';
import type { ViewContext } from './playbook-view-context.js';
import { channelLabel, doNowActions, sentButton } from './playbook-view-do-now.js';
import { partyBlock } from './playbook-view-people.js';

/**
 * The bar that stays on screen (sticky): where the incident stands, the severity (or a choice of
 * one when none is set), the elapsed time (stopped at resolve), and the next deadline of any kind.
 */
export function statusView(ctx: ViewContext): HTMLElement {
    const { state, model, now } = ctx;
    const severity = model.severities.find(s => s.name === state.severity);
    const trigger = model.triggers.find(t => t.name === state.trigger);
    const bar = h('section', { class: `status-bar${state.drill ? ' drill' : ''}`, 'aria-label': say('statusHeading') });
    if (state.drill) bar.append(h('strong', { class: 'drill-banner' }, say('drillBanner', { speed: state.drill.speed })));
    const stage = state.closedAt !== undefined ? say('stageClosed', { time: clockTime(state.closedAt) })
        : state.resolvedAt !== undefined ? say('stageResolved', { time: clockTime(state.resolvedAt) }) : say('stageRunning');
    bar.append(h('span', { class: `pill stage${state.resolvedAt !== undefined ? ' settled' : ''}` }, stage));
    if (severity) {
        bar.append(h('span', { class: 'pill severity' }, say('statusSeverity', { severity: severity.title ? `${severity.name}: ${severity.title}` : severity.name })));
    } else {
        bar.append(h('span', { class: 'pill severity unset' }, say('statusSeverityUnset')));
    }
    const stoppedAt = state.resolvedAt ?? state.closedAt;
    bar.append(h('span', { class: 'pill' }, sayWith('statusElapsed', {
        elapsed: stoppedAt !== undefined ? humanDuration(stoppedAt - state.startedAt!) : liveTime(state.startedAt!, now, 'elapsed'),
    })));
    const next = stoppedAt === undefined ? nextDeadline(ctx) : undefined;
    if (next) {
        bar.append(h('span', { class: `pill next-deadline${next.at < now ? ' overdue' : ''}` }, sayWith('statusNextDeadline', {
            what: next.what, time: clockTime(next.at), countdown: liveTime(next.at, now),
        })));
    }
    const targets = severityTargets(model, state, now);
    if (targets.respond) bar.append(targetPill(targets.respond, 'targetRespond', 'targetRespondMet', now, stoppedAt));
    if (targets.resolve) bar.append(targetPill(targets.resolve, 'targetResolve', 'targetResolveMet', now, stoppedAt));
    bar.append(h('span', { class: 'pill quiet' }, trigger ? say('statusTrigger', { trigger: trigger.title ?? trigger.name }) : say('statusManual')),
        h('span', { class: 'pill quiet' }, say('statusStartedAt', { time: clockTime(state.startedAt!) })));
    return bar;
}

function targetPill(deadline: Deadline, open: 'targetRespond' | 'targetResolve', met: 'targetRespondMet' | 'targetResolveMet', now: number, stoppedAt: number | undefined): HTMLElement {
    if (deadline.metAt !== undefined) {
        return h('span', { class: deadline.overdue ? 'pill overdue' : 'pill met' }, say(deadline.overdue ? (met === 'targetRespondMet' ? 'targetRespondLate' : 'targetResolveLate') : met, { time: clockTime(deadline.metAt) }));
    }
    if (stoppedAt !== undefined) {
        return h('span', { class: 'pill quiet' }, say(open === 'targetRespond' ? 'targetRespondStopped' : 'targetResolveStopped', { time: clockTime(deadline.at) }));
    }
    return h('span', { class: `pill${deadline.at < now ? ' overdue' : ''}` }, sayWith(open, { time: clockTime(deadline.at), countdown: liveTime(deadline.at, now) }));
}

/** The earliest open deadline of any kind: a target, an escalation level, an update, a time box. */
function nextDeadline(ctx: ViewContext): { what: string; at: number } | undefined {
    return doNowActions(ctx).filter(a => a.dueAt !== undefined).map(a => ({ what: a.what, at: a.dueAt! }))
        .concat(upcoming(ctx)).sort((a, b) => a.at - b.at)[0];
}

function upcoming(ctx: ViewContext): Array<{ what: string; at: number }> {
    const { model, state, now } = ctx;
    const result: Array<{ what: string; at: number }> = [];
    const targets = severityTargets(model, state, now);
    if (targets.respond && targets.respond.metAt === undefined) result.push({ what: say('deadlineRespond'), at: targets.respond.at });
    if (targets.resolve && targets.resolve.metAt === undefined) result.push({ what: say('deadlineResolve'), at: targets.resolve.at });
    const escalation = escalationStatus(model, state, now);
    if (escalation.next) result.push({ what: say('deadlineEscalation', { level: escalation.next.level }), at: escalation.next.at });
    for (const due of commsStatus(model, state, now)) {
        if (!due.due && due.dueAt !== undefined && due.dueAt > now) result.push({ what: say('deadlineUpdate', { audience: due.rule?.audience ?? say('commsSeverityCadence', { severity: state.severity ?? '' }) }), at: due.dueAt });
    }
    return result;
}

/** The current escalation level, whom to notify now, the countdown to the next, and "acknowledged". */
export function escalationView(ctx: ViewContext): HTMLElement {
    const { model, state, now } = ctx;
    const section = h('section', { class: 'card', 'aria-labelledby': 'escalation-heading' }, h('h2', { id: 'escalation-heading' }, say('escalationHeading')));
    const status = escalationStatus(model, state, now);
    if (!status.path || status.schedule.length === 0) {
        section.append(h('p', {}, say('escalationNone')));
        return section;
    }
    const path = model.escalations.find(p => p.name === status.path);
    section.append(h('p', { class: 'muted' }, say('escalationPath', { path: path?.title ?? status.path })));
    if (status.current) {
        section.append(h('h3', {}, say('escalationCurrent', { level: status.current.level, pass: status.current.pass + 1, time: clockTime(status.current.at) })));
        const whom = h('div', { class: 'notify-now' });
        status.current.notify.forEach((ref, i) => whom.append(partyBlock(ctx, resolveHolder(model, ref, now, state.severity), `esc-${i}`)));
        section.append(whom);
    }
    if (status.acknowledgedAt !== undefined) {
        section.append(h('p', { class: 'ok' }, say('escalationAcknowledged', { time: clockTime(status.acknowledgedAt) })));
    } else {
        section.append(status.next
            ? h('p', {}, sayWith('escalationNext', { level: status.next.level, countdown: liveTime(status.next.at, now) }))
            : h('p', {}, say('escalationExhausted')));
        section.append(on(h('button', { type: 'button', class: 'primary', 'data-key': 'acknowledge' }, say('acknowledgeButton')), 'click', () => ctx.act({ type: 'escalation-acknowledged' })));
    }
    return section;
}

/** For each rule that applies to the severity: when the next update is due, and "sent". */
export function commsView(ctx: ViewContext): HTMLElement {
    const section = h('section', { class: 'card', 'aria-labelledby': 'comms-heading' }, h('h2', { id: 'comms-heading' }, say('commsHeading')));
    const dues = commsStatus(ctx.model, ctx.state, ctx.now);
    if (dues.length === 0) {
        section.append(h('p', {}, say('commsNone')));
        return section;
    }
    const list = h('ul', { class: 'comms' });
    dues.sort((a, b) => Number(b.due) - Number(a.due) || (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity)).forEach(due => list.append(commsItem(ctx, due)));
    section.append(list);
    return section;
}

function commsItem(ctx: ViewContext, due: CommsDue): HTMLElement {
    const rule = due.rule;
    const title = rule ? say('commsRule', { audience: rule.audience, channels: rule.channels.map(c => channelLabel(ctx, c)).join(', ') })
        : say('commsSeverityCadence', { severity: ctx.state.severity ?? '' });
    const when = due.waitingFor !== undefined ? h('span', {}, say('commsGateWaiting', { gate: due.waitingFor }))
        : due.stopped ? h('span', {}, say('commsStopped'))
        : due.due ? h('span', { class: 'overdue' }, due.dueAt !== undefined ? say('commsDueNow', { time: clockTime(due.dueAt) }) : say('commsDueNowNoTime'))
            : due.kind === 'event' || due.kind === 'once'
                // An event rule sent after its event waits for the next one; it is not overdue.
                ? h('span', {}, due.lastSent !== undefined ? say('commsSentWaiting', { time: clockTime(due.lastSent), event: rule?.event ?? '' }) : say('commsEventWaiting', { event: rule?.event ?? '' }))
                : due.dueAt !== undefined ? h('span', {}, sayWith('commsDueIn', { countdown: liveTime(due.dueAt, ctx.now), time: clockTime(due.dueAt) })) : h('span', {});
    const li = h('li', { class: due.due ? 'due' : undefined }, h('strong', {}, title), ': ', when);
    if (rule?.owner) li.append(h('div', { class: 'muted' }, say('commsOwner', { owner: partyTitle(ctx.model, rule.owner) })));
    if (rule?.template) li.append(h('div', { class: 'muted' }, say('commsTemplate', { template: rule.template })));
    if (rule?.approver) li.append(h('div', { class: 'muted' }, say('commsApproval', { approver: partyTitle(ctx.model, rule.approver) })));
    if (!due.stopped) li.append(sentButton(ctx, due, 'sent'));
    return li;
}
