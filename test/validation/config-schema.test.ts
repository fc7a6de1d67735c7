import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { BUILTIN_CODES } from '../../server/src/catalogue/playbook-builtin-codes.js';
import { LEVEL_SETTINGS } from '../../server/src/catalogue/playbook-levels.js';
import { CONFIG_KEYS, parseConfig } from '../../server/src/config/playbook-config.js';
import { CONFIG_SCHEMA_PATH, playbookConfigSchema, playbookConfigSchemaText } from '../../server/src/config/playbook-config-schema.js';
import { RULES } from '../../server/src/validation/playbook-code-catalogue.js';
import { ROOT, trackedFiles } from '../helpers/repository.js';


function compile(): ValidateFunction {
    // Strict: an unknown keyword or a malformed schema fails here. markdownDescription is the
    // VS Code extension of JSON Schema that YAML and JSON language servers show as hover text.
    const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true });
    ajv.addKeyword('markdownDescription');
    return ajv.compile(playbookConfigSchema());
}
const validate = compile();

/** What the schema says about a file's text: undefined when it accepts it, else why not. YAML that does not parse is rejected. */
function schemaVerdict(text: string): string | undefined {
    let data: unknown;
    try {
        data = parse(text);
    } catch (error) {
        return `not YAML: ${(error as Error).message}`;
    }
    return validate(data) ? undefined : JSON.stringify(validate.errors?.map(e => `${e.instancePath} ${e.message}`));
}

/** What the config reader says: undefined when clean, else its problems. */
function readerVerdict(text: string): string | undefined {
    const { problems } = parseConfig(text);
    return problems.length === 0 ? undefined : problems.map(p => `${p.line}:${p.column} ${p.message}`).join('; ');
}

function assertAgree(text: string, where: string): void {
    const reader = readerVerdict(text);
    const schema = schemaVerdict(text);
    assert.equal(schema === undefined, reader === undefined,
        `${where}: the config reader ${reader === undefined ? 'accepts' : `rejects (${reader})`} but the schema ${schema === undefined ? 'accepts' : `rejects (${schema})`}:\n${text}`);
}

/** The YAML blocks of the docs that are configuration files (a top-level key of the file). */
function documentedConfigs(): Array<{ where: string; text: string }> {
    const topLevel = new RegExp(`^(${CONFIG_KEYS.join('|')}):`, 'm');
    return trackedFiles('*.md').flatMap(({ file, text }) => [...text.matchAll(/^```yaml\n([\s\S]*?)^```/gm)]
        .filter(match => topLevel.test(match[1]!))
        .map((match, i) => ({ where: `${file} (YAML block ${i + 1})`, text: match[1]! })));
}

