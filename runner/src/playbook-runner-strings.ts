/**
 * Every user-facing string of the runner (webview, standalone page and exports), in one place.
 * Whole sentences with named placeholders: `{name}` is replaced by `say(template, params)`.
 */
export const RUNNER_STRINGS = {
    pageTitle: 'Run: {playbook}',
    runnerHeading: '{playbook}',
    noModel: 'This page carries no readable playbook.',
    noPhases: 'This playbook has no steps yet.',
    // Start
    startHeading: 'Start a run',
    startTriggerLegend: 'What happened?',
    startManual: 'Manual start (no trigger)',
    startCriteria: 'When {condition}, severity {severity}.',
    startOtherwise: 'Otherwise severity {severity}.',
    startActivators: 'May be activated by {parties}.',
    startAutomatic: 'Activated automatically by monitoring.',
    startSeverityLabel: 'Severity',
    startButton: 'Start the run',
    startNoSeverity: 'This playbook declares no severity, so a run cannot start.',
    archivedRuns: 'Archived runs: {count}.',
    // Status
    statusElapsed: 'Elapsed {elapsed}',
    statusSeverity: 'Severity {severity}',
    statusTrigger: 'Trigger: {trigger}',
    statusManual: 'Started manually',
    statusStartedAt: 'Started {time}',
    targetRespond: 'Respond by {time} ({countdown})',
    targetRespondMet: 'Responded at {time}',
    targetResolve: 'Resolve by {time} ({countdown})',
    targetResolveMet: 'Resolved at {time}',
    countdownLeft: '{duration} left',
    countdownOverdue: 'overdue by {duration}',
    changeSeverityLabel: 'Change severity',
    resolveButton: 'Mark resolved',
    closeButton: 'Close the incident',
    newRunButton: 'New run (archives this one)',
    // Do now
    doNowHeading: 'Do now',
    doNowNothing: 'Nothing is ready: every remaining step waits for another, or is blocked.',
    doNowAllDone: 'Every step is settled.',
    ownerLine: 'Owner: {role} ({holders})',
    ownerNone: 'No owner',
    holderNobody: 'nobody assigned',
    // Steps
    stepsHeading: 'Steps',
    stepCheckbox: 'Done: {title}',
    checkItem: '{text}',
    timeboxLine: 'Time box {timebox}: {countdown}',
    timeboxOverdue: 'Time box {timebox}: overdue by {duration}',
    statusWaiting: 'Waiting',
    statusReady: 'Ready',
    statusDone: 'Done at {time}',
    statusSkipped: 'Skipped at {time}: {reason}',
    statusBlocked: 'Blocked since {time}: {reason}',
    statusBypassed: 'Not needed on this path',
    waitsFor: 'Waits for {items}.',
    skipButton: 'Skip…',
    blockButton: 'Blocked…',
    undoButton: 'Undo',
    reasonLabel: 'Reason for {action} "{title}"',
    reasonSkip: 'skipping',
    reasonBlock: 'blocking',
    reasonConfirm: 'Confirm',
    reasonCancel: 'Cancel',
    reasonRequired: 'Please give a reason.',
    decisionTaken: 'Decided: {branch}',
    decisionChange: 'Decide again',
    branchTarget: 'goes to {target}',
    // Escalation
    escalationHeading: 'Escalation',
    escalationNone: 'No escalation path applies to this severity.',
    escalationPath: 'Path {path}',
    escalationCurrent: 'Level {level} (pass {pass}) since {time}: notify now',
    escalationNext: 'Next: level {level}, {countdown}.',
    escalationExhausted: 'Every level has fired; no further level.',
    escalationAcknowledged: 'Acknowledged at {time}: escalation stopped.',
    acknowledgeButton: 'Acknowledged',
    // Communication
    commsHeading: 'Updates',
    commsNone: 'No communication rule applies to this severity.',
    commsRule: 'Tell {audience} via {channels}',
    commsSeverityCadence: 'Status update for severity {severity}',
    commsDueIn: 'next due at {time} ({countdown})',
    commsDueNow: 'due now (since {time})',
    commsOverdue: 'overdue by {duration}',
    commsEventWaiting: 'when {event} happens',
    commsOwner: 'Owner: {owner}',
    commsTemplate: 'Template: {template}',
    commsApproval: 'Needs approval by {approver}',
    sentButton: 'Sent: {audience}',
    // Who's who
    peopleHeading: "Who's who",
    roleBackups: 'Backups: {holders}',
    onCallUntil: '{person} on call until {time}',
    onCallUncovered: 'Outside business hours: nobody on call',
    onCallAssumed: 'Hand-off anchor not given; turn order assumed.',
    copyButton: 'Copy {value}',
    copyShort: 'Copy',
    copied: 'Copied {value}.',
    // Timeline
    timelineHeading: 'Timeline',
    noteLabel: 'Note for the timeline',
    noteButton: 'Add note',
    exportMarkdown: 'Export timeline (Markdown)',
    exportJson: 'Export timeline (JSON)',
    changesHeading: 'The playbook changed',
    changeAdded: '{what} "{name}" was added.',
    changeRemoved: '{what} "{name}" was removed.',
    changeRemovedItem: '{what} "{name}" was removed; what was done on it stays in the timeline.',
    changeChanged: '{what} "{name}" changed.',
    storageProblem: 'The saved run could not be read ({problem}). It was kept aside under "{key}" and a fresh store was started.',
    storageUnavailable: 'This browser does not let the page save: progress will be lost when the page closes.',
    // Timeline events
    evStart: 'Run started ({trigger}), severity {severity}.',
    evStartManual: 'Run started manually, severity {severity}.',
    evSeverity: 'Severity changed to {severity}.',
    evDone: 'Done: {title}.',
    evSkipped: 'Skipped: {title}. Reason: {reason}',
    evBlocked: 'Blocked: {title}. Reason: {reason}',
    evUndone: 'Undone: {title}.',
    evCheck: 'Checked "{check}" in {title}.',
    evUncheck: 'Unchecked "{check}" in {title}.',
    evDecision: 'Decided "{question}": {branch}.',
    evAck: 'Escalation acknowledged.',
    evSent: 'Update sent: {rule}.',
    evNote: 'Note: {text}',
    evResolved: 'Incident resolved.',
    evClosed: 'Incident closed.',
    evChanged: 'The playbook changed: {count} differences.',
    evNotApplying: '{text} (no longer in the playbook)',
    // Export
    mdTitle: 'Incident timeline: {playbook}',
    mdRun: 'Run {id}: started {start}, severity {severity}, trigger {trigger}.',
    mdNoTrigger: 'manual',
    mdTimeline: 'Timeline',
    mdReview: 'Post-incident review: {title}',
    mdReviewDefault: 'Post-incident review',
    mdReviewOwner: 'Owner: {owner}; due by {due}.',
    mdKpis: 'Measured',
    mdKpiRespond: 'Time to respond: {duration}.',
    mdKpiResolve: 'Time to resolve: {duration}.',
    mdKpiOpen: '{kpi}: not measured yet.',
    mdFollowUps: 'Follow-up actions',
    mdNotes: '_Notes:_',
    htmlAssetMissing: 'The runner script {file} is missing: run `npm run bundle` first, or set PLAYBOOK_RUNNER_ASSETS to the folder holding runner.js and runner.css.',
    notStarted: 'The run has not started.',
} as const;

export type RunnerStringKey = keyof typeof RUNNER_STRINGS;

/** Fills a string's `{placeholders}`; a missing parameter stays visible as `{name}` rather than vanishing. */
export function say(key: RunnerStringKey, params: Record<string, string | number> = {}): string {
    return RUNNER_STRINGS[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A duration for people: `1h 05m`, `4m 09s`, `2d 3h`. */
export function humanDuration(ms: number): string {
    const total = Math.max(0, Math.floor(ms / 1000));
    const d = Math.floor(total / 86_400);
    const h = Math.floor((total % 86_400) / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    const two = (n: number): string => String(n).padStart(2, '0');
    if (d > 0) return `${d}d ${h}h`;
    if (h > 0) return `${h}h ${two(m)}m`;
    return `${m}m ${two(s)}s`;
}
