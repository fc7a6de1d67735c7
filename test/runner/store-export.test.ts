import { strict as assert } from 'node:assert';
import type { PlaybookModel } from '../../protocol/src/playbook-model-types.js';
import { reduceRun } from '../../runner/src/engine/playbook-run.js';
import type { RunEvent } from '../../protocol/src/playbook-run-store.js';
import { adoptModel, appendEvent, emptyStore, parseStore, startRun } from '../../runner/src/engine/playbook-store.js';
import { timelineJson, timelineMarkdown } from '../../runner/src/engine/playbook-timeline-export.js';
import { modelFrom, sampleModel } from './helpers.js';

const T0 = Date.parse('2026-11-23T10:00:00Z');
const MIN = 60_000;
const start = { type: 'start', at: T0, trigger: 'dlp-alert', severity: 'sev1' } as const;

describe('runner store, live edits and exports', () => {
    let breach: PlaybookModel;
    before(async () => {
        breach = await sampleModel('playbooks/data-breach.playbook');
    });

    it('archives the previous run when a new one starts, and survives a JSON round trip', () => {
        let store = startRun(emptyStore('data-breach'), breach, start, 'tab-a');
        store = appendEvent(store, { type: 'step-done', at: T0 + MIN, item: 'confirm' }, 'tab-a');
        const second = startRun(store, breach, { ...start, at: T0 + 60 * MIN }, 'tab-a');
        assert.equal(second.archive.length, 1);
        assert.deepEqual(second.archive[0]?.events.map(e => e.type), ['start', 'step-done']);
        assert.deepEqual(second.current?.events.map(e => e.type), ['start']);
        const parsed = parseStore(JSON.stringify(second), 'data-breach');
        assert.ok('store' in parsed);
        assert.deepEqual(parsed.store, second);
    });

    it('reports what is wrong with stored text instead of dropping it', () => {
        assert.match((parseStore('{"storeVersion":1', 'x') as { error: string }).error, /^not JSON/);
        assert.equal((parseStore('{"storeVersion":3,"archive":[]}', 'x') as { error: string }).error, 'not a runner store of version 1 or 2');
        assert.equal((parseStore('{"storeVersion":1,"playbook":"y","archive":[]}', 'x') as { error: string }).error, 'stored for playbook "y", not "x"');
        const badEvent = JSON.stringify({ storeVersion: 1, playbook: 'x', archive: [], current: { id: 'r', playbook: 'x', events: [{ type: 'start', at: 1 }, { type: 'explode', at: 2 }] } });
        assert.equal((parseStore(badEvent, 'x') as { error: string }).error, 'current run: event 2 is not a runner event (unknown type "explode")');
    });

    it('keeps the progress of steps that still exist after an edit and says what changed', async () => {
        const edited = await modelFrom({
            'p.playbook': `playbook data-breach {
              severity sev1 { respond within 15m }
              phase identify { step confirm "Confirm it" within 30m  step triage "Triage" }
              phase contain { step isolate "Isolate" after confirm }
            }`,
        });
        let store = startRun(emptyStore('data-breach'), breach, start, 'tab-a');
        store = appendEvent(store, { type: 'step-done', at: T0 + MIN, item: 'confirm' }, 'tab-a');
        store = appendEvent(store, { type: 'step-done', at: T0 + 2 * MIN, item: 'record' }, 'tab-a');
        const { store: moved, changes } = adoptModel(store, edited, T0 + 3 * MIN, 'tab-a');
        assert.deepEqual(changes.filter(c => c.what === 'step').map(c => `${c.change} ${c.name}`),
            ['changed confirm', 'added triage', 'changed isolate', 'removed record', 'removed notify-regulator', 'removed restore']);
        const state = reduceRun(edited, moved.current!.events);
        assert.equal(state.items.confirm?.status, 'done');
        assert.equal(state.items.triage?.status, 'ready');
        assert.equal(state.items.isolate?.status, 'ready');
        assert.equal(state.timeline.at(-1)?.event.type, 'playbook-changed');
        // The removed step's event stays in the timeline, marked as no longer applying.
        assert.deepEqual(state.timeline.map(e => e.applies), [true, true, false, true]);
        assert.deepEqual(adoptModel(moved, edited, T0 + 4 * MIN, 'tab-a').changes, []);
    });

    it('exports the timeline to Markdown with the review assessments as headings', () => {
        const events: RunEvent[] = [start,
            { type: 'escalation-acknowledged', at: T0 + 7 * MIN },
            { type: 'note', at: T0 + 8 * MIN, text: 'DLP shows *1200* records <script>' },
            { type: 'decision-taken', at: T0 + 30 * MIN, item: 'exposed', branch: 'yes' }];
        const markdown = timelineMarkdown(breach, { id: 'run-1', events });
        assert.match(markdown, /^# Incident timeline: Customer data breach$/m);
        assert.match(markdown, /^- 2026-11-23T10:07:00\.000Z: Escalation acknowledged\.$/m);
        assert.match(markdown, /^- 2026-11-23T10:08:00\.000Z: Note: DLP shows \\\*1200\\\* records \\<script\\>$/m);
        assert.match(markdown, /^- 2026-11-23T10:30:00\.000Z: Decided "Customer data confirmed exposed\?": yes\.$/m);
        assert.match(markdown, /^- Time to respond: 7m\.$/m);
        for (const heading of ['Response speed', 'Degree of control', "The commander's own performance", 'Risk of related incidents']) {
            assert.match(markdown, new RegExp(`^### ${heading}$`, 'm'));
        }
        const json = JSON.parse(timelineJson(breach, { id: 'run-1', events })) as {
            timeline: Array<{ at: string; type: string }>; review: { assessments: Array<{ heading: string }> }; kpis: { timeToRespondSeconds: number };
        };
        assert.deepEqual(json.timeline.map(e => e.type), ['start', 'escalation-acknowledged', 'note', 'decision-taken']);
        assert.equal(json.kpis.timeToRespondSeconds, 420);
        assert.deepEqual(json.review.assessments.map(a => a.heading), breach.review?.assessments);
    });
});
