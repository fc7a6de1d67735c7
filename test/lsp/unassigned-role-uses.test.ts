import { strict as assert } from 'node:assert';
import { validateFiles } from '../helpers/validation.js';

describe('unassigned-role lists every use of the role', () => {
    it('stands at the first use and names the others as related information, with their places', async () => {
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
        const [document] = await validateFiles({ 'test.playbook': text });
        const findings = (document!.diagnostics ?? []).filter(d => d.code === 'unassigned-role');
        assert.equal(findings.length, 1);
        const related = findings[0]!.relatedInformation ?? [];
        assert.deepEqual(related.map(r => [r.location.uri.endsWith('/test.playbook'), r.location.range.start.line + 1, r.location.range.start.character + 1, r.message]), [
            [true, 5, 28, 'The role "scribe" is also relied on by step "more".'],
            [true, 7, 16, 'The role "scribe" is also relied on by post-incident review.'],
        ]);
    });

    it('has no related information for a role used once', async () => {
        const [document] = await validateFiles({ 'test.playbook': 'role scribe\nplaybook p {\n  phase a { step s owner scribe }\n}' });
        const finding = (document!.diagnostics ?? []).find(d => d.code === 'unassigned-role');
        assert.ok(finding);
        assert.equal(finding.relatedInformation, undefined);
    });
});
