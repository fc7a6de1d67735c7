import { defineRule } from '../playbook-rule.js';

/**
 * unused-suppression: a suppression comment that suppresses nothing. Only the diagnostic policy
 * sees every finding and comment of a file at once (playbook-diagnostic-policy.ts), so the
 * rule has no checks on the tree.
 */
export const unusedSuppressionRule = defineRule({ id: 'unused-suppression', defaultLevel: 'warning', checks: {} });
