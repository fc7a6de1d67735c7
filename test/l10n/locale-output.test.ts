import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { playbook, root } from '../cli/run-cli.js';
import { open, serverBuilt, startServer } from '../helpers/server-session.js';

/** English words of a sentence; a translated message has none outside quotes, DSL snippets and names. */
const ENGLISH = /\b(the|is|has|no|not|and|or|to|of|with|nobody|which|but|add|remove|this|that|for|from|every|one|are|its|it|be|can|never|only)\b/i;

/** A diagnostic line of the stylish report: position, level, message, code. */
const LINE = /^\s+(\d+:\d+)\s+(error|warning|info|hint)\s+(.*?)\s{2}([a-z]+(?:-[a-z]+)+)$/;

function diagnostics(stdout: string): Array<{ where: string; level: string; message: string; code: string }> {
    return stdout.split('\n').flatMap(line => {
        const match = LINE.exec(line);
        return match ? [{ where: match[1]!, level: match[2]!, message: match[3]!, code: match[4]! }] : [];
    });
}

/** The message without what it quotes (names, keywords, snippets of the language) and without paths and zones. */
function prose(message: string): string {
    return message
        .replace(/"[^"]*"|„[^”]*”|「[^」]*」|`[^`]*`|<[^>]*>|\([A-Z][a-z]+\/[A-Za-z_]+\)/g, ' ')
        .replace(/\b[a-z]+(?:-[a-z]+)+\b/g, ' ');
}

describe('the CLI speaks the language of its locale', function () {
    this.timeout(120_000);
    const english = playbook(['check', 'samples/invalid'], { env: { LANG: 'C.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } });

    for (const [lang, locale] of [['zh_TW.UTF-8', 'zh-TW'], ['pl_PL.UTF-8', 'pl']] as const) {
        it(`LANG=${lang}: every diagnostic of samples/invalid in ${locale}, with the same codes, positions and exit status`, () => {
            const translated = playbook(['check', 'samples/invalid'], { env: { LANG: lang, LC_ALL: undefined, LC_MESSAGES: undefined } });
            assert.equal(translated.status, english.status);
            assert.equal(english.status, 1);
            const before = diagnostics(english.stdout);
            const after = diagnostics(translated.stdout);
            assert.ok(before.length > 50, `only ${before.length} diagnostics parsed from:\n${english.stdout}`);
            assert.deepEqual(after.map(d => [d.where, d.level, d.code]), before.map(d => [d.where, d.level, d.code]));
            const english_left = after.filter(d => ENGLISH.test(prose(d.message))).map(d => `${d.code}: ${d.message}`);
            assert.deepEqual(english_left, [], 'messages with English left in them');
            const summary = translated.stdout.trim().split('\n').at(-1)!;
            assert.ok(!ENGLISH.test(summary) && /\d/.test(summary), `summary line: ${summary}`);
        });
    }

    it('--locale wins over LANG, and an unknown locale is a usage error that lists ours', () => {
        const polish = playbook(['check', 'samples/invalid/channel-owner.playbook', '--locale', 'pl'], { env: { LANG: 'zh_TW.UTF-8' } });
        assert.match(polish.stdout, /Kanał „war-room” nie ma właściciela/);
        const unknown = playbook(['check', 'samples', '--locale', 'fr']);
        assert.equal(unknown.status, 2);
        assert.match(unknown.stderr, /"fr" is not a valid value for --locale\. Use one of: en, zh-TW, pl\./);
    });

    it('keeps SARIF machine-stable: the same rule ids and results, only the text localised', () => {
        const sarif = (locale: string) => JSON.parse(playbook(['check', 'samples/invalid', '--format', 'sarif', '--locale', locale]).stdout) as {
            runs: Array<{ tool: { driver: { rules: Array<{ id: string; shortDescription: { text: string } }> } }; results: Array<{ ruleId: string; message: { text: string } }> }>;
        };
        const en = sarif('en').runs[0]!;
        const zh = sarif('zh-TW').runs[0]!;
        assert.deepEqual(zh.tool.driver.rules.map(rule => rule.id), en.tool.driver.rules.map(rule => rule.id));
        assert.deepEqual(zh.results.map(result => result.ruleId), en.results.map(result => result.ruleId));
        const noBackup = (run: typeof en) => run.tool.driver.rules.find(rule => rule.id === 'no-backup')!.shortDescription.text;
        assert.match(noBackup(zh), /關鍵角色/);
        assert.notEqual(noBackup(zh), noBackup(en));
    });
});

describe('the language server speaks the client\'s locale', function () {
    this.timeout(120_000);
    before(function () {
        if (!serverBuilt()) {
            this.skip();
        }
    });

    it('initialized with locale "pl", publishes Polish diagnostics with the same codes', async () => {
        const folder = join(root, 'samples', 'invalid');
        const session = await startServer(folder, { locale: 'pl' });
        try {
            const uri = pathToFileURL(join(folder, 'channel-owner.playbook')).toString();
            await open(session, uri, 'playbook p "P" {\n  owner r\n  role r "R"\n  channel war-room "War room" { slack "#war" }\n}\n');
            const published = await session.waitForDiagnostics(uri, d => d.some(x => x.code === 'channel-owner'));
            const owner = published.find(d => d.code === 'channel-owner')!;
            assert.match(String(owner.message), /^Kanał „war-room” nie ma właściciela/);
        } finally {
            await session.stop();
        }
    });
});
