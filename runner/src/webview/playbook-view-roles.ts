/**
 * Roles filled during the incident (issue 13): naming a holder (from the playbook's people, or
 * anyone by name), the hand-over when a relief time is up, and what "Do now" asks of them.
 */
import type { RoleModel } from '../../../protocol/src/playbook-model-types.js';
import { formatDuration } from '../../../server/src/language/durations.js';
import { partyTitle } from '../engine/playbook-parties.js';
import { currentHolder, reliefs, rolesToDesignate, type ReliefDue } from '../engine/playbook-response.js';
import { say } from '../playbook-runner-strings.js';
import { h, on, sayWith } from './playbook-dom.js';
import { cssName } from './playbook-element-id.js';
import { clockTime, liveTime } from './playbook-time-format.js';
import type { ViewContext } from './playbook-view-context.js';
import type { DoNowAction } from './playbook-view-do-now.js';

/** A holder named during the run, in words: a person of the playbook by their title, or the name as typed. */
export function namedHolder(ctx: ViewContext, holder: string): string {
    return ctx.model.people.find(p => p.name === holder)?.title ?? holder;
}

/** The holder named during the run for a role, in words, if any. */
export function designatedHolder(ctx: ViewContext, role: string): string | undefined {
    const holder = currentHolder(ctx.state, role);
    return holder !== undefined ? namedHolder(ctx, holder) : undefined;
}

/** "Do now": roles still to be named, and hand-overs whose relief time is up. */
export function roleActions(ctx: ViewContext): DoNowAction[] {
    if (ctx.state.resolvedAt !== undefined) return [];
    const actions: DoNowAction[] = rolesToDesignate(ctx.model, ctx.state).map(role => ({
        what: say('doNowDesignate', { role: role.title ?? role.name }), now: true, order: 0,
        render: () => h('li', { class: 'action action-designate' }, designateForm(ctx, role, 'do-now', 'designate')),
    }));
    for (const relief of reliefs(ctx.model, ctx.state, ctx.now).filter(r => r.due)) {
        actions.push({
            what: say('handOverButton', { role: relief.role.title ?? relief.role.name }), dueAt: relief.dueAt, order: -1,
            render: () => h('li', { class: 'action action-relief' }, designateForm(ctx, relief.role, 'do-now', 'relief', relief)),
        });
    }
    return actions;
}

/** What Who's who says of a role filled during the run: who was named, who names it, its relief, and the form to name or hand over. */
export function roleFillView(ctx: ViewContext, role: RoleModel): HTMLElement[] {
    const parts: HTMLElement[] = [];
    const named = currentHolder(ctx.state, role.name);
    const fill = role.fill;
    if (named !== undefined) {
        const at = ctx.state.designations[role.name]!.at(-1)!.at;
        parts.push(h('p', { class: 'designated' }, say('roleHeldNow', { holder: namedHolder(ctx, named), time: clockTime(at) })));
    } else if (fill) {
        if (fill.designatedBy.length > 0) parts.push(h('p', {}, say('roleToDesignate', { designators: designators(ctx, role) })));
        else if (fill.atStart) parts.push(h('p', {}, say('roleToDesignateStart')));
        if (fill.volunteers) parts.push(h('p', {}, say('roleVolunteers')));
        if (fill.optional) parts.push(h('p', { class: 'muted' }, say('roleOptional')));
        if (fill.defaultFrom !== undefined) parts.push(h('p', { class: 'muted' }, say('roleDefaultsTo', { role: partyTitle(ctx.model, { kind: 'role', name: fill.defaultFrom }) })));
    }
    const relief = ctx.state.started ? reliefs(ctx.model, ctx.state, ctx.now).find(r => r.role.name === role.name) : undefined;
    if (relief && ctx.state.resolvedAt === undefined) {
        parts.push(h('p', { class: relief.due ? 'overdue' : 'muted' }, sayWith('reliefLine', { time: clockTime(relief.dueAt), countdown: liveTime(relief.dueAt, ctx.now) })));
        if (relief.nextCheckIn !== undefined) parts.push(h('p', { class: 'muted' }, say('reliefCheckIn', { time: clockTime(relief.nextCheckIn) })));
    }
    // Naming (or handing over) is offered for every role filled during the run or relieved, once the run is under way.
    if (ctx.state.started && ctx.state.closedAt === undefined && (fill || relief)) {
        parts.push(designateForm(ctx, role, 'people', named !== undefined || relief ? 'relief' : 'designate', relief));
    }
    return parts;
}

