/**
 * What a commander does beside the flow of steps (issue 14): form sub-teams from their
 * templates, set the public status page's state, split off child incidents and merge a
 * duplicate run in; and what of it "Do now" must show (a sub-team due to report back).
 */
import type { SubTeamModel } from '../../../protocol/src/playbook-model-response.js';
import { STATUS_STATES } from '../../../protocol/src/playbook-run-store.js';
import { formatDuration } from '../../../server/src/language/durations.js';
import { partyTitle } from '../engine/playbook-parties.js';
import { activeSubTeams, nextSubTeamName, subTeamDeadline } from '../engine/playbook-response.js';
import { statusTitle } from '../engine/playbook-timeline-export.js';
import { say } from '../playbook-runner-strings.js';
import { h, on, sayWith } from './playbook-dom.js';
import { cssName } from './playbook-element-id.js';
import { clockTime, liveTime } from './playbook-time-format.js';
import type { ViewContext } from './playbook-view-context.js';
import type { DoNowAction } from './playbook-view-do-now.js';
import { namedHolder } from './playbook-view-roles.js';

/** "Do now": sub-teams whose time box is up, due to report back. */
export function subTeamActions(ctx: ViewContext): DoNowAction[] {
    if (ctx.state.resolvedAt !== undefined) return [];
    return activeSubTeams(ctx.state).flatMap(team => {
        const due = subTeamDeadline(ctx.model, team);
        if (due === undefined || due > ctx.now) return [];
        const what = say('doNowSubTeamDue', { name: team.name });
        return [{ what, dueAt: due, order: 0, render: () => h('li', { class: 'action action-sub-team' }, h('span', { class: 'action-title' }, what), ' ', disbandButton(ctx, team.name, 'do-now')) }];
    });
}

/** The section: sub-teams, the status page, several incidents; absent when the playbook has none of them. */
export function responseView(ctx: ViewContext): HTMLElement | null {
    const parts = [subTeamsPart(ctx), statusPagePart(ctx), incidentsPart(ctx)].filter((p): p is HTMLElement => p !== null);
    if (parts.length === 0) return null;
    return h('div', { class: 'columns' }, ...parts);
}

function subTeamsPart(ctx: ViewContext): HTMLElement | null {
    const templates = ctx.model.subTeams ?? [];
    if (templates.length === 0) return null;
    const section = h('section', { class: 'card', 'aria-labelledby': 'sub-teams-heading' }, h('h2', { id: 'sub-teams-heading' }, say('subTeamsHeading')));
    const active = h('ul', { class: 'sub-teams' });
    for (const team of activeSubTeams(ctx.state)) {
        const line = team.leader !== undefined
            ? say('subTeamActive', { name: team.name, leader: namedHolder(ctx, team.leader), time: clockTime(team.formedAt) })
            : say('subTeamActiveNoLeader', { name: team.name, time: clockTime(team.formedAt) });
        const item = h('li', {}, line);
        const due = subTeamDeadline(ctx.model, team);
        if (due !== undefined) item.append(' ', h('span', { class: due <= ctx.now ? 'overdue' : 'timebox' }, sayWith('subTeamDue', { time: clockTime(due), countdown: liveTime(due, ctx.now) })));
        if (ctx.state.closedAt === undefined) item.append(' ', disbandButton(ctx, team.name, 'list'));
        active.append(item);
    }
    if (active.childElementCount > 0) section.append(active);
    templates.forEach(template => section.append(templateView(ctx, template)));
    return section;
}

function templateView(ctx: ViewContext, template: SubTeamModel): HTMLElement {
    const title = template.title ?? template.name;
    const block = h('div', { class: 'sub-team-template' }, h('h3', {}, title));
    const role = (name: string): string => partyTitle(ctx.model, { kind: 'role', name });
    if (template.leader) block.append(h('p', {}, say('subTeamLeader', { role: role(template.leader) })));
    if (template.members.length > 0) block.append(h('p', {}, say('subTeamMembers', { roles: template.members.map(role).join(', ') })));
    if (template.task) block.append(h('p', {}, say('subTeamTask', { task: template.task })));
    if (template.channel) block.append(h('p', {}, say('subTeamChannel', template.channel)));
    if (template.timeboxSeconds !== undefined) block.append(h('p', { class: 'muted' }, say('subTeamTimebox', { timebox: formatDuration(template.timeboxSeconds) })));
    if (ctx.state.closedAt !== undefined) return block;
    const key = `sub-team-${cssName(template.name)}`;
    const name = draftInput(ctx, `${key}-name`, nextSubTeamName(ctx.state, template.name));
    const leader = draftInput(ctx, `${key}-leader`, '');
    const form = h('form', { class: 'sub-team-form' },
        h('div', { class: 'field' }, h('label', { for: `${key}-name` }, say('subTeamNameLabel')), name),
        h('div', { class: 'field' }, h('label', { for: `${key}-leader` }, say('subTeamLeaderLabel')), leader),
        h('button', { type: 'submit', 'data-key': `${key}-form` }, say('subTeamForm', { title })));
    on(form, 'submit', e => {
        e.preventDefault();
        delete ctx.ui.drafts[`${key}-name`];
        delete ctx.ui.drafts[`${key}-leader`];
        ctx.act({ type: 'sub-team-formed', subTeam: template.name, name: name.value.trim() || nextSubTeamName(ctx.state, template.name),
            ...(leader.value.trim() ? { leader: leader.value.trim() } : {}) });
    });
    block.append(form);
    return block;
}