describe('the JSON Schema of playbook.config.yaml', () => {
    it(`is committed as ${CONFIG_SCHEMA_PATH}, exactly as generated (regenerate with npm run schema:generate)`, () => {
        assert.equal(readFileSync(path.join(ROOT, CONFIG_SCHEMA_PATH), 'utf8'), playbookConfigSchemaText());
    });

    it('lists every rule with its default level and options, and no code that is not a rule', () => {
        const rules = (playbookConfigSchema().properties as { rules: { properties: Record<string, { default: string; oneOf: Array<{ properties?: Record<string, unknown> }> }> } }).rules.properties;
        assert.deepEqual(Object.keys(rules), RULES.map(r => r.id));
        for (const rule of RULES) {
            assert.equal(rules[rule.id]!.default, rule.defaultLevel, rule.id);
            assert.deepEqual(Object.keys(rules[rule.id]!.oneOf[1]!.properties!), ['level', ...Object.keys(rule.options)], rule.id);
        }
        for (const code of BUILTIN_CODES) {
            assert.equal(rules[code.id], undefined, code.id);
        }
    });

    it('accepts the repository\'s own playbook.config.yaml, as the reader does', () => {
        const text = readFileSync(path.join(ROOT, 'playbook.config.yaml'), 'utf8');
        assert.equal(readerVerdict(text), undefined);
        assert.equal(schemaVerdict(text), undefined);
    });

    it('agrees with the reader on every configuration example of the docs; only the page about mistakes shows a bad one', () => {
        const examples = documentedConfigs();
        assert.ok(examples.length >= 5, `only ${examples.length} examples found`);
        for (const { where, text } of examples) {
            assertAgree(text, where);
        }
        const rejected = examples.filter(e => readerVerdict(e.text) !== undefined).map(e => e.where);
        assert.deepEqual(rejected, ['docs/rules/invalid-config.md (YAML block 1)']);
    });

    it('rejects, as the reader does, each known kind of mistake', () => {
        const bad = [
            'rule:\n  no-backup: error\n',
            'rules:\n  no-bakup: error\n',
            'rules:\n  parsing-error: off\n',
            'rules:\n  no-backup: warn\n',
            'rules:\n  no-backup:\n',
            'rules:\n  no-backup: { level: loud }\n',
            'rules:\n  no-backup: { roles: everyone }\n',
            'rules:\n  no-backup: { role: critical }\n',
            'rules:\n  missing-response-target: { resolve: "no" }\n',
            'rules:\n  unused-definition: { level: info, extra: true }\n',
            'rules: [no-backup]\n',
            'ignore: samples/**\n',
            'ignore:\n  - 3\n',
            'criticalRoles:\n  - "  "\n',
            'criticalRoles: { legal: true }\n',
            '- rules\n',
            'rules:\n  no-backup: error\n  no-backup: off\n',
        ];
        for (const text of bad) {
            assert.notEqual(readerVerdict(text), undefined, `the reader accepts:\n${text}`);
            assertAgree(text, 'a known mistake');
        }
    });

    it('accepts, as the reader does, what the docs describe as valid', () => {
        const good = ['', '# nothing\n', 'rules:\n', 'ignore:\n', 'rules:\n  no-backup: off\n', 'rules:\n  unused-definition: { level: info }\n',
            'rules:\n  missing-response-target: { respond: false }\n', 'criticalRoles:\n  - 安全官\n', 'ignore: []\ncriticalRoles: []\n'];
        for (const text of good) {
            assert.equal(readerVerdict(text), undefined, text);
            assertAgree(text, 'a valid file');
        }
    });

    it('agrees with the reader on generated configurations (fast-check, a fixed seed)', () => {
        const optionNames = [...new Set(RULES.flatMap(r => Object.keys(r.options)))];
        const choices = [...new Set(RULES.flatMap(r => Object.values(r.options).flatMap(o => o.type === 'choice' ? o.choices : [])))];
        const scalar = fc.oneof(fc.constantFrom<unknown>(...LEVEL_SETTINGS, ...choices, 'warn', 'Error', '', ' ', true, false, null, 0, 3), fc.string({ maxLength: 6 }));
        const ruleId = fc.constantFrom(...RULES.map(r => r.id), ...BUILTIN_CODES.map(c => c.id), 'no-bakup', 'level');
        const settings = fc.dictionary(fc.constantFrom('level', ...optionNames, 'roles ', 'extra'), scalar, { maxKeys: 3 });
        const rules = fc.oneof(fc.dictionary(ruleId, fc.oneof(scalar, settings), { maxKeys: 4 }), scalar, fc.array(scalar, { maxLength: 2 }));
        const list = fc.oneof(fc.array(scalar, { maxLength: 3 }), scalar);
        const config = fc.dictionary(fc.constantFrom(...CONFIG_KEYS, 'Rules', 'critical-roles'), fc.oneof(rules, list), { maxKeys: 3 });
        let accepted = 0;
        fc.assert(fc.property(fc.oneof(config, scalar), data => {
            const text = stringify(data);
            assertAgree(text, 'a generated file');
            accepted += readerVerdict(text) === undefined ? 1 : 0;
        }), { seed: 20261202, numRuns: 2000 });
        // Both verdicts are common, so that the agreement means something either way.
        assert.ok(accepted > 100 && accepted < 1900, `${accepted} of 2000 generated files were valid`);
    });
});
