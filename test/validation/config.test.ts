import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, DEFAULT_CONFIG, findConfigFile, parseConfig } from '../../server/src/config/playbook-config.js';
import { check } from '../helpers/validation.js';

describe('parseConfig', () => {
    it('reads severities, ignore patterns and critical roles', () => {
        const text = 'rules:\n  no-backup: error\n  unused-definition: off\nignore:\n  - samples/invalid/**\ncriticalRoles: [legal, 安全官]\n';
        assert.deepEqual(parseConfig(text), {
            config: { rules: { 'no-backup': 'error', 'unused-definition': 'off' }, ignore: ['samples/invalid/**'], criticalRoles: ['legal', '安全官'] },
            problems: [],
        });
    });

    it('treats an empty file as the defaults', () => {
        assert.deepEqual(parseConfig(''), { config: DEFAULT_CONFIG, problems: [] });
        assert.deepEqual(parseConfig('# only a comment\n').problems, []);
    });

    it('locates unknown keys, unknown rules, bad severities and wrong shapes', () => {
        const text = 'rules:\n  no-bakup: error\n  channel-owner: loud\nignores: []\ncriticalRoles: legal\n';
        assert.deepEqual(parseConfig(text).problems, [
            { message: 'Unknown rule "no-bakup". Did you mean "no-backup"?', line: 2, column: 3, endLine: 2, endColumn: 11 },
            { message: '"loud" is not a level for rule "channel-owner". Use one of: error, warning, info, hint, off.', line: 3, column: 18, endLine: 3, endColumn: 22 },
            { message: 'Unknown configuration key "ignores". The keys are "rules", "ignore" and "criticalRoles".', line: 4, column: 1, endLine: 4, endColumn: 8 },
            { message: 'The "criticalRoles" key must be a list of strings, for example criticalRoles: ["…"].', line: 5, column: 16, endLine: 5, endColumn: 21 },
        ]);
    });

    it('locates YAML syntax errors and keeps the defaults', () => {
        const { config, problems } = parseConfig('rules:\n  no-backup: error\n    bad: [\n');
        assert.deepEqual(config, DEFAULT_CONFIG);
        assert.equal(problems.length > 0, true);
        assert.match(problems[0]!.message, /^The configuration is not valid YAML: /);
        assert.equal(problems[0]!.line, 2);
    });

    it('reports a list where a mapping is expected, and duplicate keys', () => {
        assert.deepEqual(parseConfig('- a\n').problems.map(p => [p.line, p.column, p.message]), [
            [1, 1, 'The configuration must be a mapping with the keys "rules", "ignore" and "criticalRoles".'],
        ]);
        assert.deepEqual(parseConfig('ignore: []\nignore: []\n').problems.map(p => [p.line, p.column]), [[2, 1]]);
    });
});

describe('findConfigFile', () => {
    it('walks up from the start folder to the nearest playbook.config.yaml', () => {
        const root = mkdtempSync(path.join(tmpdir(), 'playbook-config-'));
        const nested = path.join(root, 'a', 'b');
        mkdirSync(nested, { recursive: true });
        assert.equal(findConfigFile(nested), undefined);
        writeFileSync(path.join(root, CONFIG_FILE_NAME), 'rules: {}\n');
        assert.equal(findConfigFile(nested), path.join(root, CONFIG_FILE_NAME));
        writeFileSync(path.join(root, 'a', CONFIG_FILE_NAME), '');
        assert.equal(findConfigFile(nested), path.join(root, 'a', CONFIG_FILE_NAME));
    });

    it('the repository\'s own configuration is valid and skips samples/invalid', async () => {
        const { readFileSync } = await import('node:fs');
        const file = findConfigFile(path.resolve(import.meta.dirname, '../../samples'))!;
        const { config, problems } = parseConfig(readFileSync(file, 'utf8'));
        assert.deepEqual(problems, []);
        assert.ok(config.ignore.includes('samples/invalid/**'));
    });
});

describe('configured severities', () => {
    const text = 'channel bridge phone "+1"';

    it('change a rule\'s severity', async () => {
        const config = { rules: { 'channel-owner': 'info' as const }, ignore: [], criticalRoles: [] };
        assert.deepEqual((await check(text, 'channel-owner', { config })).map(f => f.severity), ['info']);
        assert.deepEqual((await check(text, 'channel-owner')).map(f => f.severity), ['error']);
    });

    it('turn a rule off', async () => {
        const config = { rules: { 'channel-owner': 'off' as const }, ignore: [], criticalRoles: [] };
        assert.deepEqual(await check(text, 'channel-owner', { config }), []);
    });

    it('never change parse or linking errors', async () => {
        const config = { rules: { 'channel-owner': 'off' as const }, ignore: [], criticalRoles: [] };
        assert.deepEqual((await check('channel bridge phone "+1" owner nobody', 'linking-error', { config })).map(f => f.severity), ['error']);
    });
});
