/** The start form: which trigger fired (or a manual start), with its criteria, and the severity. */
import type { TriggerModel } from '../../../protocol/src/playbook-model-types.js';
import { DRILL_SPEEDS } from '../engine/playbook-drill.js';
import { partyTitle } from '../engine/playbook-parties.js';
import { say } from '../playbook-runner-strings.js';
import { h, on } from './playbook-dom.js';
import type { ViewContext } from './playbook-view-context.js';

/** The form shown before a run starts. */
export function startView(ctx: ViewContext): HTMLElement {
    const { model, ui } = ctx;
    const section = h('section', { class: 'card start', 'aria-labelledby': 'start-heading' }, h('h2', { id: 'start-heading' }, say('startHeading')));
    if (ctx.store.archive.length > 0) {
        section.append(h('p', { class: 'muted' }, say('archivedRuns', { count: ctx.store.archive.length })));
    }
    const chosenTrigger = model.triggers.find(t => t.name === ui.trigger);
    const severity = ui.severity ?? defaultSeverity(chosenTrigger) ?? model.severities[0]?.name ?? '';
    const form = h('form', { class: 'start-form' });
    const fieldset = h('fieldset', {}, h('legend', {}, say('startTriggerLegend')));
    const radio = (value: string, label: string, details: HTMLElement | undefined, index: number): HTMLElement => {
        const id = `trigger-${index}`;
        const input = on(h('input', {
            type: 'radio', name: 'trigger', id, value, checked: (ui.trigger ?? '') === value, 'data-key': id,
            'aria-describedby': details ? `${id}-details` : undefined,
        }), 'change', () => {
            ui.trigger = value || undefined;
            ui.severity = defaultSeverity(model.triggers.find(t => t.name === value)) ?? ui.severity;
            ctx.refresh();
        });
        return h('div', { class: 'choice' }, input, h('label', { for: id }, label), details ?? null);
    };
    model.triggers.forEach((trigger, index) => fieldset.append(radio(trigger.name, trigger.title ?? trigger.name, triggerDetails(ctx, trigger, `trigger-${index}-details`), index)));
    fieldset.append(radio('', say('startManual'), undefined, model.triggers.length));
    const select = on(h('select', { id: 'start-severity', 'data-key': 'start-severity' }), 'change', e => {
        ui.severity = (e.target as HTMLSelectElement).value;
    });
    for (const s of model.severities) {
        select.append(h('option', { value: s.name, selected: s.name === severity }, s.title ? `${s.name}: ${s.title}` : s.name));
    }
    // Many plans set the level after the first assessment: the run then asks for it.
    select.append(h('option', { value: '', selected: severity === '' }, say('startSeverityUnknown')));
    form.append(fieldset, h('div', { class: 'field' }, h('label', { for: 'start-severity' }, say('startSeverityLabel')), select), drillChoice(ctx),
        h('button', { type: 'submit', class: 'primary', 'data-key': 'start-button' }, say('startButton')));
    on(form, 'submit', e => {
        e.preventDefault();
        const drill = ui.drill?.on ? { speed: ui.drill.speed, ...(ui.drill.kind ? { kind: ui.drill.kind } : {}) } : undefined;
        ctx.startRun(ui.trigger, select.value || undefined, drill);
    });
    section.append(form);
    return section;
}

/** "This is a drill", which of the playbook's drills, and how fast its clock runs. */
function drillChoice(ctx: ViewContext): HTMLElement {
    const { ui, model } = ctx;
    const drill = ui.drill ?? { on: false, speed: 1, ...(model.drills[0] ? { kind: model.drills[0].kind } : {}) };
    const box = on(h('input', { type: 'checkbox', id: 'start-drill', 'data-key': 'start-drill', checked: drill.on }), 'change', e => {
        ui.drill = { ...(ui.drill ?? drill), on: (e.target as HTMLInputElement).checked };
        ctx.refresh();
    });
    const wrap = h('div', { class: 'drill-choice' }, h('div', { class: 'field' }, box, h('label', { for: 'start-drill' }, say('drillStartLabel'))));
    if (!drill.on) return wrap;
    const speed = on(h('select', { id: 'drill-speed', 'data-key': 'drill-speed' }), 'change', e => {
        ui.drill = { ...(ui.drill ?? drill), speed: Number((e.target as HTMLSelectElement).value) };
    });
    for (const s of DRILL_SPEEDS) speed.append(h('option', { value: s, selected: s === drill.speed }, s === 1 ? say('drillSpeedReal') : say('drillSpeed', { speed: s })));
    wrap.append(h('div', { class: 'field' }, h('label', { for: 'drill-speed' }, say('drillSpeedLabel')), speed));
    if (model.drills.length > 0) {
        const kind = on(h('select', { id: 'drill-kind', 'data-key': 'drill-kind' }), 'change', e => {
            ui.drill = { ...(ui.drill ?? drill), kind: (e.target as HTMLSelectElement).value };
        });
        for (const d of model.drills) kind.append(h('option', { value: d.kind, selected: d.kind === drill.kind }, d.title ? `${d.kind}: ${d.title}` : d.kind));
        wrap.append(h('div', { class: 'field' }, h('label', { for: 'drill-kind' }, say('drillKindLabel')), kind));
    }
    ui.drill = drill;
    return wrap;
}

function defaultSeverity(trigger: TriggerModel | undefined): string | undefined {
    return trigger?.criteria[0]?.severity ?? trigger?.otherwise;
}

function triggerDetails(ctx: ViewContext, trigger: TriggerModel, id: string): HTMLElement {
    const list = h('ul', { id, class: 'criteria' });
    for (const criterion of trigger.criteria) {
        list.append(h('li', {}, say('startCriteria', { condition: criterion.condition, severity: criterion.severity ?? '?' })));
    }
    if (trigger.otherwise) list.append(h('li', {}, say('startOtherwise', { severity: trigger.otherwise })));
    if (trigger.automatic) list.append(h('li', {}, say('startAutomatic')));
    if (trigger.activators.length > 0) {
        list.append(h('li', {}, say('startActivators', { parties: trigger.activators.map(a => partyTitle(ctx.model, a)).join(', ') })));
    }
    return list;
}
