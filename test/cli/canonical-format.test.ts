import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TextEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { open, startServer, type ServerSession } from '../helpers/server-session.js';
import { playbook, tempFolder } from './run-cli.js';

/** Badly laid out on purpose: nested blocks, so that indentation matters. */
const MESSY = [
    'person alice "Alice" { phone "+1 555 0100" }',
    'role lead "Lead" { section command }',
    'assign lead to alice backup alice',
    'playbook outage "Outage" {',
    'owner lead',
    '        severity sev1 "Down" {',
    '\trespond within 15m',
    '   }',
    '  phase fix "Fix" {',
    'step restart "Restart" owner lead { check "Restarted" }',
    '}',
    '}',
    '',
].join('\n');

/** What Neovim's built-in formatting sends by default, and VS Code in a tab-indented file. */
const TABS_OF_EIGHT = { tabSize: 8, insertSpaces: false };

describe('one canonical format, whatever the editor asks', function () {
    let dir: string;
    let session: ServerSession;

    before(async () => {
        dir = tempFolder({ 'outage.playbook': MESSY });
        session = await startServer(dir);
    });

    after(async () => {
        await session.stop();
    });

    it('Format Document with tabs of width 8, then playbook fmt --check: clean', async () => {
        const uri = pathToFileURL(path.join(dir, 'outage.playbook')).href;
        await open(session, uri, MESSY);
        const edits = await session.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: TABS_OF_EIGHT }) as TextEdit[];
        const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'playbook', 1, MESSY), edits);
        assert.notEqual(formatted, MESSY);
        assert.doesNotMatch(formatted, /\t/, 'no tab from the client options');
        assert.match(formatted, /^ {2}severity sev1 "Down" \{\n {4}respond within 15m\n {2}\}$/m);
        writeFileSync(path.join(dir, 'outage.playbook'), formatted);
        const check = playbook(['fmt', '--check', 'outage.playbook'], { cwd: dir });
        assert.equal(check.stdout + check.stderr, '');
        assert.equal(check.status, 0);
    });

    it('range formatting follows the same layout', async () => {
        const uri = pathToFileURL(path.join(dir, 'range.playbook')).href;
        await open(session, uri, MESSY);
        const lines = MESSY.split('\n').length;
        const range = { start: { line: 0, character: 0 }, end: { line: lines - 1, character: 0 } };
        const edits = await session.connection.sendRequest('textDocument/rangeFormatting', { textDocument: { uri }, range, options: TABS_OF_EIGHT }) as TextEdit[];
        const whole = await session.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } }) as TextEdit[];
        const apply = (list: TextEdit[]) => TextDocument.applyEdits(TextDocument.create(uri, 'playbook', 1, MESSY), list);
        assert.equal(apply(edits), apply(whole));
    });
});
