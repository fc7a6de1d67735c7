import { strict as assert } from 'node:assert';
import { AstUtils } from 'langium';
import { isEscalationPath, isPlaybook, isRole, type EscalationPath, type Playbook, type Role } from '../../server/src/language/generated/ast.js';
import { escalationSpan, escalationTimeline } from '../../server/src/language/playbook-escalation-timeline.js';
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
        return { holders: services.workspace.RoleHolders, role, playbook, path };
    }

    it('joins every organisation assignment of a role, in any file', async () => {
        const { holders, role } = await load();
        const holding = holders.holding(role('lead'));
        assert.equal(holding.source, 'organisation');
        assert.deepEqual(holding.holders.map(h => h.name), ['a', 'b']);
        assert.deepEqual(holding.backups.map(h => h.name), ['t']);
        assert.equal(holding.assignments.length, 2);
    });

    it("lets the playbook's own assignment win over the organisation's", async () => {
        const { holders, role, playbook } = await load();
        const holding = holders.holding(role('lead'), playbook);
        assert.equal(holding.source, 'playbook');
        assert.deepEqual(holding.holders.map(h => h.name), ['t']);
        assert.deepEqual(holding.backups.map(h => h.name), ['b']);
    });

    it('reports nobody for a role without an assignment', async () => {
        const { holders, role, playbook } = await load();
        const holding = holders.holding(role('helper'), playbook);
        assert.deepEqual([holding.state, holding.source, holding.holders, holding.backups, holding.assignments], ['unassigned', 'none', [], [], []]);
    });

    it('adds delays level by level; a level without a delay fires with the previous one', async () => {
        const { path } = await load();
        assert.deepEqual(escalationTimeline(path).map(e => [e.number, e.at]), [[1, 0], [2, 0], [3, 600], [4, 4200]]);
        assert.equal(escalationSpan(path), 4200);
    });
});
