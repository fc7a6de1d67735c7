/** The runner UI: holds the model and the store, renders from state, records actions through a host. */
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import { commsStatus } from '../engine/playbook-comms.js';
import { itemDeadline } from '../engine/playbook-deadlines.js';
import { escalationStatus } from '../engine/playbook-escalation.js';
import { allFlowItems } from '../engine/playbook-flow.js';
import { activeSubTeams, reliefs, subTeamDeadline } from '../engine/playbook-response.js';
import { reduceRun } from '../engine/playbook-run.js';
import type { ModelChange, RunnerStore } from '../../../protocol/src/playbook-run-store.js';
import type { RunState } from '../engine/playbook-run-types.js';
import { drillReportMarkdown, runTime } from '../engine/playbook-drill.js';
import { foreignEvents, mergeStores, sameContent } from '../engine/playbook-run-log.js';
import { adoptModel, appendEvent, archiveCurrent, mergedRuns, startRun } from '../engine/playbook-store.js';
import { describeEvent, timelineJson, timelineMarkdown } from '../engine/playbook-timeline-export.js';
import type { Locale } from '../../../l10n/src/index.js';
import { say } from '../playbook-runner-strings.js';
import { h } from './playbook-dom.js';
import { clockTime, updateLiveTime } from './playbook-time-format.js';
import type { Action, UiState, ViewContext } from './playbook-view-context.js';
import { languageView } from './playbook-view-language.js';
import { peopleView } from './playbook-view-people.js';
import { startView } from './playbook-view-start.js';
import { doNowView } from './playbook-view-do-now.js';
import { drillView } from './playbook-view-drill.js';
import { commsView, escalationView, statusView } from './playbook-view-status.js';
import { proceduresView, stepsView } from './playbook-view-steps.js';
import { responseView } from './playbook-view-response.js';
import { changesView, runControls, timelineView } from './playbook-view-timeline.js';

/** What the page around the runner provides: VS Code's webview API, or the standalone page's browser. */
export interface RunnerHost {
    /**
     * Saves the store. May return the store as saved when another tab's copy was merged in on
     * the way (the standalone page reads, merges and writes); the app then shows the union.
     */
    save(store: RunnerStore): RunnerStore | undefined;
    exportFile(format: 'markdown' | 'json', fileName: string, content: string): void;
    copy(text: string): Promise<boolean>;
    /** Writes the run record into the workspace's run folder (VS Code only: the page downloads exports instead). */
    writeRecord?(): void;
    /** Records today as the `last` date of one of the playbook's drills, in the playbook itself (VS Code only). */
    recordDrill?(kind: string): void;
    /** Switches the page's language and keeps the choice (the standalone page; the VS Code panel follows the editor's display language). */
    chooseLocale?(locale: Locale): void;
}

export class RunnerApp {
    private state: RunState;
    private changes: ModelChange[] = [];
    private readonly problems: string[] = [];
    private readonly ui: UiState = { reasonDraft: '', reasonMissing: false, noteDraft: '', announcement: '', drafts: {} };
    private signature = '';
    /** When another tab or window last added an event to this run, if one did since this page opened. */
    private drivenElsewhereAt: number | undefined;
    private editTimer: ReturnType<typeof setTimeout> | undefined;

    constructor(
        private readonly root: HTMLElement,
        private model: PlaybookModel,
        private store: RunnerStore,
        private readonly host: RunnerHost,
        private readonly clock: () => number = () => Date.now(),
        /** This tab's or window's name in the event log: random, so that two copies never stamp the same id. */
        private readonly origin: string = randomOrigin(),
    ) {
        this.state = reduceRun(model, store.current?.events ?? []);
    }

    /** Shows a problem (unreadable storage, a playbook that fails to parse) above the runner. */
    report(problem: string): void {
        this.problems.push(problem);
        this.render();
    }

