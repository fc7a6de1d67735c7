import { strict as assert } from 'node:assert';
import { AstUtils } from 'langium';
import { isEscalationPath, isPlaybook, isRole, type EscalationPath, type Playbook, type Role } from '../../server/src/language/generated/ast.js';
import { escalationSpan, escalationTimeline } from '../../server/src/language/playbook-escalation-timeline.js';
import { organisationAssignments, roleHolding } from '../../server/src/language/playbook-holders.js';
import { createLspServices, openWorkspace } from './lsp-services.js';

const ORG = `person a "A"
person b "B"
team t "T" { members a }
role lead "Lead"
role helper
assign lead to a backup t
assign lead to b
`;
const PLAYBOOK = `playbook p {
  assign lead to t backup b
  escalation path {
    level 1 notify lead
    level 2 notify helper
    level 3 after 10m notify a
    level 4 after 1h notify b
  }
}
`;

describe('model helpers: role holders and escalation timelines', () => {
    async function load() {
        const services = createLspServices();
        const docs = await openWorkspace(services, { 'org.playbook': ORG, 'p.playbook': PLAYBOOK });
        const all = Object.values(docs).flatMap(d => AstUtils.streamAst(d.parseResult.value).toArray());
        const role = (name: string) => all.find((n): n is Role => isRole(n) && n.name === name)!;
        const playbook = all.find(isPlaybook) as Playbook;
        const path = all.find(isEscalationPath) as EscalationPath;
        return { organisation: organisationAssignments(services.shared.workspace.LangiumDocuments), role, playbook, path };
    }

    it('joins every organisation assignment of a role, in any file', async () => {
        const { organisation, role } = await load();
        const holding = roleHolding(role('lead'), undefined, organisation);
        assert.deepEqual(holding.holders.map(h => h.name), ['a', 'b']);
        assert.deepEqual(holding.backups.map(h => h.name), ['t']);
        assert.equal(holding.assignments.length, 2);
    });

    it("lets the playbook's own assignment win over the organisation's", async () => {
        const { organisation, role, playbook } = await load();
        const holding = roleHolding(role('lead'), playbook, organisation);
        assert.deepEqual(holding.holders.map(h => h.name), ['t']);
        assert.deepEqual(holding.backups.map(h => h.name), ['b']);
    });

    it('reports nobody for a role without an assignment', async () => {
        const { organisation, role, playbook } = await load();
        assert.deepEqual(roleHolding(role('helper'), playbook, organisation), { holders: [], backups: [], assignments: [] });
    });

    it('adds delays level by level; a level without a delay fires with the previous one', async () => {
        const { path } = await load();
        assert.deepEqual(escalationTimeline(path).map(e => [e.number, e.at]), [[1, 0], [2, 0], [3, 600], [4, 4200]]);
        assert.equal(escalationSpan(path), 4200);
    });
});
