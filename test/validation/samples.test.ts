import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/validation/playbook-code-catalogue.js';
import { findings, validateFiles } from '../helpers/validation.js';

const samples = path.resolve(import.meta.dirname, '../../samples');
const docs = path.resolve(import.meta.dirname, '../../docs/rules');

function folder(name: string): Record<string, string> {
    return Object.fromEntries(readdirSync(path.join(samples, name)).filter(f => f.endsWith('.playbook'))
        .map(f => [`${name}/${f}`, readFileSync(path.join(samples, name, f), 'utf8')]));
}

describe('rule samples', () => {
    it('every samples/invalid/<rule>.playbook, checked with the others and the organisation, shows its rule and nothing else', async () => {
        const files = { ...folder('invalid'), ...folder('org') };
        const documents = await validateFiles(files);
        const byName = new Map(Object.keys(files).map((name, i) => [name, documents[i]!]));
        for (const rule of RULES) {
            const document = byName.get(`invalid/${rule.id}.playbook`);
            assert.ok(document, `samples/invalid/${rule.id}.playbook is missing`);
            const codes = [...new Set(findings(document).map(f => f.code))];
            assert.deepEqual(codes, [rule.id], `samples/invalid/${rule.id}.playbook`);
        }
    });

    it('every rule has a docs page with what, why, a bad and a good example', () => {
        for (const rule of RULES) {
            const file = path.join(docs, `${rule.id}.md`);
            assert.ok(existsSync(file), `docs/rules/${rule.id}.md is missing`);
            const text = readFileSync(file, 'utf8');
            for (const heading of ['## What', '## Why', '## Bad', '## Good']) {
                assert.ok(text.includes(heading), `docs/rules/${rule.id}.md has no "${heading}"`);
            }
        }
    });
});

describe('rule samples through the CLI (the acceptance of issue 3)', function () {

    it('`playbook check --format json` over every samples/invalid/<rule>.playbook reports in each file that rule and no other', async () => {
        const { playbook } = await import('../cli/run-cli.js');
        // One process for all rule samples: each file still has to report its own rule, so a
        // finding that leaks to another file (or a rule that fires nowhere) fails as before.
        const files = RULES.map(rule => `samples/invalid/${rule.id}.playbook`);
        const result = playbook(['check', '--format', 'json', ...files]);
        const report = JSON.parse(result.stdout) as { findings: Array<{ file: string; code: string }> };
        const codesByFile = new Map<string, Set<string>>();
        for (const finding of report.findings) {
            const codes = codesByFile.get(finding.file) ?? new Set<string>();
            codes.add(finding.code);
            codesByFile.set(finding.file, codes);
        }
        assert.deepEqual([...codesByFile.keys()].filter(file => !files.includes(file)), [], 'findings in files that were not checked');
        for (const [index, rule] of RULES.entries()) {
            assert.deepEqual([...codesByFile.get(files[index]!) ?? []], [rule.id], `${files[index]}: ${result.stderr}`);
        }
        assert.equal(result.status, 1, result.stderr);
    });

    it('`playbook check samples` stays clean: the root config skips samples/invalid', async () => {
        const { playbook } = await import('../cli/run-cli.js');
        const result = playbook(['check', '--format', 'json', 'samples']);
        assert.equal(result.status, 0, result.stdout + result.stderr);
        assert.deepEqual((JSON.parse(result.stdout) as { findings: unknown[] }).findings, []);
    });
});
