/** What every part of the view receives: the model, the derived state, the clock and the actions. */
import type { PlaybookModel } from '../../../protocol/src/playbook-model-types.js';
import type { ModelChange, RunEvent, RunnerStore } from '../../../protocol/src/playbook-run-store.js';
import type { RunState } from '../engine/playbook-run-types.js';

/** A run event before the app stamps its time. */
export type Action = RunEvent extends infer E ? E extends RunEvent ? Omit<E, 'at'> : never : never;

/** View-only state that is not part of the run: open forms and drafts. */
export interface UiState {
    reasonFor?: { item: string; action: 'skip' | 'block' };
    reasonDraft: string;
    reasonMissing: boolean;
    noteDraft: string;
    trigger?: string;
    severity?: string;
    /** The start form's drill choices. */
    drill?: { on: boolean; speed: number; kind?: string };
    announcement: string;
    /** Drafts of the small forms (a holder's name, a sub-team's name), by the form's key. */
    drafts: Record<string, string>;
}

export interface ViewContext {
    model: PlaybookModel;
    store: RunnerStore;
    state: RunState;
    now: number;
    ui: UiState;
    changes: ModelChange[];
    problems: string[];
    /** Records an event (stamped with the clock), saves, re-renders. */
    act(action: Action): void;
    /** Starts a new run, archiving the current one; without a severity the run asks for one. */
    startRun(trigger: string | undefined, severity: string | undefined, drill?: { speed: number; kind?: string }): void;
    /** Downloads the drill report (Markdown). */
    drillReport(): void;
    /** Present where the drill's date can be recorded in the playbook (VS Code). */
    recordDrill?(kind: string): void;
    /** Re-renders after a change of UI state only. */
    refresh(): void;
    exportTimeline(format: 'markdown' | 'json'): void;
    /** Present where the run record can be written into the workspace (VS Code). */
    writeRecord?(): void;
    copy(text: string): void;
    /** Leaves the current run in the archive and shows the start form. */
    newRun(): void;
}
