import { strict as assert } from 'node:assert';
import { ValueConverter } from 'langium';
import { convertString } from '../../server/src/language/playbook-value-converter.js';

/**
 * server/src/language/playbook-value-converter.ts: string literals are converted without
 * Langium's character-at-a-time concatenation (which leaves a rope node per character in the
 * tree), to the same values.
 */
describe('string literal values (server/src/language/playbook-value-converter.ts)', () => {
    it('gives the value Langium gives, escapes and all', () => {
        const inputs = [
            '""', '"a"', '"twelve chars"', '"thirteen char"', '"Verify the thing works and is fine"',
            '"\\n"', '"\\\\"', '"\\""', '"a\\tb"', '"\\b\\f\\n\\r\\t\\v\\0\\q\\\\"', '"ends in escape\\n"',
            '"\\starts with one and is long enough"', '"zażółć gęślą jaźń, 事件手册"', '"two\\\\\\\\backslashes"',
            '"ends in an escaped quote\\"', '"\t tab inside"',
        ];
        for (const input of inputs) {
            assert.equal(convertString(input), ValueConverter.convertString(input), input);
        }
    });

    it('agrees with Langium on generated literals', () => {
        const alphabet = ['a', 'b', ' ', '\\n', '\\\\', '\\"', '\\t', '\\x', 'ż', '事', '\t'];
        let seed = 7;
        const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
        for (let n = 0; n < 2_000; n++) {
            let body = '';
            const length = Math.floor(random() * 40);
            for (let i = 0; i < length; i++) body += alphabet[Math.floor(random() * alphabet.length)]!;
            const input = `"${body}"`;
            assert.equal(convertString(input), ValueConverter.convertString(input), input);
        }
    });
});
