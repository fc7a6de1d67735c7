// Types of the lint rule for its test (test/l10n/no-user-facing-literal.test.ts).
import type { Rule } from 'eslint';

declare const rule: Rule.RuleModule;
export default rule;
