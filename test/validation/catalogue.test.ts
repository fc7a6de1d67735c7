import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { rulesMarkdown } from '../../cli/src/commands/rules-command.js';
import { closest as cliClosest } from '../../cli/src/args.js';
import { CONFIG_PROBLEM_CODE } from '../../server/src/catalogue/playbook-builtin-codes.js';
import { closest, editDistance } from '../../server/src/catalogue/playbook-closest.js';
import { codeDocsUrl } from '../../server/src/catalogue/playbook-code-info.js';
import { GITHUB_ANNOTATION, LEVELS, levelFromLsp, LSP_LEVEL, SARIF_LEVEL } from '../../server/src/catalogue/playbook-levels.js';
import { parseConfig } from '../../server/src/config/playbook-config.js';
import { DOCUMENT_TOO_LARGE } from '../../server/src/language/playbook-size-limit.js';
import { CODES, findCode, findRule, isRuleId, RULES } from '../../server/src/validation/playbook-code-catalogue.js';
import { RULE_LIST } from '../../server/src/validation/playbook-rule-list.js';

const docs = path.resolve(import.meta.dirname, '../../docs/rules');

describe('code catalogue', () => {
    it('lists every code once, rules first, each with a level, title, descriptions and docs page', () => {
        const ids = CODES.map(c => c.id);
        assert.equal(new Set(ids).size, ids.length);
        assert.deepEqual(RULES.map(r => r.id), RULE_LIST.map(r => r.id));
        for (const code of CODES) {
            assert.ok(LEVELS.includes(code.defaultLevel), code.id);
            assert.notEqual(code.title, code.id, `${code.id} has no title in a message catalogue`);
            assert.ok(code.shortDescription.endsWith('.') && code.fullDescription.endsWith('.'), code.id);
            assert.notEqual(code.shortDescription, code.fullDescription, code.id);
            assert.equal(code.docsUrl, codeDocsUrl(code.id));
            assert.ok(existsSync(path.join(docs, `${code.id}.md`)), `docs/rules/${code.id}.md is missing`);
        }
    });

    it('knows the codes that are not rules, which cannot be configured', () => {
        for (const id of ['parsing-error', 'lexing-error', 'linking-error', 'unresolved-import', 'import-outside-workspace', 'invalid-date', DOCUMENT_TOO_LARGE, CONFIG_PROBLEM_CODE]) {
            const code = findCode(id);
            assert.ok(code, id);
            assert.equal(code.configurable, false);
            assert.equal(findRule(id), undefined);
            assert.equal(isRuleId(id), false);
        }
        assert.deepEqual(findRule('no-backup') && { id: findRule('no-backup')!.id, level: findRule('no-backup')!.defaultLevel, kind: findRule('no-backup')!.kind }, { id: 'no-backup', level: 'warning', kind: 'rule' });
        assert.equal(codeDocsUrl('x'), 'https://github.com/incident-playbooks/incident-playbooks/blob/main/docs/rules/x.md');
    });

    it('docs/rules/README.md is what `playbook rules --format markdown` prints (regenerate it when this fails)', () => {
        assert.equal(readFileSync(path.join(docs, 'README.md'), 'utf8'), `${rulesMarkdown()}\n`);
    });
});

describe('levels: one vocabulary, mapped to each tool', () => {
    it('maps to LSP and back, to SARIF and to GitHub annotations', () => {
        assert.deepEqual(LEVELS.map(l => LSP_LEVEL[l]), [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint]);
        assert.deepEqual(LEVELS.map(l => levelFromLsp(LSP_LEVEL[l])), [...LEVELS]);
        assert.equal(levelFromLsp(undefined), 'error');
        assert.deepEqual(LEVELS.map(l => SARIF_LEVEL[l]), ['error', 'warning', 'note', 'note']);
        assert.equal(SARIF_LEVEL.off, 'none');
        assert.deepEqual(LEVELS.map(l => GITHUB_ANNOTATION[l]), ['error', 'warning', 'notice', 'notice']);
    });
});

describe('closest: one "did you mean"', () => {
    it('suggests within a third of the word, transpositions included, or a candidate the word begins', () => {
        assert.equal(editDistance('ab', 'ba'), 1);
        assert.equal(closest('no-bakup', ['no-backup', 'channel-owner']), 'no-backup');
        assert.equal(closest('Europe/Warsw', ['Europe/Warsaw', 'Europe/Vienna']), 'Europe/Warsaw');
        assert.equal(closest('unassigned', ['unassigned-role', 'unused-definition']), 'unassigned-role');
        assert.equal(closest('--form', ['--format', '--fix']), '--format');
        assert.equal(closest('zzz', ['no-backup']), undefined);
    });

    it('the CLI and the configuration file suggest the same rule for the same key', () => {
        assert.equal(cliClosest, closest);
        const problem = parseConfig('rules:\n  unassigned: error\n').problems[0]!;
        assert.equal(problem.message, 'Unknown rule "unassigned". Did you mean "unassigned-role"?');
    });
});