    /**
     * Another tab or window saved its copy of the store: show the union of both (nothing lost,
     * nothing doubled) and say that someone else is driving this run too.
     */
    merge(theirs: RunnerStore): void {
        const merged = mergeStores(this.store, theirs);
        if (sameContent(merged, this.store)) return;
        const foreign = foreignEvents(this.store, merged, this.origin);
        if (foreign.length > 0) this.drivenElsewhereAt = this.clock();
        this.store = merged;
        this.state = reduceRun(this.model, merged.current?.events ?? []);
        this.render();
    }

    /** The store as this page holds it (tests and the hosts read it). */
    currentStore(): RunnerStore {
        return this.store;
    }

    /** Takes a newer version of the playbook: progress is kept by name and the differences are shown. */
    updateModel(model: PlaybookModel, now = false): void {
        this.model = model;
        // Typing sends a model at every short pause: show each at once, but log what changed
        // once, when the typing has paused, in words ("Step "triage" was added.").
        clearTimeout(this.editTimer);
        if (now) {
            this.logEdit();
            return;
        }
        this.state = reduceRun(model, this.store.current?.events ?? []);
        this.render();
        this.editTimer = setTimeout(() => this.logEdit(), EDIT_PAUSE_MS);
    }

    private logEdit(): void {
        this.editTimer = undefined;
        const { store, changes } = adoptModel(this.store, this.model, this.time(), this.origin);
        if (changes.length > 0) this.changes = changes;
        this.commit(store);
    }

    /** Updates countdowns every second; re-renders only when something crossed a deadline. */
    tick(): void {
        const now = this.time();
        if (this.timeSignature(now) !== this.signature) {
            this.render();
            return;
        }
        this.root.querySelectorAll<HTMLElement>('[data-live]').forEach(span => updateLiveTime(span, now));
    }

