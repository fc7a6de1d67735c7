/** A drill's own controls: inject a fault (a channel down, a party not answering), the drill report, and recording its date. */
import { escalationStatus } from '../engine/playbook-escalation.js';
import { partyTitle } from '../engine/playbook-parties.js';
import { say } from '../playbook-runner-strings.js';
import { h, on } from './playbook-dom.js';
import type { ViewContext } from './playbook-view-context.js';

/** Shown only in a drill, after "Do now", so the facilitator's controls never sit where a responder looks first. */
export function drillView(ctx: ViewContext): HTMLElement {
    const { model, state } = ctx;
    const section = h('section', { class: 'card drill-controls', 'aria-labelledby': 'drill-heading' }, h('h2', { id: 'drill-heading' }, say('drillHeading')));
    const channels = h('select', { id: 'fault-channel', 'data-key': 'fault-channel' });
    model.channels.filter(c => !state.faults.channelsDown.includes(c.name)).forEach(c => channels.append(h('option', { value: c.name }, `${c.name} (${c.kind} ${c.address})`)));
    const parties = h('select', { id: 'fault-party', 'data-key': 'fault-party' });
    const paged = escalationStatus(model, state, ctx.now).schedule.flatMap(f => f.notify);
    const refs = [...new Map([...paged, ...model.roles.map(r => ({ kind: 'role' as const, name: r.name }))].map(r => [r.name, r])).values()];
    refs.filter(r => !state.faults.noAnswer.includes(r.name)).forEach(r => parties.append(h('option', { value: r.name }, partyTitle(model, r))));
    section.append(
        h('div', { class: 'actions' }, h('label', { for: 'fault-channel' }, say('drillFaultChannelLabel')), channels,
            on(h('button', { type: 'button', 'data-key': 'fault-channel-go' }, say('drillFaultChannel')), 'click', () => {
                if (channels.value) ctx.act({ type: 'fault-injected', fault: 'channel-down', name: channels.value });
            })),
        h('div', { class: 'actions' }, h('label', { for: 'fault-party' }, say('drillFaultPartyLabel')), parties,
            on(h('button', { type: 'button', 'data-key': 'fault-party-go' }, say('drillFaultParty')), 'click', () => {
                if (parties.value) ctx.act({ type: 'fault-injected', fault: 'no-answer', name: parties.value });
            })),
        h('div', { class: 'actions' },
            on(h('button', { type: 'button', 'data-key': 'drill-report' }, say('drillReportButton')), 'click', () => ctx.drillReport()),
            ctx.recordDrill && state.drill?.kind
                ? on(h('button', { type: 'button', 'data-key': 'drill-record' }, say('drillRecordButton', { kind: state.drill.kind })), 'click', () => ctx.recordDrill?.(state.drill!.kind!))
                : null),
    );
    return section;
}
