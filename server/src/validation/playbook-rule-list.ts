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
import { rotationWithoutOwnerRule } from './rules/rotation-without-owner.js';
import { overrideOutsideRotationRule } from './rules/override-outside-rotation.js';
import { calendarConflictRule } from './rules/calendar-conflict.js';
import { calendarHoleRule } from './rules/calendar-hole.js';
import { designatorUnheldRule } from './rules/designator-unheld.js';
import { noDesignationPoolRule } from './rules/no-designation-pool.js';
import { unqualifiedHolderRule } from './rules/unqualified-holder.js';
import { exclusiveRolesRule } from './rules/exclusive-roles.js';
import { reliefWithoutSuccessorRule } from './rules/relief-without-successor.js';

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
    rotationWithoutOwnerRule,
    overrideOutsideRotationRule,
    calendarConflictRule,
    calendarHoleRule,
    designatorUnheldRule,
    noDesignationPoolRule,
    unqualifiedHolderRule,
    exclusiveRolesRule,
    reliefWithoutSuccessorRule,
];