    render(): void {
        const now = this.time();
        const active = document.activeElement as HTMLElement | null;
        const focusKey = active?.dataset.key;
        const selection = active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement ? [active.selectionStart, active.selectionEnd] : undefined;
        const ctx = this.context(now);
        const title = this.model.title ?? this.model.name;
        document.title = say(this.state.drill ? 'pageTitleDrill' : 'pageTitle', { playbook: title });
        const main = h('main', { class: 'runner' });
        if (this.host.chooseLocale) {
            const choose = this.host.chooseLocale;
            main.append(languageView(locale => {
                choose(locale);
                this.render();
            }));
        }
        main.append(h('h1', {}, say('runnerHeading', { playbook: title })));
        for (const problem of this.problems) main.append(h('p', { class: 'card problem', role: 'alert' }, problem));
        if (this.drivenElsewhereAt !== undefined && this.state.started) {
            main.append(h('p', { class: 'card notice', role: 'status' }, say('drivenElsewhere', { time: clockTime(this.drivenElsewhereAt) })));
        }
        main.append(changesView(this.changes) ?? '');
        if (!this.state.started) {
            main.append(startView(ctx), peopleView(ctx));
        } else {
            main.append(statusView(ctx), doNowView(ctx), ...(this.state.drill ? [drillView(ctx)] : []), stepsView(ctx), proceduresView(ctx) ?? '',
                h('div', { class: 'columns' }, escalationView(ctx), commsView(ctx)), responseView(ctx) ?? '', timelineView(ctx), runControls(ctx), peopleView(ctx));
        }
        main.append(h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite', id: 'announcer' }, this.ui.announcement));
        this.root.replaceChildren(main);
        if (focusKey) {
            const target = [...this.root.querySelectorAll<HTMLElement>('[data-key]')].find(e => e.dataset.key === focusKey);
            target?.focus();
            if (selection && (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.type !== 'checkbox' && target.type !== 'radio') {
                target.setSelectionRange(selection[0] ?? null, selection[1] ?? null);
            }
        }
        this.signature = this.timeSignature(now);
    }

    private context(now: number): ViewContext {
        return {
            model: this.model, store: this.store, state: this.state, now, ui: this.ui, changes: this.changes, problems: this.problems,
            act: action => this.act(action),
            startRun: (trigger, severity, drill) => {
                const at = this.clock();
                this.changes = [];
                this.commit(startRun(this.store, this.model, { type: 'start', at, ...(severity ? { severity } : {}), ...(trigger ? { trigger } : {}), ...(drill ? { drill } : {}) }, this.origin));
            },
            drillReport: () => {
                const run = this.store.current;
                if (run) this.host.exportFile('markdown', `${this.model.name}-drill-report.md`, drillReportMarkdown(this.model, run, this.time()));
            },
            ...(this.host.recordDrill ? { recordDrill: (kind: string) => this.host.recordDrill?.(kind) } : {}),
            refresh: () => this.render(),
            exportTimeline: format => this.exportTimeline(format),
            ...(this.host.writeRecord ? { writeRecord: () => this.host.writeRecord?.() } : {}),
            copy: text => {
                void this.host.copy(text).then(ok => {
                    this.ui.announcement = ok ? say('copied', { value: text }) : text;
                    this.render();
                });
            },
            newRun: () => {
                this.changes = [];
                this.commit(archiveCurrent(this.store));
            },
        };
    }

    private act(action: Action): void {
        const event = { ...action, at: this.time() } as Parameters<typeof appendEvent>[1];
        this.ui.announcement = describeEvent(this.model, event);
        this.commit(appendEvent(this.store, event, this.origin));
    }

    /** The run's clock: real time, or a drill's accelerated time (events and countdowns alike). */
    private time(): number {
        return runTime(this.store.current?.events ?? [], this.clock());
    }

    /** Every action ends here: recompute, save at once, render. */
    private commit(store: RunnerStore): void {
        const saved = this.host.save(store);
        const foreign = saved ? foreignEvents(store, saved, this.origin) : [];
        if (foreign.length > 0) this.drivenElsewhereAt = this.clock();
        this.store = saved ?? store;
        this.state = reduceRun(this.model, this.store.current?.events ?? []);
        this.render();
    }

    private exportTimeline(format: 'markdown' | 'json'): void {
        const run = this.store.current;
        if (!run) return;
        const stamp = new Date(this.state.startedAt ?? this.clock()).toISOString().replace(/[:.]/g, '-');
        const name = `${this.model.name}-${stamp}.${format === 'markdown' ? 'md' : 'json'}`;
        const merged = mergedRuns(this.store, run);
        this.host.exportFile(format, name, format === 'markdown' ? timelineMarkdown(this.model, run, merged) : timelineJson(this.model, run, merged));
    }

    /** What changes with time alone: the escalation level, updates due, overdue items, on-call turns. */
    private timeSignature(now: number): string {
        if (!this.state.started) return 'idle';
        const escalation = escalationStatus(this.model, this.state, now);
        const dues = commsStatus(this.model, this.state, now).map(c => `${c.id}:${c.due}`);
        const overdue = allFlowItems(this.model).filter(i => itemDeadline(i, this.state.items[i.name], now, this.model)?.overdue).map(i => i.name);
        const turn = Math.floor(now / 60_000); // rotations hand off on the minute at the finest
        // Sub-teams due back and hand-overs due come into "Do now" when their time is up.
        const teams = activeSubTeams(this.state).filter(t => (subTeamDeadline(this.model, t) ?? Infinity) <= now).map(t => t.name);
        const reliefDue = reliefs(this.model, this.state, now).filter(r => r.due).map(r => r.role.name);
        return JSON.stringify([escalation.current?.offset, escalation.next?.offset, dues, overdue, turn, teams, reliefDue]);
    }
}

/** How long the playbook must stay unchanged before an edit is logged in the timeline. */
const EDIT_PAUSE_MS = 2000;

/** A random name for this page's copy of the run (not a secret: it only keeps event ids apart). */
function randomOrigin(): string {
    const bytes = crypto.getRandomValues(new Uint8Array(6));
    return [...bytes].map(b => b.toString(16).padStart(2, '0')).join('');
}
