import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseHelper } from 'langium/test';
import { PLAYBOOK_SNIPPETS, snippetFile } from '../../server/src/lsp/playbook-snippets.js';
import { createLspServices } from './lsp-services.js';

const root = path.resolve(import.meta.dirname, '../..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));

interface Rule { match?: string; begin?: string; end?: string; while?: string; name?: string; patterns?: Rule[] }
interface Grammar { scopeName: string; patterns: Rule[]; repository: Record<string, Rule> }

const grammar = readJson('syntaxes/playbook.tmLanguage.json') as Grammar;
const injection = readJson('syntaxes/playbook.markdown-injection.tmLanguage.json') as Grammar;

function allRules(g: Grammar): Rule[] {
    const out: Rule[] = [];
    const visit = (rule: Rule) => { out.push(rule); rule.patterns?.forEach(visit); };
    g.patterns.forEach(visit);
    Object.values(g.repository).forEach(visit);
    return out;
}

/** The keywords of the language, read from the grammar langium generates (the source of truth). */
function grammarKeywords(): string[] {
    const generated = readJson('syntaxes/playbook.generated.tmLanguage.json') as Grammar;
    const keywordRule = generated.patterns.find(p => p.name?.startsWith('keyword'));
    const alternatives = /\\b\((.*)\)\\b/.exec(keywordRule?.match ?? '')?.[1];
    assert.ok(alternatives, 'the generated grammar has a keyword rule');
    return alternatives.split('|');
}

/**
 * A TextMate regex as a JavaScript one. Oniguruma's `\G` (where the previous match ended) has
 * no JavaScript equivalent; it only ever appears as `(^|\G)`, so an empty group stands in.
 */
function js(source: string, flags = 'u'): RegExp {
    return new RegExp(source.replace(/\\G/g, '(?:)'), flags);
}

function wholeMatch(rule: Rule, text: string): boolean {
    return rule.match !== undefined && new RegExp(`^(?:${rule.match})$`, 'u').test(text);
}

describe('colouring without the server', () => {
    it('compiles every regular expression of both grammars', () => {
        for (const rule of [...allRules(grammar), ...allRules(injection)]) {
            for (const source of [rule.match, rule.begin, rule.end, rule.while]) {
                if (source !== undefined) {
                    assert.doesNotThrow(() => js(source), `does not compile: ${source}`);
                }
            }
        }
    });

    it('colours every keyword of the grammar', () => {
        const rules = [...(grammar.repository.keywords!.patterns ?? []), ...(grammar.repository.literals!.patterns ?? [])];
        const missing = grammarKeywords().filter(keyword => !rules.some(rule => wholeMatch(rule, keyword)));
        assert.deepEqual(missing, []);
    });

    it('does not colour keywords inside names, and tells durations, dates and times apart', () => {
        const keywordRules = grammar.repository.keywords!.patterns!;
        for (const name of ['on-call-path', 'tech-lead', 'security-team', 'review2', 'zespół-on']) {
            for (const rule of keywordRules) {
                const found = new RegExp(rule.match!, 'gu').exec(name);
                assert.equal(found, null, `${rule.name} matches "${found?.[0]}" inside ${name}`);
            }
        }
        const literal = (text: string) => grammar.repository.literals!.patterns!.find(rule => new RegExp(rule.match!, 'u').exec(text)?.[0] === text)?.name;
        assert.equal(literal('2026-10-01'), 'constant.numeric.date.playbook');
        assert.equal(literal('09:00'), 'constant.numeric.time.playbook');
        assert.equal(literal('1h30m'), 'constant.numeric.duration.playbook');
        assert.equal(literal('24x7'), 'constant.language.coverage.playbook');
        assert.equal(literal('3'), 'constant.numeric.integer.playbook');
    });

    it('names a definition after its keyword, in any script', () => {
        const declaration = grammar.repository.declarations!.patterns![0]!;
        const found = new RegExp(declaration.match!, 'u').exec('person 陳志明 "陳志明"');
        assert.equal(found?.[2], '陳志明');
    });

    it('colours ```playbook fences in Markdown with the playbook grammar', () => {
        const fence = injection.repository['playbook-code-block']!;
        assert.ok(js(fence.begin!).test('```playbook'));
        assert.ok(js(fence.begin!).test('~~~ Playbook title="x"'));
        assert.ok(!js(fence.begin!).test('```playbooks'));
        assert.equal(JSON.stringify(fence).includes('"include":"source.playbook"'), true);
        const pkg = readJson('package.json') as { contributes: { grammars: Array<{ scopeName: string; path: string; injectTo?: string[] }> } };
        const contributed = Object.fromEntries(pkg.contributes.grammars.map(g => [g.scopeName, g]));
        assert.equal(contributed['source.playbook']?.path, './syntaxes/playbook.tmLanguage.json');
        assert.deepEqual(contributed['markdown.playbook.codeblock']?.injectTo, ['text.html.markdown']);
    });

    it('keeps names, durations and dates whole as words', () => {
        const config = readJson('language-configuration.json') as { wordPattern: { pattern: string; flags: string } };
        const word = new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags}g`);
        const words = 'assign tech-lead to 陳志明, ścieżka-zarządu within 1h30m last 2026-10-01'.match(word);
        assert.deepEqual(words, ['assign', 'tech-lead', 'to', '陳志明', 'ścieżka-zarządu', 'within', '1h30m', 'last', '2026-10-01']);
    });
});

describe('snippets', () => {
    it('snippets/playbook.json holds exactly the snippets the server offers', () => {
        assert.deepEqual(readJson('snippets/playbook.json'), snippetFile());
    });

    it('expand to text that parses, in the place their keyword belongs', async () => {
        const parse = parseHelper(createLspServices());
        const contexts: Record<string, (s: string) => string> = {
            Playbook: s => s, Role: s => s, Person: s => s, Rotation: s => s, EscalationPath: s => s,
            Phase: s => `playbook p {\n${s}\n}`,
            Step: s => `playbook p {\nphase a {\n${s}\n}\n}`,
            Decision: s => `playbook p {\nphase a {\n${s}\n}\n}`,
        };
        for (const snippet of PLAYBOOK_SNIPPETS) {
            const expanded = snippet.body.join('\n')
                .replace(/\$\{CURRENT_YEAR\}-\$\{CURRENT_MONTH\}-\$\{CURRENT_DATE\}/g, '2026-11-23')
                .replace(/\$\{\d+\|([^,|]+)[^}]*\}/g, '$1')
                .replace(/\$\{\d+:([^}]*)\}/g, '$1')
                .replace(/\$0/g, '');
            assert.doesNotMatch(expanded, /\$/, `${snippet.label} left a tab stop`);
            const document = await parse(contexts[snippet.rule]!(expanded));
            assert.deepEqual(document.parseResult.parserErrors.map(e => e.message), [], snippet.label);
            assert.deepEqual(document.parseResult.lexerErrors, [], snippet.label);
        }
    });
});
