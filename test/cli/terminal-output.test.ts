import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { wantsColour } from '../../cli/src/ansi.js';
import { terminalText } from '../../cli/src/report/terminal-text.js';
import { playbook, tempFolder } from './run-cli.js';

/** A file name that tries to forge a second finding line and to colour the terminal. */
const EVIL = 'evil\nforged.playbook:1:1: error: all clear [none]\u001b[2J\u0007.playbook';

describe('playbook output on a terminal', () => {
    it('escapes control characters in file names and messages: one line per finding, no ESC or BEL', () => {
        const dir = tempFolder({ [EVIL]: 'person x "X" {\n' });
        for (const format of ['compact', 'stylish']) {
            const run = playbook(['check', '--no-color', '-f', format, '.'], { cwd: dir });
            assert.equal(run.status, 1, run.stderr);
            // eslint-disable-next-line no-control-regex
            assert.doesNotMatch(run.stdout + run.stderr, /[\u0000-\u0009\u000B-\u001F\u007F]/, `${format}: a control character reached the terminal`);
            assert.ok(run.stdout.includes('evil\\nforged.playbook:1:1: error: all clear [none]\\x1b[2J\\x07.playbook'), run.stdout);
        }
        const compact = playbook(['check', '-f', 'compact', '.'], { cwd: dir }).stdout.trimEnd().split('\n');
        assert.ok(compact.every(line => line.startsWith('evil\\n')), 'no line starts with a forged file name');
    });

    it('keeps the raw name where a format escapes it itself (json)', () => {
        const dir = tempFolder({ [EVIL]: 'person x "X" {\n' });
        const report = JSON.parse(playbook(['check', '-f', 'json', '.'], { cwd: dir }).stdout) as { findings: Array<{ file: string }> };
        assert.equal(path.basename(report.findings[0]!.file), EVIL);
    });

    it('writes escapes for controls, C1 codes and bidirectional overrides', () => {
        assert.equal(terminalText('a\tb\r\n\u0000\u009b\u202eZ'), 'a\\tb\\r\\n\\x00\\x9b\\u202eZ');
        assert.equal(terminalText('Zürich 陳志明 – fine'), 'Zürich 陳志明 – fine');
    });

    it('colours as ESLint and Node decide: flag, then FORCE_COLOR, then NO_COLOR and TERM=dumb, then the terminal', () => {
        const tty = { flag: undefined, isTTY: true, env: {} };
        assert.equal(wantsColour(tty), true);
        assert.equal(wantsColour({ ...tty, isTTY: false }), false);
        assert.equal(wantsColour({ ...tty, env: { NO_COLOR: '1' } }), false);
        assert.equal(wantsColour({ ...tty, env: { NO_COLOR: '' } }), true, 'an empty NO_COLOR does not count');
        assert.equal(wantsColour({ ...tty, env: { TERM: 'dumb' } }), false);
        for (const level of ['1', '2', '3', 'true', '']) {
            assert.equal(wantsColour({ ...tty, isTTY: false, env: { FORCE_COLOR: level, NO_COLOR: '1', TERM: 'dumb' } }), true, `FORCE_COLOR=${level}`);
        }
        assert.equal(wantsColour({ ...tty, env: { FORCE_COLOR: '0' } }), false);
        assert.equal(wantsColour({ ...tty, env: { FORCE_COLOR: 'false' } }), false);
        assert.equal(wantsColour({ ...tty, flag: false, env: { FORCE_COLOR: '1' } }), false, '--no-color wins');
        assert.equal(wantsColour({ ...tty, isTTY: false, flag: true }), true, '--color wins');
    });

    it('colours a piped report when FORCE_COLOR asks, and never with --no-color', () => {
        const dir = tempFolder({ 'bad.playbook': 'person x "X" {\n' });
        const forced = playbook(['check', '.'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '1' } });
        // eslint-disable-next-line no-control-regex
        assert.match(forced.stdout, /\u001b\[31merror *\u001b\[39m/);
        const off = playbook(['check', '--no-color', '.'], { cwd: dir, env: { NO_COLOR: undefined, FORCE_COLOR: '3' } });
        // eslint-disable-next-line no-control-regex
        assert.doesNotMatch(off.stdout, /\u001b/);
    });
});
