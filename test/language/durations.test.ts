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
    it('writes seconds in the short form, largest unit first', () => {
        assert.equal(formatDuration(5400), '1h30m');
        assert.equal(formatDuration(604_800 + 86_400 + 61), '1w1d1m1s');
        assert.equal(formatDuration(600), '10m');
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
