import type { PlaybookAstType } from '../language/generated/ast.js';
import type { RuleOptionSpecs, RuleOptionValues } from '../catalogue/playbook-code-info.js';
import type { Level } from '../catalogue/playbook-levels.js';
import type { RuleContext } from './playbook-rule-context.js';

/** A rule's checks by AST type, each given the node and the shared rule context. */
export type RuleChecks = { readonly [K in keyof PlaybookAstType]?: (node: PlaybookAstType[K], ctx: RuleContext) => void };

/**
 * One rule of the validator, as its module under `rules/` defines it: its id, its default level,
 * its options and its checks. Its texts (title, descriptions, messages) are in rule-messages.ts,
 * so that they can be translated; its page is docs/rules/<id>.md.
 */
export interface PlaybookRule<O extends RuleOptionSpecs = RuleOptionSpecs> {
    readonly id: string;
    readonly defaultLevel: Level;
    readonly options: O;
    readonly checks: RuleChecks;
}

/** Defines a rule; the `const` parameter keeps option choices as literal types. */
export function defineRule<const O extends RuleOptionSpecs = Record<never, never>>(rule: {
    id: string;
    defaultLevel: Level;
    options?: O;
    checks: RuleChecks;
}): PlaybookRule<O> {
    return Object.freeze({ ...rule, options: Object.freeze(rule.options ?? ({} as O)) });
}

/** The rule's options under the configuration in force: each configured value, else its default. */
export function ruleOptions<O extends RuleOptionSpecs>(rule: PlaybookRule<O>, ctx: Pick<RuleContext, 'config'>): RuleOptionValues<O> {
    const configured = ctx.config.ruleOptions?.[rule.id] ?? {};
    const values: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(rule.options)) {
        values[name] = configured[name] ?? spec.default;
    }
    return values as RuleOptionValues<O>;
}
