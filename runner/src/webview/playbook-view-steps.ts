/** The steps, phase by phase: a native checkbox per step, check items, skip/blocked with a reason, undo, decisions. */
import type { DecisionModel, FlowItemModel, StepModel } from '../../../protocol/src/playbook-model-types.js';
import { formatDuration } from '../../../server/src/language/durations.js';
import { itemDeadline } from '../engine/playbook-deadlines.js';
import { flowGraph } from '../engine/playbook-flow.js';
import { roleHolders } from '../engine/playbook-parties.js';
import type { ItemState } from '../engine/playbook-run-types.js';
import { say } from '../playbook-runner-strings.js';
import { h, on, sayWith } from './playbook-dom.js';
import { cssName } from './playbook-element-id.js';
import { clockTime, liveTime } from './playbook-time-format.js';
import type { ViewContext } from './playbook-view-context.js';
import { holderNames } from './playbook-view-people.js';
import { designatedHolder } from './playbook-view-roles.js';

/** `Owner: Technical lead (Sam Okafor)`: the role and who holds it now. */
export function ownerLine(ctx: ViewContext, item: FlowItemModel): HTMLElement {
    const role = ctx.model.roles.find(r => r.name === item.owner);
    if (!item.owner) return h('span', { class: 'owner muted' }, say('ownerNone'));
    // Whoever was named during the run holds the role now; else the playbook's holders.
    const held = role ? roleHolders(ctx.model, role, ctx.now, ctx.state.severity).holders : [];
    const holders = designatedHolder(ctx, item.owner)
        ?? (role?.fill && held.every(p => p.people.length === 0) ? say('holderToBeNamed') : role ? holderNames(held) : say('holderNobody'));
    return h('span', { class: 'owner' }, say('ownerLine', { role: role?.title ?? item.owner, holders }));
}

/** Every phase with its items. */
export function stepsView(ctx: ViewContext): HTMLElement {
    const section = h('section', { class: 'card', 'aria-labelledby': 'steps-heading' }, h('h2', { id: 'steps-heading' }, say('stepsHeading')));
    if (ctx.model.phases.every(p => p.items.length === 0)) {
        section.append(h('p', {}, say('noPhases')));
    }
    const graph = flowGraph(ctx.model);
    const next = graph.order.find(i => ctx.state.items[i.name]?.status === 'ready');
    const title = (name: string): string => {
        const item = graph.byName.get(name);
        return item ? (item.kind === 'step' ? item.title : item.question) ?? name : name;
    };
    for (const phase of ctx.model.phases) {
        const list = h('ol', { class: 'items' });
        for (const item of phase.items) {
            list.append(itemView(ctx, item, graph.waitsFor.get(item.name) ?? [], item === next, title));
        }
        section.append(h('h3', {}, phase.title ?? phase.name), list);
    }
    return section;
}

/** Procedures that can be started at any moment (issue 14): each with its trigger in words, a start button, and, once started, its steps. */
export function proceduresView(ctx: ViewContext): HTMLElement | null {
    const procedures = ctx.model.procedures ?? [];
    if (procedures.length === 0) return null;
    const section = h('section', { class: 'card', 'aria-labelledby': 'procedures-heading' }, h('h2', { id: 'procedures-heading' }, say('proceduresHeading')));
    const graph = flowGraph(ctx.model);
    const title = (name: string): string => {
        const item = graph.byName.get(name);
        return item ? (item.kind === 'step' ? item.title : item.question) ?? name : name;
    };
    for (const procedure of procedures) {
        const name = procedure.title ?? procedure.name;
        const started = ctx.state.procedures[procedure.name];
        const block = h('div', { class: 'procedure' }, h('h3', {}, name));
        if (procedure.when) block.append(h('p', { class: 'muted' }, say('procedureWhen', { when: procedure.when })));
        if (procedure.owner) block.append(h('p', {}, ownerLine(ctx, { kind: 'step', name: procedure.name, phase: procedure.name, owner: procedure.owner, after: [], checks: [] })));
        if (started) block.append(h('p', {}, say('procedureStarted', { time: clockTime(started.startedAt) })));
        if (ctx.state.closedAt === undefined && procedure.items.length > 0) {
            block.append(on(h('button', { type: 'button', 'data-key': `procedure-${cssName(procedure.name)}` },
                say(started ? 'procedureStartAgain' : 'procedureStart', { procedure: name })), 'click', () => ctx.act({ type: 'procedure-started', procedure: procedure.name })));
        }
        if (started) {
            const list = h('ol', { class: 'items' });
            for (const item of procedure.items) list.append(itemView(ctx, item, graph.waitsFor.get(item.name) ?? [], false, title));
            block.append(list);
        }
        section.append(block);
    }
    return section;
}

