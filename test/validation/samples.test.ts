import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/validation/rules.js';
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
