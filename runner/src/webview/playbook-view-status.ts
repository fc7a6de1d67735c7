/** The top of a running playbook: elapsed time and targets, "do now", escalation and updates due. */
import type { FlowItemModel } from '../../../protocol/src/playbook-model-types.js';
import { commsStatus, type CommsDue } from '../engine/playbook-comms.js';
import { itemDeadline, readyItems, severityTargets, type Deadline } from '../engine/playbook-deadlines.js';
import { escalationStatus } from '../engine/playbook-escalation.js';
import { partyTitle, resolveHolder } from '../engine/playbook-parties.js';
import { RUNNER_STRINGS, say } from '../playbook-runner-strings.js';
import { fillTemplate, h, on } from './playbook-dom.js';
import { cssName } from './playbook-element-id.js';
import { clockTime, liveTime } from './playbook-time-format.js';
import type { ViewContext } from './playbook-view-context.js';
import { partyBlock } from './playbook-view-people.js';
import { ownerLine } from './playbook-view-steps.js';

/** Elapsed time, severity, trigger and the severity's respond and resolve targets. */
export function statusView(ctx: ViewContext): HTMLElement {
    const { state, model, now } = ctx;
    const severity = model.severities.find(s => s.name === state.severity);
    const trigger = model.triggers.find(t => t.name === state.trigger);
    const bar = h('div', { class: 'status-bar', role: 'group', 'aria-label': say('statusSeverity', { severity: severity?.title ?? state.severity ?? '' }) });
    bar.append(
        h('span', { class: 'pill severity' }, say('statusSeverity', { severity: severity ? `${severity.name}${severity.title ? `: ${severity.title}` : ''}` : '' })),
        h('span', { class: 'pill' }, fillTemplate(RUNNER_STRINGS.statusElapsed, { elapsed: state.closedAt !== undefined ? `${Math.round((state.closedAt - state.startedAt!) / 60000)}m` : liveTime(state.startedAt!, now, 'elapsed') })),
        h('span', { class: 'pill' }, trigger ? say('statusTrigger', { trigger: trigger.title ?? trigger.name }) : say('statusManual')),
        h('span', { class: 'pill' }, say('statusStartedAt', { time: clockTime(state.startedAt!) })),
    );
    const targets = severityTargets(model, state, now);
    if (targets.respond) bar.append(targetPill(targets.respond, 'targetRespond', 'targetRespondMet', now));
    if (targets.resolve) bar.append(targetPill(targets.resolve, 'targetResolve', 'targetResolveMet', now));
    return bar;
}

function targetPill(deadline: Deadline, open: 'targetRespond' | 'targetResolve', met: 'targetRespondMet' | 'targetResolveMet', now: number): HTMLElement {
    if (deadline.metAt !== undefined) {
        return h('span', { class: deadline.overdue ? 'pill overdue' : 'pill ok' }, say(met, { time: clockTime(deadline.metAt) }));
    }
    return h('span', { class: 'pill' }, fillTemplate(RUNNER_STRINGS[open], { time: clockTime(deadline.at), countdown: liveTime(deadline.at, now) }));
}

/** The next ready step, highlighted, with its owner and time box; other ready items listed after it. */
export function doNowView(ctx: ViewContext): HTMLElement {
    const section = h('section', { class: 'card do-now', 'aria-labelledby': 'do-now-heading' }, h('h2', { id: 'do-now-heading' }, say('doNowHeading')));
    const ready = readyItems(ctx.model, ctx.state);
    const open = Object.values(ctx.state.items).some(i => i.status === 'waiting' || i.status === 'blocked');
    if (ready.length === 0) {
        section.append(h('p', {}, open ? say('doNowNothing') : say('doNowAllDone')));
        return section;
    }
    const list = h('ol', { class: 'ready-list' });
    ready.forEach((item, index) => list.append(readySummary(ctx, item, index === 0)));
    section.append(list);
    return section;
}

function readySummary(ctx: ViewContext, item: FlowItemModel, first: boolean): HTMLElement {
    const title = (item.kind === 'step' ? item.title : item.question) ?? item.name;
    const link = on(h('a', { href: `#item-${cssName(item.name)}`, 'data-key': `do-now-${item.name}` }, title), 'click', e => {
        // Keyboard users land on the step's own control, not just near it.
        const target = document.getElementById(`item-${cssName(item.name)}`)?.querySelector<HTMLElement>('input, button');
        if (target) {
            e.preventDefault();
            target.focus();
            target.scrollIntoView({ block: 'center' });
        }
    });
    const li = h('li', { class: first ? 'next' : undefined }, link, ' ', ownerLine(ctx, item));
    const deadline = itemDeadline(item, ctx.state.items[item.name], ctx.now);
    if (deadline) {
        li.append(' ', h('span', { class: 'timebox' }, liveTime(deadline.at, ctx.now)));
    }
    return li;
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
        status.current.notify.forEach((ref, i) => whom.append(partyBlock(ctx, resolveHolder(model, ref, now), `esc-${i}`)));
        section.append(whom);
    }
    if (status.acknowledgedAt !== undefined) {
        section.append(h('p', { class: 'ok' }, say('escalationAcknowledged', { time: clockTime(status.acknowledgedAt) })));
    } else {
        section.append(status.next
            ? h('p', {}, fillTemplate(RUNNER_STRINGS.escalationNext, { level: status.next.level, countdown: liveTime(status.next.at, now) }))
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
    const when = due.dueAt === undefined ? h('span', {}, say('commsEventWaiting', { event: rule?.event ?? '' }))
        : due.due ? h('span', { class: 'overdue' }, say('commsDueNow', { time: clockTime(due.dueAt) }))
            : h('span', {}, fillTemplate(RUNNER_STRINGS.commsDueIn, { countdown: liveTime(due.dueAt, ctx.now), time: clockTime(due.dueAt) }));
    const li = h('li', { class: due.due ? 'due' : undefined }, h('strong', {}, title), ': ', when);
    if (rule?.owner) li.append(h('div', { class: 'muted' }, say('commsOwner', { owner: partyTitle(ctx.model, rule.owner) })));
    if (rule?.template) li.append(h('div', { class: 'muted' }, say('commsTemplate', { template: rule.template })));
    if (rule?.approver) li.append(h('div', { class: 'muted' }, say('commsApproval', { approver: partyTitle(ctx.model, rule.approver) })));
    li.append(on(h('button', { type: 'button', 'data-key': `sent-${due.id}` }, say('sentButton', { audience: rule?.audience ?? say('commsSeverityCadence', { severity: ctx.state.severity ?? '' }) })),
        'click', () => ctx.act({ type: 'update-sent', rule: due.id })));
    return li;
}

function channelLabel(ctx: ViewContext, name: string): string {
    const channel = ctx.model.channels.find(c => c.name === name);
    return channel ? `${channel.name} (${channel.kind} ${channel.address})` : name;
}