type TitleOf = (name: string) => string;

function itemView(ctx: ViewContext, item: FlowItemModel, waitsFor: string[], isNext: boolean, itemTitle: TitleOf): HTMLElement {
    const itemState: ItemState = ctx.state.items[item.name] ?? { status: 'waiting', checks: [], pass: 1 };
    const li = h('li', {
        id: `item-${cssName(item.name)}`, tabindex: '-1',
        class: `item status-${itemState.status}${isNext ? ' next' : ''}`,
    });
    li.append(item.kind === 'step' ? stepHeader(ctx, item, itemState) : decisionHeader(item));
    li.append(h('div', { class: 'meta' }, ownerLine(ctx, item), ' ', statusText(itemState)));
    const deadline = itemDeadline(item, itemState, ctx.now, ctx.model);
    const business = item.kind === 'step' ? item.businessTimebox : undefined;
    const timebox = item.timeboxSeconds !== undefined ? formatDuration(item.timeboxSeconds) : business ? `${business.amount} ${business.unit}` : undefined;
    if (deadline && deadline.metAt === undefined && timebox !== undefined) {
        li.append(h('div', { class: 'timebox' }, sayWith('timeboxLine', { timebox, countdown: liveTime(deadline.at, ctx.now) })));
    }
    if (itemState.status === 'waiting' && waitsFor.length > 0) {
        li.append(h('div', { class: 'muted' }, say('waitsFor', { items: waitsFor.map(itemTitle).join(', ') })));
    }
    if (item.kind === 'step') {
        li.append(...checksView(ctx, item, itemState));
        li.append(stepActions(ctx, item, itemState));
    } else {
        li.append(decisionActions(ctx, item, itemState, itemTitle));
    }
    return li;
}

function stepHeader(ctx: ViewContext, step: StepModel, itemState: ItemState): HTMLElement {
    const id = `done-${cssName(step.name)}`;
    const checkbox = on(h('input', { type: 'checkbox', id, 'data-key': id, checked: itemState.status === 'done' }), 'change', e => {
        ctx.act((e.target as HTMLInputElement).checked ? { type: 'step-done', item: step.name } : { type: 'step-undone', item: step.name });
    });
    return h('div', { class: 'item-head' }, checkbox, h('label', { for: id }, say('stepCheckbox', { title: step.title ?? step.name })));
}

function decisionHeader(decision: DecisionModel): HTMLElement {
    return h('div', { class: 'item-head' }, h('span', { class: 'decision-mark', 'aria-hidden': 'true' }, '◆'), h('h4', {}, decision.question ?? decision.name));
}

function statusText(itemState: ItemState): HTMLElement {
    const time = itemState.actedAt !== undefined ? clockTime(itemState.actedAt) : '';
    const text = itemState.status === 'done' ? (itemState.branch !== undefined ? say('decisionTaken', { branch: itemState.branch }) : say('statusDone', { time }))
        : itemState.status === 'skipped' ? say('statusSkipped', { time, reason: itemState.reason ?? '' })
            : itemState.status === 'blocked' ? say('statusBlocked', { time, reason: itemState.reason ?? '' })
                : itemState.status === 'bypassed' ? say('statusBypassed')
                    : itemState.status === 'ready' ? say('statusReady') : say('statusWaiting');
    return h('span', { class: 'status' }, text);
}

function checksView(ctx: ViewContext, step: StepModel, itemState: ItemState): HTMLElement[] {
    if (step.checks.length === 0) return [];
    const list = h('ul', { class: 'checks' });
    step.checks.forEach((check, index) => {
        const id = `check-${cssName(step.name)}-${index}`;
        const box = on(h('input', { type: 'checkbox', id, 'data-key': id, checked: itemState.checks[index] === true }), 'change', e => {
            ctx.act({ type: 'check-toggled', item: step.name, index, checked: (e.target as HTMLInputElement).checked });
        });
        list.append(h('li', {}, box, h('label', { for: id }, say('checkItem', { text: check }))));
    });
    return [list];
}