function designators(ctx: ViewContext, role: RoleModel): string {
    return (role.fill?.designatedBy ?? []).map(name => partyTitle(ctx.model, { kind: 'role', name })).join(', ');
}

/**
 * A small form: a person of the playbook, or anyone by name (an outsider, a volunteer from the
 * room), recorded as the role's holder. `relief`: the same form hands the role over.
 */
function designateForm(ctx: ViewContext, role: RoleModel, where: string, kind: 'designate' | 'relief', relief?: ReliefDue): HTMLElement {
    const roleTitle = role.title ?? role.name;
    const key = `${where}-${kind}-${cssName(role.name)}`;
    const form = h('form', { class: 'designate-form' });
    if (where === 'do-now') {
        const title = kind === 'relief' && relief
            ? say('doNowRelief', { role: roleTitle, time: clockTime(relief.since), after: formatDuration(role.relief!.afterSeconds) })
            : say('doNowDesignate', { role: roleTitle });
        form.append(h('span', { class: 'action-title' }, title));
        if (kind === 'designate') {
            const why = role.fill?.designatedBy.length ? say('doNowDesignateBy', { designators: designators(ctx, role) }) : say('doNowDesignateStart');
            form.append(h('div', { class: 'muted' }, why, role.fill?.volunteers ? ` ${say('doNowVolunteers')}` : ''));
        }
    }
    const select = on(h('select', { id: `${key}-person`, 'data-key': `${key}-person` }), 'change', e => {
        ctx.ui.drafts[`${key}-person`] = (e.target as HTMLSelectElement).value;
    });
    select.append(h('option', { value: '' }, say('designatePick')));
    for (const person of ctx.model.people) {
        select.append(h('option', { value: person.name, selected: ctx.ui.drafts[`${key}-person`] === person.name }, person.title ?? person.name));
    }
    const other = on(h('input', { type: 'text', id: `${key}-other`, 'data-key': `${key}-other`, autocomplete: 'off' }), 'input', e => {
        ctx.ui.drafts[`${key}-other`] = (e.target as HTMLInputElement).value;
    });
    other.value = ctx.ui.drafts[`${key}-other`] ?? '';
    const missing = ctx.ui.drafts[`${key}-missing`] === 'yes';
    form.append(
        h('div', { class: 'field' }, h('label', { for: `${key}-person` }, say('designatePersonLabel', { role: roleTitle })), select),
        h('div', { class: 'field' }, h('label', { for: `${key}-other` }, say('designateOtherLabel')), other),
        h('button', { type: 'submit', 'data-key': `${key}-button` }, kind === 'relief' ? say('handOverButton', { role: roleTitle }) : say('designateButton', { role: roleTitle })),
    );
    if (missing) form.append(h('p', { class: 'warning', role: 'alert' }, say('designateMissing')));
    on(form, 'submit', e => {
        e.preventDefault();
        const holder = (other.value.trim() || select.value).trim();
        if (holder === '') {
            ctx.ui.drafts[`${key}-missing`] = 'yes';
            ctx.refresh();
            return;
        }
        for (const suffix of ['person', 'other', 'missing']) delete ctx.ui.drafts[`${key}-${suffix}`];
        ctx.act({ type: 'role-designated', role: role.name, holder });
    });
    return form;
}
