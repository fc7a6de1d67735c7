import type { PlaybookRule } from './playbook-rule.js';
import { channelBackupRule } from './rules/channel-backup.js';
import { channelOwnerRule } from './rules/channel-owner.js';
import { commsCadenceRule } from './rules/comms-cadence.js';
import { coverageGapRule } from './rules/coverage-gap.js';
import { drillOverdueRule } from './rules/drill-overdue.js';
import { duplicateClauseRule } from './rules/duplicate-clause.js';
import { duplicateNameRule } from './rules/duplicate-name.js';
import { escalationCycleRule } from './rules/escalation-cycle.js';
import { escalationOrderRule } from './rules/escalation-order.js';
import { invalidSuppressionRule } from './rules/invalid-suppression.js';
import { missingEscalationRule } from './rules/missing-escalation.js';
import { noActivationAuthorityRule } from './rules/no-activation-authority.js';
import { noBackupRule } from './rules/no-backup.js';
import { reviewOverdueRule } from './rules/review-overdue.js';
import { stepCycleRule } from './rules/step-cycle.js';
import { timeboxExceedsTargetRule } from './rules/timebox-exceeds-target.js';
import { unassignedRoleRule } from './rules/unassigned-role.js';
import { unreachableContactRule } from './rules/unreachable-contact.js';
import { unreachableStepRule } from './rules/unreachable-step.js';
import { unusedDefinitionRule } from './rules/unused-definition.js';
import { unusedSuppressionRule } from './rules/unused-suppression.js';
import { missingResponseTargetRule } from './rules/missing-response-target.js';
import { escalationDeadEndRule } from './rules/escalation-dead-end.js';
import { reviewIncompleteRule } from './rules/review-incomplete.js';
import { drillWithoutCadenceRule } from './rules/drill-without-cadence.js';
import { placeholderTextRule } from './rules/placeholder-text.js';
import { unknownTimezoneRule } from './rules/unknown-timezone.js';
import { commsWithoutOwnerRule } from './rules/comms-without-owner.js';
import { deadEndBranchRule } from './rules/dead-end-branch.js';
import { contactUnverifiableRule } from './rules/contact-unverifiable.js';
import { rotationWithoutOwnerRule } from './rules/rotation-without-owner.js';
import { overrideOutsideRotationRule } from './rules/override-outside-rotation.js';
import { calendarConflictRule } from './rules/calendar-conflict.js';
import { calendarHoleRule } from './rules/calendar-hole.js';
import { designatorUnheldRule } from './rules/designator-unheld.js';
import { noDesignationPoolRule } from './rules/no-designation-pool.js';
import { unqualifiedHolderRule } from './rules/unqualified-holder.js';
import { exclusiveRolesRule } from './rules/exclusive-roles.js';
import { reliefWithoutSuccessorRule } from './rules/relief-without-successor.js';
import { measureMismatchRule } from './rules/measure-mismatch.js';
import { overlappingCriteriaRule } from './rules/overlapping-criteria.js';
import { criteriaGapRule } from './rules/criteria-gap.js';
import { severityTableGapRule } from './rules/severity-table-gap.js';
import { firstMessageExceedsTargetRule } from './rules/first-message-exceeds-target.js';
import { unreachableAudienceRule } from './rules/unreachable-audience.js';
import { commsGateUnreachableRule } from './rules/comms-gate-unreachable.js';
import { undefinedParameterRule } from './rules/undefined-parameter.js';
import { unsetParameterRule } from './rules/unset-parameter.js';

/**
 * Every rule of the validator, in the stable order tools list them. A new rule is one module
 * under rules/ (its id, level, options and checks), its texts in rule-messages.ts, its page
 * docs/rules/<id>.md, its sample samples/invalid/<id>.playbook, and one line here.
 */
export const RULE_LIST: readonly PlaybookRule[] = [
    unassignedRoleRule,
    missingEscalationRule,
    escalationCycleRule,
    escalationOrderRule,
    noBackupRule,
    unreachableContactRule,
    coverageGapRule,
    channelOwnerRule,
    channelBackupRule,
    commsCadenceRule,
    stepCycleRule,
    unreachableStepRule,
    timeboxExceedsTargetRule,
    noActivationAuthorityRule,
    reviewOverdueRule,
    drillOverdueRule,
    duplicateNameRule,
    duplicateClauseRule,
    unusedDefinitionRule,
    unusedSuppressionRule,
    invalidSuppressionRule,
    missingResponseTargetRule,
    escalationDeadEndRule,
    reviewIncompleteRule,
    drillWithoutCadenceRule,
    placeholderTextRule,
    unknownTimezoneRule,
    commsWithoutOwnerRule,
    deadEndBranchRule,
    contactUnverifiableRule,
    rotationWithoutOwnerRule,
    overrideOutsideRotationRule,
    calendarConflictRule,
    calendarHoleRule,
    designatorUnheldRule,
    noDesignationPoolRule,
    unqualifiedHolderRule,
    exclusiveRolesRule,
    reliefWithoutSuccessorRule,
    measureMismatchRule,
    overlappingCriteriaRule,
    criteriaGapRule,
    severityTableGapRule,
    firstMessageExceedsTargetRule,
    unreachableAudienceRule,
    commsGateUnreachableRule,
    undefinedParameterRule,
    unsetParameterRule,
];