function stepActions(ctx: ViewContext, step: StepModel, itemState: ItemState): HTMLElement {
    const title = step.title ?? step.name;
    const actions = h('div', { class: 'actions' });
    const open = ctx.ui.reasonFor?.item === step.name ? ctx.ui.reasonFor.action : undefined;
    if (itemState.status === 'done' || itemState.status === 'skipped' || itemState.status === 'blocked') {
        actions.append(on(h('button', { type: 'button', class: 'small', 'data-key': `undo-${step.name}`, 'aria-label': `${say('undoButton')}: ${title}` }, say('undoButton')),
            'click', () => ctx.act({ type: 'step-undone', item: step.name })));
    }
    if (itemState.status !== 'done' && itemState.status !== 'skipped') {
        for (const action of ['skip', 'block'] as const) {
            if (action === 'block' && itemState.status === 'blocked') continue;
            const label = say(action === 'skip' ? 'skipButton' : 'blockButton');
            actions.append(on(h('button', { type: 'button', class: 'small', 'data-key': `${action}-${step.name}`, 'aria-label': `${label} ${title}`, 'aria-expanded': String(open === action) }, label), 'click', () => {
                ctx.ui.reasonFor = { item: step.name, action };
                ctx.ui.reasonDraft = '';
                ctx.ui.reasonMissing = false;
                ctx.refresh();
                document.getElementById(`reason-${cssName(step.name)}`)?.focus();
            }));
        }
    }
    if (open) actions.append(reasonForm(ctx, step, open));
    return actions;
}

function reasonForm(ctx: ViewContext, step: StepModel, action: 'skip' | 'block'): HTMLElement {
    const id = `reason-${cssName(step.name)}`;
    const input = on(h('input', { type: 'text', id, 'data-key': id, value: ctx.ui.reasonDraft, 'aria-invalid': ctx.ui.reasonMissing ? 'true' : undefined, 'aria-describedby': ctx.ui.reasonMissing ? `${id}-error` : undefined }),
        'input', e => { ctx.ui.reasonDraft = (e.target as HTMLInputElement).value; });
    const form = h('form', { class: 'reason-form' },
        h('label', { for: id }, say(action === 'skip' ? 'reasonLabelSkip' : 'reasonLabelBlock', { title: step.title ?? step.name })),
        input,
        ctx.ui.reasonMissing ? h('span', { id: `${id}-error`, class: 'warning', role: 'alert' }, say('reasonRequired')) : null,
        h('button', { type: 'submit', class: 'small primary', 'data-key': `${id}-confirm` }, say('reasonConfirm')),
        on(h('button', { type: 'button', class: 'small', 'data-key': `${id}-cancel` }, say('reasonCancel')), 'click', () => {
            delete ctx.ui.reasonFor;
            ctx.refresh();
        }));
    on(form, 'submit', e => {
        e.preventDefault();
        const reason = ctx.ui.reasonDraft.trim();
        if (reason === '') {
            ctx.ui.reasonMissing = true;
            ctx.refresh();
            return;
        }
        delete ctx.ui.reasonFor;
        ctx.ui.reasonDraft = '';
        ctx.act(action === 'skip' ? { type: 'step-skipped', item: step.name, reason } : { type: 'step-blocked', item: step.name, reason });
    });
    on(input, 'keydown', e => {
        if ((e as KeyboardEvent).key === 'Escape') {
            delete ctx.ui.reasonFor;
            ctx.refresh();
        }
    });
    return form;
}

function decisionActions(ctx: ViewContext, decision: DecisionModel, itemState: ItemState, itemTitle: TitleOf): HTMLElement {
    const actions = h('div', { class: 'actions branches', role: 'group', 'aria-label': decision.question ?? decision.name });
    decision.branches.forEach((branch, index) => {
        const describedBy = `branch-${cssName(decision.name)}-${index}`;
        actions.append(
            on(h('button', {
                type: 'button', class: itemState.branch === branch.label ? 'primary chosen' : undefined, 'data-key': describedBy,
                'aria-pressed': String(itemState.branch === branch.label), 'aria-describedby': `${describedBy}-target`,
            }, branch.label), 'click', () => ctx.act({ type: 'decision-taken', item: decision.name, branch: branch.label })),
            h('span', { id: `${describedBy}-target`, class: 'muted branch-target' }, say('branchTarget', { target: branch.target ? itemTitle(branch.target) : '?' })),
        );
    });
    if (itemState.branch !== undefined) {
        actions.append(on(h('button', { type: 'button', class: 'small', 'data-key': `undo-${decision.name}` }, say('decisionChange')),
            'click', () => ctx.act({ type: 'step-undone', item: decision.name })));
    }
    return actions;
}
