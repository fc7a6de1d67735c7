import { LEVEL_SETTINGS } from '../catalogue/playbook-levels.js';
import { PROJECT_URL, type CodeInfo, type RuleOptionSpec } from '../catalogue/playbook-code-info.js';
import { configSchemaTexts as t } from '../messages-config.js';
import { RULES } from '../validation/playbook-code-catalogue.js';
import { CONFIG_KEYS, STRING_LIST_KEYS } from './playbook-config.js';

/**
 * The JSON Schema (draft-07) of playbook.config.yaml, made from the code catalogue (every rule,
 * its default level and options) and from the shapes the config reader (playbook-config.ts)
 * accepts, so that an editor with a YAML language server completes and checks the file as
 * `playbook check` reads it. The committed schemas/playbook.config.schema.json is this output
 * (`npm run schema:generate`); a test fails when it is stale or when schema and reader disagree.
 */

/** A JSON Schema document, as plain data. */
export type JsonSchema = { readonly [key: string]: unknown };

/** Where the schema is in the repository and in both packages (npm and .vsix). */
export const CONFIG_SCHEMA_PATH = 'schemas/playbook.config.schema.json';

/** The schema's published address (`$id`): the file on the project's main branch. */
export const CONFIG_SCHEMA_URL = `${PROJECT_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main/${CONFIG_SCHEMA_PATH}`;

/** Shared parts, referenced by every rule (keeps the file small: 70 rules). */
const DEFINITIONS: Readonly<Record<string, JsonSchema>> = {
    level: { enum: [...LEVEL_SETTINGS], description: t.level },
};
const LEVEL: JsonSchema = { $ref: '#/definitions/level' };

function optionSchema(rule: CodeInfo, name: string, spec: RuleOptionSpec): JsonSchema {
    const values = spec.type === 'boolean' ? 'true, false' : spec.choices.join(', ');
    const description = t.option({ option: name, id: rule.id, values, default: String(spec.default) });
    return spec.type === 'boolean'
        ? { type: 'boolean', default: spec.default, description }
        : { enum: [...spec.choices], default: spec.default, description };
}

/** A rule takes a level word, or a mapping of its level and options (the reader takes both for every rule). */
function ruleSchema(rule: CodeInfo): JsonSchema {
    const texts = { title: rule.title, description: rule.shortDescription, level: rule.defaultLevel };
    const options = Object.entries(rule.options).map(([name, spec]) => [name, optionSchema(rule, name, spec)] as const);
    return {
        description: t.rule(texts),
        markdownDescription: t.ruleMarkdown({ ...texts, url: rule.docsUrl }),
        default: rule.defaultLevel,
        oneOf: [
            LEVEL,
            {
                type: 'object',
                description: t.ruleSettings({ id: rule.id }),
                additionalProperties: false,
                properties: Object.fromEntries([['level', LEVEL], ...options]),
            },
        ],
    };
}

/** A list of non-blank strings; an empty key (`ignore:`) is an empty list. */
function stringList(description: string): JsonSchema {
    return { type: ['array', 'null'], description, items: { type: 'string', pattern: '\\S' } };
}

const KEY_DESCRIPTIONS: Readonly<Record<typeof STRING_LIST_KEYS[number], string>> = { ignore: t.ignore, criticalRoles: t.criticalRoles };

/** The schema of playbook.config.yaml; an empty file (null) is the defaults. */
export function playbookConfigSchema(): JsonSchema {
    const properties: Record<string, JsonSchema> = {
        rules: {
            type: ['object', 'null'],
            description: t.rules,
            additionalProperties: false,
            properties: Object.fromEntries(RULES.map(rule => [rule.id, ruleSchema(rule)])),
        },
        ...Object.fromEntries(STRING_LIST_KEYS.map(key => [key, stringList(KEY_DESCRIPTIONS[key])])),
    };
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        $id: CONFIG_SCHEMA_URL,
        title: t.title,
        description: t.description,
        type: ['object', 'null'],
        additionalProperties: false,
        properties: Object.fromEntries(CONFIG_KEYS.map(key => [key, properties[key]])),
        definitions: DEFINITIONS,
    };
}

/** The schema file's text: two-space JSON and a final newline, as committed. */
export function playbookConfigSchemaText(): string {
    return `${JSON.stringify(playbookConfigSchema(), undefined, 2)}\n`;
}
