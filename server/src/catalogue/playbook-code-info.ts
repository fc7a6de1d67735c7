import type { Level } from './playbook-levels.js';

/**
 * What kind of problem a code stands for. Only rules can be configured or suppressed; the
 * others mean the file could not be read as written (syntax, linking, literals, limits) or the
 * configuration itself is wrong.
 */
export type CodeKind = 'rule' | 'syntax' | 'linking' | 'literal' | 'configuration' | 'limit';

/** An option a rule takes in playbook.config.yaml (`no-backup: { level: warning, roles: all-owners }`). */
export type RuleOptionSpec =
    | { readonly type: 'choice'; readonly choices: readonly string[]; readonly default: string }
    | { readonly type: 'boolean'; readonly default: boolean };

/** A rule's options by name. */
export type RuleOptionSpecs = Readonly<Record<string, RuleOptionSpec>>;

/** The value an option spec stands for: the choice's words, or a boolean. */
export type RuleOptionValue<S extends RuleOptionSpec> =
    S extends { type: 'choice'; choices: readonly (infer C)[] } ? C : S extends { type: 'boolean' } ? boolean : never;

/** The values of a rule's options, by name. */
export type RuleOptionValues<O extends RuleOptionSpecs> = { readonly [K in keyof O]: RuleOptionValue<O[K]> };

/** The facts every tool needs about a code, apart from its texts (those live in the message catalogues). */
export interface CodeFacts {
    readonly id: string;
    readonly kind: CodeKind;
    readonly defaultLevel: Level;
    /** The rule's options; none for codes that are not rules. */
    readonly options: RuleOptionSpecs;
}

/** The texts of a code: a title, one line and a paragraph (as SARIF names them: short and full description). */
export interface CodeTexts {
    readonly title: string;
    readonly shortDescription: string;
    readonly fullDescription: string;
}

/** One code of the catalogue: its facts, its texts and its documentation page. */
export interface CodeInfo extends CodeFacts, CodeTexts {
    readonly docsUrl: string;
    /** True for rules: they can be set to a level or `off` and suppressed with a comment. */
    readonly configurable: boolean;
}

/** The project's home page (SARIF `informationUri`). */
export const PROJECT_URL = 'https://github.com/incident-playbooks/incident-playbooks';

/** Where the code pages live; each code's page is `<base>/<id>.md`. */
export const CODE_DOCS_BASE_URL = `${PROJECT_URL}/blob/main/docs/rules`;

/** The page that explains a code, rule or not: `docs/rules/<id>.md`. */
export function codeDocsUrl(id: string): string {
    return `${CODE_DOCS_BASE_URL}/${id}.md`;
}
