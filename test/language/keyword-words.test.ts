import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { createToken, Lexer, type TokenType } from 'chevrotain';
import { DefaultLexer, EmptyFileSystem, type LexerResult } from 'langium';
import { createPlaybookServices } from '../../server/src/language/playbook-module.js';
import { keywordWords } from '../../server/src/language/playbook-keyword-words.js';
import { PlaybookLexer } from '../../server/src/language/playbook-lexer.js';
import { singleFile, stressFile } from '../../bench/generate.js';
import { trackedFiles } from '../helpers/repository.js';

const { Playbook } = createPlaybookServices(EmptyFileSystem);
const ours = Playbook.parser.Lexer;
/** Langium's own lexer over the same token builder: the reference the faster one must equal. */
const langium = new DefaultLexer(Playbook);

/** Everything a token says, its type by name (the two lexers build token types of their own). */
function flat(result: LexerResult): unknown {
    const token = (t: LexerResult['tokens'][number]) => [t.image, t.startOffset, t.endOffset, t.startLine, t.startColumn, t.endLine, t.endColumn, t.tokenType.name];
    return { tokens: result.tokens.map(token), hidden: result.hidden.map(token), errors: result.errors };
}

function sameTokens(text: string): void {
    assert.deepEqual(flat(ours.tokenize(text)), flat(langium.tokenize(text)), `the tokens of ${JSON.stringify(text.slice(0, 200))}`);
}

const keywords = Object.values(ours.definition).filter(t => typeof t.PATTERN === 'string').map(t => t.PATTERN as string);

describe('keywords read as words (playbook-keyword-words.ts)', () => {
    it('is in use for this grammar: the lexer has no keyword that is also a name', () => {
        assert.ok(ours instanceof PlaybookLexer);
        const words = keywordWords(Object.values(ours.definition));
        assert.ok(words, 'the grammar lost a condition (see keywordWords); the lexer fell back to Langium\'s');
        const left = words.tokens.filter(t => typeof t.PATTERN === 'string').map(t => t.PATTERN as string);
        assert.ok(!left.includes('step') && !left.includes('check-in') && left.includes('{') && left.includes('24x7'), `kept: ${left.join(' ')}`);
    });

    it('gives the tokens of Langium\'s lexer on every playbook of the repository and on generated files', () => {
        const files = trackedFiles('*.playbook');
        assert.ok(files.length > 20, `only ${files.length} playbooks found`);
        for (const { text } of files) sameTokens(text);
        sameTokens(singleFile(5, 2_000).text);
        sameTokens(stressFile(6, 1_000));
    });

    it('gives the tokens of Langium\'s lexer at the edges: keywords with more after them, digits, scripts, stray characters', () => {
        for (const text of [
            'step', 'steps', 'step2', 'step-x', 'check-in', 'check-ins', 'check-', 'check', 'check-inx{', '24x7', '24x7y', '24x5 24x',
            '10m1h 1h30m 2026-01-05 09:00 5% 0.5% 2.5 7', 'stepstep step{step}step', '_step', 'Step STEP', 'krok-naprawczy 陳志明 zespół-IT',
            '@step', 'step@', '#!/x', '"a\\"b" "unterminated\nstep', '/* step */step// step\nstep', '\u0000step\u2028step', '',
        ]) sameTokens(text);
    });

    it('gives the tokens of Langium\'s lexer on random text (property-based)', () => {
        const piece = fc.oneof(
            fc.constantFrom(...keywords),
            fc.constantFrom(...keywords).map(k => `${k}${'x-9_'.charAt(k.length % 4)}`),
            fc.constantFrom(' ', '\n', '\t', '{', '}', ',', '"', '//', '/*', '*/', '-', '%', '.', ':', '@', '#', 'ą', '陳', '\\'),
            fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
            fc.stringMatching(/^[0-9]{1,4}[wdhmsx:%.-]?[0-9]{0,2}$/),
            fc.string({ maxLength: 4 }),
        );
        fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), pieces => {
            sameTokens(pieces.join(''));
            sameTokens(pieces.join(' '));
        }), { numRuns: 400 });
    });

    it('keeps Langium\'s lexer when a keyword could not be read as a word', () => {
        const name = createToken({ name: 'NAME', pattern: /[a-z][a-z-]*/ });
        const number = createToken({ name: 'NUMBER', pattern: /[0-9]+/ });
        const keyword = (text: string, longer: TokenType[] = [name]) => createToken({ name: text, pattern: text, longer_alt: longer });
        const plain = keywordWords([keyword('step'), keyword('phase'), number, name]);
        assert.ok(plain, 'the plain case');
        const lexed = new Lexer([createToken({ name: 'WS', pattern: /\s+/, group: Lexer.SKIPPED, line_breaks: true }), ...plain.tokens], { positionTracking: 'full' }).tokenize('step steps phase-1 phase');
        plain.retype(lexed.tokens);
        assert.deepEqual(lexed.tokens.map(t => `${t.image}:${t.tokenType.name}`), ['step:step', 'steps:NAME', 'phase-:NAME', '1:NUMBER', 'phase:phase']);
        // A keyword left in (no longer alternative) that is a prefix of one taken out.
        assert.equal(keywordWords([keyword('stepping'), createToken({ name: 'step', pattern: 'step' }), number, name]), undefined);
        // A keyword whose longer alternative is not the one name terminal.
        assert.equal(keywordWords([keyword('step'), keyword('phase', [name, number]), number, name]), undefined);
        // A terminal tried before the name that matches at a keyword's start.
        const early = createToken({ name: 'EARLY', pattern: /st/ });
        assert.equal(keywordWords([keyword('step'), early, number, name]), undefined);
        // A keyword the name does not match as a whole.
        assert.equal(keywordWords([keyword('step'), keyword('a1', [name]), number, name]), undefined);
    });
});
