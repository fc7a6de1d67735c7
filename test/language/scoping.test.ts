import { strict as assert } from 'node:assert';
import { AstUtils } from 'langium';
import type { Assignment, Playbook, Step } from '../../server/src/language/generated/ast.js';
import { buildWorkspace, describeLanguageDiagnostics as describeDiagnostics } from '../helpers/services.js';

const org = `
person 陳志明 "陳志明" { phone "+886 2 2722 0000" }
person łucja "Łucja Wiśniewska" { email "lucja@example.com" }
team zespół-it "Zespół IT" { members łucja, 陳志明 }
role commander "Incident commander"
`;

describe('scoping', () => {
    it('resolves organisation names from another file, in any script', async () => {
        const [, playbookDoc] = await buildWorkspace({
            'org/people.playbook': org,
            'playbooks/a.playbook': `
playbook a {
  owner commander
  assign commander to zespół-it backup 陳志明
}`,
        });
        assert.deepEqual(describeDiagnostics(playbookDoc!), []);
        const playbook = playbookDoc!.parseResult.value.elements[0] as Playbook;
        const assignment = playbook.elements[0] as Assignment;
        assert.equal(assignment.role.ref?.$type, 'Role');
        assert.equal(assignment.holders[0]?.ref?.name, 'zespół-it');
        assert.equal(assignment.holders[0]?.ref?.$type, 'Team');
        assert.equal(assignment.backups[0]?.ref?.name, '陳志明');
        assert.ok(AstUtils.getDocument(assignment.backups[0]!.ref!).uri.path.endsWith('org/people.playbook'));
    });

    it('keeps names inside a playbook private to it, and prefers them over organisation names', async () => {
        const [, a, b] = await buildWorkspace({
            'org.playbook': org,
            'a.playbook': 'playbook a { role commander "Local commander" phase p { step s owner commander } }',
            'b.playbook': 'playbook b { phase p { step t after s } }',
        });
        const step = ((a!.parseResult.value.elements[0] as Playbook).elements[1] as { items: Step[] }).items[0]!;
        assert.equal(step.owner?.ref?.title, 'Local commander');
        assert.deepEqual(describeDiagnostics(b!), ['1:37 linking-error No step or decision named "s" is defined here or in the organisation files. Check the spelling, or define it.']);
    });

    it('reaches steps of other phases by name', async () => {
        const [document] = await buildWorkspace({
            'a.playbook': 'playbook a { phase one { step s "S" } phase two { step t "T" after s decide d "?" { yes goto s no goto u } step u "U" } }',
        });
        assert.deepEqual(describeDiagnostics(document!), []);
    });

    it('only accepts a name of the right kind', async () => {
        const [document] = await buildWorkspace({
            'a.playbook': 'playbook a { severity sev1 phase p { step s owner sev1 } }',
        });
        assert.deepEqual(describeDiagnostics(document!), ['1:51 linking-error No role named "sev1" is defined here or in the organisation files. Check the spelling, or define it.']);
    });
});
