import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { playbook, tempFolder } from '../cli/run-cli.js';
import { validateFiles } from '../helpers/validation.js';

describe('unassigned-role marks every use of the role', () => {
    const text = [
        'role scribe "Scribe"',
        'playbook p {',
        '  phase a {',
        '    step log "Keep the log" owner scribe',
        '    step more "More" owner scribe',
        '  }',
        '  review owner scribe within 5d',
        '}',
    ].join('\n');

    it('gives one finding at each use, each naming the other uses as related information', async () => {
        const [document] = await validateFiles({ 'test.playbook': text });
        const findings = (document!.diagnostics ?? []).filter(d => d.code === 'unassigned-role');
        assert.deepEqual(findings.map(f => [f.range.start.line + 1, f.range.start.character + 1, f.range.end.character + 1, f.message]), [
            [4, 35, 41, 'Nobody holds the role "scribe", which step "log" relies on. Assign it: assign scribe to <person, team or rotation>.'],
            [5, 28, 34, 'Nobody holds the role "scribe", which step "more" relies on. Assign it: assign scribe to <person, team or rotation>.'],
            [7, 16, 22, 'Nobody holds the role "scribe", which post-incident review relies on. Assign it: assign scribe to <person, team or rotation>.'],
        ]);
        const related = (i: number) => (findings[i]!.relatedInformation ?? [])
            .map(r => [r.location.uri.endsWith('/test.playbook'), r.location.range.start.line + 1, r.location.range.start.character + 1, r.message]);
        assert.deepEqual(related(0), [
            [true, 5, 28, 'The role "scribe" is also relied on by step "more".'],
            [true, 7, 16, 'The role "scribe" is also relied on by post-incident review.'],
        ]);
        assert.deepEqual(related(2), [
            [true, 4, 35, 'The role "scribe" is also relied on by step "log".'],
            [true, 5, 28, 'The role "scribe" is also relied on by step "more".'],
        ]);
    });

    it('the CLI reports the same findings, one per use (needs `npm run bundle`)', async () => {
        const [document] = await validateFiles({ 'test.playbook': text });
        const editor = (document!.diagnostics ?? []).filter(d => d.code === 'unassigned-role').map(d => [d.range.start.line + 1, d.range.start.character + 1]);
        const folder = tempFolder({ 'test.playbook': text });
        const run = playbook(['check', path.join(folder, 'test.playbook'), '--format', 'json']);
        const cli = (JSON.parse(run.stdout) as { findings: Array<{ code: string; line: number; column: number }> }).findings
            .filter(f => f.code === 'unassigned-role').map(f => [f.line, f.column]);
        assert.equal(cli.length, 3);
        assert.deepEqual(cli, editor);
    });

    it('has no related information for a role used once', async () => {
        const [document] = await validateFiles({ 'test.playbook': 'role scribe\nplaybook p {\n  phase a { step s owner scribe }\n}' });
        const finding = (document!.diagnostics ?? []).find(d => d.code === 'unassigned-role');
        assert.ok(finding);
        assert.equal(finding.relatedInformation, undefined);
    });
});
