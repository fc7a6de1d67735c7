/** The runner engine: pure functions of (model, events, now). No DOM, no VS Code. */
export * from './playbook-run-types.js';
export { flowGraph, flowItems } from './playbook-flow.js';
export { initialState, reduceRun } from './playbook-run.js';
export { onCallAt, type OnCall } from './playbook-rotation.js';
export { partyTitle, resolveHolder, roleHolders, type ReachablePerson, type ResolvedParty } from './playbook-parties.js';
export { escalationPathFor, escalationSchedule, escalationStatus, type EscalationFiring, type EscalationStatus } from './playbook-escalation.js';
export { applicableRules, commsStatus, SEVERITY_CADENCE_ID, type CommsDue } from './playbook-comms.js';
export { elapsed, itemDeadline, readyItems, respondedAt, runClock, severityTargets, type Deadline } from './playbook-deadlines.js';
export { diffModels, isPlaybookModel } from './playbook-live-edit.js';
export { adoptModel, appendEvent, archiveCurrent, emptyStore, parseStore, startRun } from './playbook-store.js';
export { describeEntry, describeEvent, ruleTitle, timelineJson, timelineMarkdown } from './playbook-timeline-export.js';
