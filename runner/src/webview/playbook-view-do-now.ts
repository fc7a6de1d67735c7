/** "Do now": every action due now, of any kind, most urgent first (issue 19: the urgent things where the eye goes). */
import type { FlowItemModel } from '../../../protocol/src/playbook-model-types.js';
import { commsStatus, type CommsDue } from '../engine/playbook-comms.js';
import { itemDeadline, readyItems } from '../engine/playbook-deadlines.js';
import { escalationStatus } from '../engine/playbook-escalation.js';
import { partyTitle, resolveHolder } from '../engine/playbook-parties.js';
import { allowedSeverities, declarerPicks } from '../engine/playbook-response.js';
import { say } from '../playbook-runner-strings.js';
import { h, on } from './playbook-dom.js';
import { cssName } from './playbook-element-id.js';
import { clockTime, liveTime } from './playbook-time-format.js';
import type { ViewContext } from './playbook-view-context.js';
import { partyBlock } from './playbook-view-people.js';
import { subTeamActions } from './playbook-view-response.js';
import { roleActions } from './playbook-view-roles.js';
import { ownerLine } from './playbook-view-steps.js';

/** One thing to do now: what, how urgent (when it fell due; undefined: no clock), and how to show it. */
export interface DoNowAction {
    what: string;
    dueAt?: number;
    /** Flow order for steps, so that steps with the same urgency keep the plan's order. */
    order: number;
    /** Due now though it has no deadline (a role to name at the start): ranked with what is due, never shown as overdue. */
    now?: boolean;
    render(): HTMLElement;
}

/**
 * Everything due now, of any kind, most urgent first: the severity when none is set, whom to
 * page (with the number to call) and the acknowledgement, updates due (with their approver),
 * and the ready steps. Anything overdue or due comes before what has time left.
 */
export function doNowView(ctx: ViewContext): HTMLElement {
    const section = h('section', { class: 'card do-now', 'aria-labelledby': 'do-now-heading' }, h('h2', { id: 'do-now-heading' }, say('doNowHeading')));
    const { state } = ctx;
    if (state.closedAt !== undefined) {
        section.append(h('p', { class: 'settled-note' }, say('doNowClosed', { time: clockTime(state.closedAt) })));
        return section;
    }
    if (state.resolvedAt !== undefined) {
        section.append(h('p', { class: 'settled-note' }, say('doNowResolved', { time: clockTime(state.resolvedAt) })));
    }
    const actions = doNowActions(ctx);
    if (actions.length === 0) {
        const open = Object.values(state.items).some(i => i.status === 'waiting' || i.status === 'blocked');
        if (state.resolvedAt === undefined) section.append(h('p', {}, open ? say('doNowNothing') : say('doNowAllDone')));
        return section;
    }
    const list = h('ol', { class: 'ready-list' });
    actions.forEach((action, index) => {
        const li = action.render();
        if (index === 0) li.classList.add('next');
        list.append(li);
    });
    section.append(list);
    return section;
}

/** The actions due now, sorted: due or overdue first (earliest first), then what has a clock, then the rest in plan order. */
export function doNowActions(ctx: ViewContext): DoNowAction[] {
    const { model, state, now } = ctx;
    const actions: DoNowAction[] = [];
    const resolved = state.resolvedAt !== undefined;
    if (state.severity === undefined && model.severities.length > 0 && !resolved) {
        actions.push({ what: say('doNowSetSeverity'), dueAt: -Infinity, order: -2, render: () => severityAction(ctx) });
    }
    actions.push(...roleActions(ctx), ...subTeamActions(ctx));
    const escalation = escalationStatus(model, state, now);
    if (escalation.current && escalation.acknowledgedAt === undefined && !resolved) {
        const current = escalation.current;
        actions.push({ what: say('doNowPage', { level: current.level }), dueAt: current.at, order: -1, render: () => pageAction(ctx, current) });
    }
    for (const due of commsStatus(model, state, now)) {
        if (due.due) actions.push({ what: say('deadlineUpdate', { audience: due.rule?.audience ?? '' }), ...(due.dueAt !== undefined ? { dueAt: due.dueAt } : {}), order: 0, render: () => updateAction(ctx, due) });
    }
    readyItems(model, state).forEach((item, index) => {
        const deadline = resolved ? undefined : itemDeadline(item, state.items[item.name], now, model);
        actions.push({ what: itemTitle(item), ...(deadline ? { dueAt: deadline.at } : {}), order: index + 1, render: () => stepAction(ctx, item) });
    });
    // Due or overdue first (earliest first); then what has a clock; then the rest in plan order.
    const rank = (a: DoNowAction): number => (a.dueAt === undefined ? (a.now ? 0 : 2) : a.dueAt <= now ? 0 : 1);
    const key = (a: DoNowAction): number => a.dueAt ?? (a.now ? now : 0);
    return actions.sort((a, b) => rank(a) - rank(b) || key(a) - key(b) || a.order - b.order);
}

function itemTitle(item: FlowItemModel): string {
    return (item.kind === 'step' ? item.title : item.question) ?? item.name;
}

function severityAction(ctx: ViewContext): HTMLElement {
    const select = h('select', { id: 'set-severity', 'data-key': 'set-severity' }, h('option', { value: '' }, say('severityChoose')));
    severityOptions(ctx).forEach(option => select.append(option));
    on(select, 'change', () => {
        if (select.value) ctx.act({ type: 'severity-changed', severity: select.value });
    });
    // A level the declarer picks (`declared`): the run asks them, rather than reading a trigger's criteria.
    const label = declarerPicks(ctx.model) ? say('doNowDeclareSeverity') : say('doNowSetSeverity');
    return h('li', { class: 'action action-severity' }, h('label', { for: 'set-severity', class: 'action-title' }, label), ' ', select,
        h('div', { class: 'muted' }, say('doNowSetSeverityWhy'), ...severityHints(ctx).map(hint => ` ${hint}`)));
}

