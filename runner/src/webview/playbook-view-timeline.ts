/** The timeline (a list labelled "Timeline"), the scribe's notes, exports, and the run's own controls. */
import { changeSentence, describeEntry } from '../engine/playbook-timeline-export.js';
import type { ModelChange } from '../../../protocol/src/playbook-run-store.js';
import { say } from '../playbook-runner-strings.js';
import { h, on } from './playbook-dom.js';
import { clockTime } from './playbook-time-format.js';
import { severityHints, severityOptions } from './playbook-view-do-now.js';
import type { ViewContext } from './playbook-view-context.js';

/** Notes, the timeline newest last, and the export buttons. */
export function timelineView(ctx: ViewContext): HTMLElement {
    const section = h('section', { class: 'card', 'aria-labelledby': 'timeline-heading' }, h('h2', { id: 'timeline-heading' }, say('timelineHeading')));
    const note = on(h('textarea', { id: 'note', rows: 2, 'data-key': 'note' }), 'input', e => { ctx.ui.noteDraft = (e.target as HTMLTextAreaElement).value; });
    note.value = ctx.ui.noteDraft;
    const form = h('form', { class: 'note-form' }, h('label', { for: 'note' }, say('noteLabel')), note,
        h('button', { type: 'submit', 'data-key': 'note-add' }, say('noteButton')));
    on(form, 'submit', e => {
        e.preventDefault();
        const text = ctx.ui.noteDraft.trim();
        if (text !== '') {
            ctx.ui.noteDraft = '';
            ctx.act({ type: 'note', text });
        }
    });
    const list = h('ol', { class: 'timeline', 'aria-label': say('timelineHeading') });
    for (const entry of ctx.state.timeline) {
        list.append(h('li', { class: entry.applies ? undefined : 'stale' }, h('time', { datetime: new Date(entry.at).toISOString() }, clockTime(entry.at)), ' ', describeEntry(ctx.model, entry)));
    }
    const exports = h('div', { class: 'actions' },
        on(h('button', { type: 'button', 'data-key': 'export-md' }, say('exportMarkdown')), 'click', () => ctx.exportTimeline('markdown')),
        on(h('button', { type: 'button', 'data-key': 'export-json' }, say('exportJson')), 'click', () => ctx.exportTimeline('json')),
        ctx.writeRecord ? on(h('button', { type: 'button', 'data-key': 'write-record' }, say('writeRecord')), 'click', () => ctx.writeRecord?.()) : null);
    section.append(form, list, exports);
    return section;
}

/** Severity change, resolve, close and a new run. */
export function runControls(ctx: ViewContext): HTMLElement {
    const { state, model } = ctx;
    const select = h('select', { id: 'change-severity', 'data-key': 'change-severity' });
    const current = model.severities.find(s => s.name === state.severity);
    select.append(h('option', { value: '', selected: true }, current ? (current.title ? `${current.name}: ${current.title}` : current.name) : say('severityChoose')));
    severityOptions(ctx).forEach(option => select.append(option));
    on(select, 'change', () => {
        if (select.value) ctx.act({ type: 'severity-changed', severity: select.value });
    });
    const controls = h('div', { class: 'actions run-controls' }, h('label', { for: 'change-severity' }, say('changeSeverityLabel')), select);
    const hints = severityHints(ctx);
    if (hints.length > 0) controls.append(h('span', { class: 'muted' }, hints.join(' ')));
    if (state.resolvedAt === undefined) {
        controls.append(on(h('button', { type: 'button', 'data-key': 'resolve' }, say('resolveButton')), 'click', () => ctx.act({ type: 'resolved' })));
    } else if (state.closedAt === undefined) {
        controls.append(on(h('button', { type: 'button', 'data-key': 'close' }, say('closeButton')), 'click', () => ctx.act({ type: 'closed' })));
    }
    controls.append(on(h('button', { type: 'button', 'data-key': 'new-run' }, say('newRunButton')), 'click', () => ctx.newRun()));
    return controls;
}

/** What changed in the playbook since the run last saw it. */
export function changesView(changes: ModelChange[]): HTMLElement | null {
    if (changes.length === 0) return null;
    const list = h('ul', {});
    for (const change of changes) {
        list.append(h('li', {}, changeSentence(change)));
    }
    return h('section', { class: 'card notice', role: 'status', 'aria-labelledby': 'changes-heading' }, h('h2', { id: 'changes-heading' }, say('changesHeading')), list);
}
