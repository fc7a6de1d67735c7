import { strict as assert } from 'node:assert';
import { formatDuration, parseDuration } from '../../server/src/language/durations.js';

/**
 * server/src/language/durations.ts: the one reading and writing of duration text (`1h30m`),
 * used by hover and inlay hints (server/src/lsp), the rules' messages (server/src/validation),
 * the CLI's Markdown export (cli/src/export/markdown.ts), the simulator
 * (runner/src/engine/playbook-simulation.ts) and the runner's time boxes
 * (runner/src/webview/playbook-view-steps.ts).
 */
describe('duration text (server/src/language/durations.ts)', () => {
    it('writes seconds in the largest unit that holds them whole (issue 16 item 9)', () => {
        assert.equal(formatDuration(7_776_000), '90d');
        assert.equal(formatDuration(1_209_600), '2w');
        assert.equal(formatDuration(5400), '90m');
        assert.equal(formatDuration(90_000), '25h');
        assert.equal(formatDuration(604_800 + 86_400 + 61), '691261s');
        assert.equal(formatDuration(600), '10m');
        assert.equal(formatDuration(3600), '1h');
    });

    it('writes nothing at all as 0m', () => {
        assert.equal(formatDuration(0), '0m');
    });

    it('reads back what it writes', () => {
        for (const seconds of [1, 59, 60, 3599, 3600, 5400, 86_399, 604_801]) {
            assert.equal(parseDuration(formatDuration(seconds)), seconds);
        }
    });

    it('refuses text that is not a duration', () => {
        assert.equal(parseDuration('10'), undefined);
        assert.equal(parseDuration('1h 30m'), undefined);
    });
});