/** The levels the severity may be set to now (only higher ones where severities only rise), the declarer's marked. */
export function severityOptions(ctx: ViewContext): HTMLOptionElement[] {
    return allowedSeverities(ctx.model, ctx.state).map(s => {
        const label = s.title ? `${s.name}: ${s.title}` : s.name;
        return h('option', { value: s.name }, s.declared ? say('severityDeclaredOption', { label }) : label);
    });
}

/** What the playbook says of choosing a level: when unsure, the higher one; severities only rise. */
export function severityHints(ctx: ViewContext): string[] {
    const policy = ctx.model.severityPolicy;
    return [policy?.unsureHigher ? say('severityUnsureHigher') : '', policy?.onlyRise ? say('severityOnlyRises') : ''].filter(Boolean);
}

function pageAction(ctx: ViewContext, current: NonNullable<ReturnType<typeof escalationStatus>['current']>): HTMLElement {
    const names = current.notify.map(ref => partyTitle(ctx.model, ref)).join(', ');
    const li = h('li', { class: 'action action-page' }, h('span', { class: 'action-title' }, say('doNowPageWhom', { parties: names, level: current.level })));
    current.notify.forEach((ref, i) => {
        li.append(partyBlock(ctx, resolveHolder(ctx.model, ref, ctx.now, ctx.state.severity), `page-${i}`));
        // A drill's injected fault: this party does not answer, so the runner offers its backup or the next level.
        if (ctx.state.faults.noAnswer.includes(ref.name)) {
            const backups = ctx.model.roles.find(r => r.name === ref.name)?.backups.map(b => partyTitle(ctx.model, b)) ?? [];
            const party = partyTitle(ctx.model, ref);
            li.append(h('div', { class: 'fault' }, backups.length > 0 ? say('faultNoAnswer', { party, backups: backups.join(', ') }) : say('faultNoAnswerNoBackup', { party })));
        }
    });
    li.append(on(h('button', { type: 'button', class: 'primary', 'data-key': 'do-now-acknowledge' }, say('acknowledgeButton')), 'click', () => ctx.act({ type: 'escalation-acknowledged' })));
    return li;
}

function updateAction(ctx: ViewContext, due: CommsDue): HTMLElement {
    const rule = due.rule;
    const title = rule ? say('doNowUpdate', { audience: rule.audience, channels: rule.channels.map(c => channelLabel(ctx, c)).join(', ') })
        : say('doNowSeverityUpdate', { severity: ctx.state.severity ?? '' });
    const li = h('li', { class: 'action action-update' }, h('span', { class: 'action-title' }, title));
    if (due.dueAt !== undefined) li.append(' ', h('span', { class: 'due-since' }, say('commsDueNow', { time: clockTime(due.dueAt) })));
    if (rule?.approver) li.append(h('div', {}, say('doNowApproval', { approver: partyTitle(ctx.model, rule.approver) })));
    // A drill's injected fault: the channel is down, so the runner offers its backup.
    for (const name of rule?.channels.filter(c => ctx.state.faults.channelsDown.includes(c)) ?? []) {
        const backup = ctx.model.channels.find(c => c.name === name)?.backup;
        li.append(h('div', { class: 'fault' }, backup ? say('faultChannelBackup', { channel: name, backup: channelLabel(ctx, backup) }) : say('faultChannelNoBackup', { channel: name })));
    }
    if (rule?.template) li.append(h('div', { class: 'muted' }, say('commsTemplate', { template: rule.template })));
    li.append(h('div', { class: 'actions' }, sentButton(ctx, due, 'do-now-sent')));
    return li;
}

function stepAction(ctx: ViewContext, item: FlowItemModel): HTMLElement {
    const title = itemTitle(item);
    const link = on(h('a', { href: `#item-${cssName(item.name)}`, 'data-key': `do-now-${item.name}` }, title), 'click', e => {
        // Keyboard users land on the step's own control, not just near it.
        const target = document.getElementById(`item-${cssName(item.name)}`)?.querySelector<HTMLElement>('input, button');
        if (target) {
            e.preventDefault();
            target.focus();
            target.scrollIntoView({ block: 'center' });
        }
    });
    const li = h('li', { class: 'action action-step' }, h('span', { class: 'action-title' }, link), ' ', ownerLine(ctx, item));
    const deadline = ctx.state.resolvedAt === undefined ? itemDeadline(item, ctx.state.items[item.name], ctx.now, ctx.model) : undefined;
    if (deadline) li.append(' ', h('span', { class: 'timebox' }, liveTime(deadline.at, ctx.now)));
    return li;
}

/** "Mark the update to customers as sent". */
export function sentButton(ctx: ViewContext, due: CommsDue, key: string): HTMLElement {
    const label = due.rule ? say('sentButton', { audience: due.rule.audience }) : say('sentSeverityButton', { severity: ctx.state.severity ?? '' });
    return on(h('button', { type: 'button', 'data-key': `${key}-${due.id}` }, label), 'click', () => ctx.act({ type: 'update-sent', rule: due.id }));
}

/** A channel with its kind and address: `bridge (phone +48 22 555 0100)`. */
export function channelLabel(ctx: ViewContext, name: string): string {
    const channel = ctx.model.channels.find(c => c.name === name);
    return channel ? `${channel.name} (${channel.kind} ${channel.address})` : name;
}
