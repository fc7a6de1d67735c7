import { defineRule } from '../playbook-rule.js';

/**
 * invalid-suppression: a suppression comment with no rule, an unknown rule or no reason. The
 * diagnostic policy reads the comments (playbook-diagnostic-policy.ts), so the rule has no checks on the tree.
 */
export const invalidSuppressionRule = defineRule({ id: 'invalid-suppression', defaultLevel: 'warning', checks: {} });