function disbandButton(ctx: ViewContext, name: string, where: string): HTMLElement {
    return on(h('button', { type: 'button', class: 'small', 'data-key': `${where}-disband-${cssName(name)}` }, say('subTeamDisband', { name })),
        'click', () => ctx.act({ type: 'sub-team-disbanded', name }));
}

/** Shown when a rule fires on a status state or the playbook has a status-page channel. */
function statusPagePart(ctx: ViewContext): HTMLElement | null {
    const { model, state } = ctx;
    const uses = model.communications.some(r => (STATUS_STATES as readonly string[]).includes(r.event ?? '')) || model.channels.some(c => c.kind === 'status-page');
    if (!uses) return null;
    const section = h('section', { class: 'card', 'aria-labelledby': 'status-page-heading' }, h('h2', { id: 'status-page-heading' }, say('statusPageHeading')),
        h('p', {}, state.status ? say('statusPageNow', { state: statusTitle(state.status.state), time: clockTime(state.status.at) }) : say('statusPageNotSet')));
    if (state.closedAt !== undefined) return section;
    const buttons = h('div', { class: 'actions' });
    for (const status of STATUS_STATES) {
        if (state.status?.state === status) continue;
        buttons.append(on(h('button', { type: 'button', 'data-key': `status-page-${status}` }, say('statusPageSet', { state: statusTitle(status) })),
            'click', () => ctx.act({ type: 'status-posted', status })));
    }
    section.append(buttons);
    return section;
}

/** Shown when the playbook says who may split or merge incidents. */
function incidentsPart(ctx: ViewContext): HTMLElement | null {
    const policy = ctx.model.incidents;
    if (!policy) return null;
    const { state, store } = ctx;
    const parties = (refs: typeof policy.splitBy): string => refs.map(r => partyTitle(ctx.model, r)).join(', ');
    const section = h('section', { class: 'card', 'aria-labelledby': 'incidents-heading' }, h('h2', { id: 'incidents-heading' }, say('incidentsHeading')));
    if (policy.splitBy.length > 0) section.append(h('p', { class: 'muted' }, say('splitBy', { parties: parties(policy.splitBy) })));
    if (policy.mergeBy.length > 0) section.append(h('p', { class: 'muted' }, say('mergeBy', { parties: parties(policy.mergeBy) })));
    const list = h('ul', {});
    for (const child of state.children) {
        list.append(h('li', {}, child.lead !== undefined
            ? say('childLine', { name: child.name, lead: namedHolder(ctx, child.lead), time: clockTime(child.at) })
            : say('childLineNoLead', { name: child.name, time: clockTime(child.at) })));
    }
    for (const merged of state.merged) {
        const run = store.archive.find(r => r.id === merged.run);
        const started = run?.events.find(e => e.type === 'start')?.at;
        list.append(h('li', {}, say('mergedLine', { time: started !== undefined ? clockTime(started) : merged.run })));
    }
    if (list.childElementCount > 0) section.append(list);
    if (state.closedAt !== undefined) return section;
    if (policy.splitBy.length > 0) {
        const name = draftInput(ctx, 'split-name', '');
        const lead = draftInput(ctx, 'split-lead', '');
        const form = h('form', { class: 'split-form' },
            h('div', { class: 'field' }, h('label', { for: 'split-name' }, say('splitNameLabel')), name),
            h('div', { class: 'field' }, h('label', { for: 'split-lead' }, say('splitLeadLabel')), lead),
            h('button', { type: 'submit', 'data-key': 'split-button' }, say('splitButton')));
        on(form, 'submit', e => {
            e.preventDefault();
            if (name.value.trim() === '') return;
            delete ctx.ui.drafts['split-name'];
            delete ctx.ui.drafts['split-lead'];
            ctx.act({ type: 'incident-split', child: name.value.trim(), ...(lead.value.trim() ? { lead: lead.value.trim() } : {}) });
        });
        section.append(form);
    }
    const duplicates = store.archive.filter(r => !state.merged.some(m => m.run === r.id) && r.events.some(e => e.type === 'start'));
    if (policy.mergeBy.length > 0 && duplicates.length > 0) {
        const select = h('select', { id: 'merge-run', 'data-key': 'merge-run' });
        for (const run of duplicates) {
            select.append(h('option', { value: run.id }, say('mergeRun', { time: clockTime(run.events.find(e => e.type === 'start')!.at), count: run.events.length })));
        }
        section.append(h('div', { class: 'field' }, h('label', { for: 'merge-run' }, say('mergeLabel')), select),
            on(h('button', { type: 'button', 'data-key': 'merge-button' }, say('mergeButton')), 'click', () => ctx.act({ type: 'incident-merged', duplicate: select.value })));
    }
    return section;
}

/** A text input whose value survives re-renders (kept in the UI drafts). */
function draftInput(ctx: ViewContext, key: string, initial: string): HTMLInputElement {
    const input = on(h('input', { type: 'text', id: key, 'data-key': key, autocomplete: 'off' }), 'input', e => {
        ctx.ui.drafts[key] = (e.target as HTMLInputElement).value;
    });
    input.value = ctx.ui.drafts[key] ?? initial;
    return input;
}
