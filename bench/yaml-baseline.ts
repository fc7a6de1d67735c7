/**
 * What a team would otherwise use: the same content as YAML, parsed with `yaml` and checked
 * against a JSON schema with ajv; and JSON.parse of the same content as the floor.
 */
import { Ajv } from 'ajv';
import { CORE_SCHEMA, load as loadJsYaml } from 'js-yaml';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

const str = { type: 'string' } as const;
const strs = { type: 'array', items: str } as const;
const obj = (properties: Record<string, unknown>, required = Object.keys(properties)) =>
    ({ type: 'object', properties, required, additionalProperties: false });

/** A JSON schema as strict as the playbook grammar is about shapes (not about references). */
export const schema = obj({
    org: obj({
        people: { type: 'array', items: obj({ name: str, title: str, phone: str, email: str, timezone: str }) },
        teams: { type: 'array', items: obj({ name: str, title: str, members: strs }) },
        rotations: { type: 'array', items: obj({ name: str, title: str, members: strs }) },
    }),
    playbooks: {
        type: 'array',
        items: obj({
            name: str, title: str,
            severities: { type: 'array', items: obj({ name: str, title: str, respond: str, resolve: str, escalation: str, updates: str }) },
            roles: { type: 'array', items: obj({ name: str, title: str, section: { enum: ['command', 'planning', 'logistics', 'operations', 'finance'] }, duties: strs }) },
            assignments: { type: 'array', items: obj({ role: str, holder: str, backup: str }) },
            triggers: { type: 'array', items: obj({ name: str, title: str, category: str, when: str, then: str, otherwise: str, by: strs }) },
            escalations: { type: 'array', items: obj({ name: str, levels: { type: 'array', items: obj({ after: str, notify: str }) } }) },
            channels: { type: 'array', items: obj({ name: str, kind: str, address: str, owner: str, backup: str }, ['name', 'kind', 'address', 'owner']) },
            notify: { type: 'array', items: obj({ audience: str, via: str, every: str, during: str, owner: str }) },
            phases: {
                type: 'array',
                items: obj({
                    name: str, title: str,
                    items: {
                        type: 'array',
                        items: {
                            anyOf: [
                                obj({ name: str, title: str, owner: str, within: str, after: str, checks: strs }, ['name', 'title', 'owner', 'within', 'checks']),
                                obj({ name: str, question: str, owner: str, yes: str, no: str }),
                            ],
                        },
                    },
                }),
            },
            review: obj({ owner: str, within: str, assess: strs }),
            drills: { type: 'array', items: obj({ kind: str, every: str, last: str }) },
        }),
    },
});

/**
 * Compiles the schema once; returns a function that parses and validates YAML text, with the
 * `yaml` package (the one this project and yaml-language-server use) or with js-yaml (the
 * fastest common YAML parser for Node).
 */
export function yamlAjvBaseline(parser: 'yaml' | 'js-yaml' = 'yaml', against: object = schema): (text: string) => boolean {
    const validate = new Ajv({ allErrors: true }).compile(against);
    // js-yaml's default schema reads `2026-10-01` as a Date (YAML 1.1 timestamps); the core
    // schema reads it as the string the `yaml` package (YAML 1.2) gives.
    const parse = parser === 'yaml' ? parseYaml : (text: string) => loadJsYaml(text, { schema: CORE_SCHEMA });
    return (text: string) => {
        const ok = validate(parse(text));
        if (!ok) {
            throw new Error(`The YAML baseline is invalid: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
        }
        return ok;
    };
}

export { stringifyYaml };
