import { strict as assert } from 'node:assert';
import { parseSuppression } from '../../server/src/validation/playbook-suppressions.js';
import { check, findings, ORG, validateFiles } from '../helpers/validation.js';

const codes = ['channel-owner', 'unused-suppression', 'invalid-suppression'];
async function run(text: string) {
    const [, document] = await validateFiles({ 'org.playbook': ORG, 'test.playbook': text });
    return findings(document!).filter(f => codes.includes(f.code));
}

describe('suppression comments', () => {
    it('parse the ids, their positions and the reason', () => {
        assert.deepEqual(parseSuppression('// playbook-disable-next-line a, b -- because', 3, 2), {
            scope: 'next-line',
            rules: [
                { id: 'a', range: { start: { line: 3, character: 32 }, end: { line: 3, character: 33 } } },
                { id: 'b', range: { start: { line: 3, character: 35 }, end: { line: 3, character: 36 } } },
            ],
            reason: 'because',
            range: { start: { line: 3, character: 2 }, end: { line: 3, character: 47 } },
        });
        assert.equal(parseSuppression('// an ordinary comment', 0, 0), undefined);
    });

    it('disable-next-line suppresses the rule on the next line only', async () => {
        const text = '// playbook-disable-next-line channel-owner -- the vendor runs it\nchannel a chat "#a"\nchannel b chat "#b"';
        assert.deepEqual((await run(text)).map(f => [f.code, f.range]), [['channel-owner', '3:9-3:10']]);
    });

    it('disable-file suppresses the rule anywhere in the file', async () => {
        const text = 'channel a chat "#a"\n// playbook-disable-file channel-owner -- vendor channels\nchannel b chat "#b"';
        assert.deepEqual(await run(text), []);
    });

    it('reports a suppression that suppresses nothing', async () => {
        const text = '// playbook-disable-next-line channel-owner -- owned\nchannel a chat "#a" owner alice';
        assert.deepEqual(await run(text), [{
            code: 'unused-suppression', severity: 'warning', range: '1:31-1:44',
            message: 'This comment suppresses "channel-owner", but no such problem is reported where it applies. Remove the comment.',
        }]);
    });

    it('reports unknown rules and a missing reason, and does not suppress with an unknown id', async () => {
        const text = '// playbook-disable-next-line chanel-owner\nchannel a chat "#a"';
        assert.deepEqual(await run(text), [
            { code: 'channel-owner', severity: 'error', range: '2:9-2:10', message: 'Channel "a" has no owner: nobody is responsible for opening it and keeping it working. Add "owner <role or person>".' },
            { code: 'invalid-suppression', severity: 'warning', range: '1:31-1:43', message: '"chanel-owner" is not a rule that can be suppressed. Did you mean "channel-owner"?' },
            { code: 'invalid-suppression', severity: 'warning', range: '1:1-1:43', message: 'Say why "chanel-owner" is suppressed: add " -- <reason>" after the rule id.' },
        ]);
        assert.deepEqual((await run('// playbook-disable-file\nchannel a chat "#a" owner alice')).map(f => f.message), [
            'This suppression comment names no rule. Write the rule id, for example "// playbook-disable-next-line no-backup -- reason".',
        ]);
    });

    it('does not report suppressions of a rule that the configuration turns off', async () => {
        const config = { rules: { 'channel-owner': 'off' as const }, ignore: [], criticalRoles: [] };
        const text = '// playbook-disable-next-line channel-owner -- x\nchannel a chat "#a" owner alice';
        assert.deepEqual(await check(text, 'unused-suppression', { config }), []);
    });

    it('ignores the directive inside a string', async () => {
        assert.deepEqual(await run('channel a chat "// playbook-disable-file channel-owner -- x"'), [{
            code: 'channel-owner', severity: 'error', range: '1:9-1:10', message: 'Channel "a" has no owner: nobody is responsible for opening it and keeping it working. Add "owner <role or person>".',
        }]);
    });
});
