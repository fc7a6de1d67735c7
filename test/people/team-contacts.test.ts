import { strict as assert } from 'node:assert';
import { expectHover, parseHelper } from 'langium/test';
import { findings, validateFiles } from '../helpers/validation.js';
import { modelFrom } from '../runner/helpers.js';
import { createLspServices } from '../lsp/lsp-services.js';

// Published plans name offices, not people: "report it to the Information Security Office".
const TEXT = `playbook p "P" {
  team infosec "Information security office" { email "infosec@example.edu" }
  team nobody "An office with no way in"
  role iso "Information security officer" { section command }
  role clerk "Clerk" { section planning }
  assign iso to infosec
  assign clerk to nobody
  phase a { step s "S" owner iso  step t "T" owner clerk }
}`;

describe('a team reached through its own contact (an office with a shared mailbox)', () => {
    it('holds a role, and only a team with neither members nor a contact is unreachable', async () => {
        const [document] = await validateFiles({ 'p.playbook': TEXT });
        assert.deepEqual(findings(document!, 'unassigned-role').map(f => `${f.range} ${f.message}`), [
            '8:52-8:57 The role "clerk", which step "t" relies on, is assigned only to "nobody", which has no members. Add members or assign the role to a person.',
        ]);
        assert.deepEqual(findings(document!, 'unreachable-contact').map(f => `${f.range} ${f.message}`), [
            '3:8-3:14 The team "nobody" has no members, so nobody answers for it. Add "members <people>".',
        ]);
    });

    it('carries its contacts in the runner model, and hover lists them', async () => {
        const model = await modelFrom({ 'p.playbook': TEXT });
        assert.deepEqual(model.teams.map(t => [t.name, t.contacts]), [['infosec', [{ kind: 'email', value: 'infosec@example.edu' }]], ['nobody', undefined]]);
        const services = createLspServices();
        await parseHelper(services)('', { documentUri: 'file:///workspace/empty.playbook' });
        await expectHover(services)({ text: TEXT.replace('team infosec', 'team <|>infosec'), index: 0, hover: /\*\*Team\*\* `infosec`[\s\S]*email[\s\S]*infosec@example\.edu/ });
    });
});

describe('the runner calls an office through its own contact', () => {
    it('resolves a team with a mailbox to the office itself, before any members', async () => {
        const { resolveHolder } = await import('../../runner/src/engine/playbook-parties.js');
        const model = await modelFrom({ 'p.playbook': TEXT });
        const at = Date.parse('2026-11-23T10:00:00Z');
        const office = resolveHolder(model, { kind: 'role', name: 'iso' }, at).people.map(p => [p.person.name, p.person.title, p.person.contacts]);
        assert.deepEqual(office, [['infosec', 'Information security office', [{ kind: 'email', value: 'infosec@example.edu' }]]]);
        assert.deepEqual(resolveHolder(model, { kind: 'team', name: 'nobody' }, at).people, []);
    });
});
