import { strict as assert } from 'node:assert';
import { WorkspaceUses, type Use } from '../../server/src/workspace/playbook-workspace-uses.js';

/** The keys of `candidates` that `set` holds. */
const held = (set: { has(key: string): boolean }, candidates: string[]) => candidates.filter(key => set.has(key));
const KEYS = ['role', 'person', 'channel', 'unused'];

describe('the workspace uses, kept document by document', () => {
    it('counts each document\'s uses once, replaces them when they change and forgets deleted documents', () => {
        const uses = new WorkspaceUses();
        const a: Use[] = [['role', ''], ['person', 'role']];
        uses.apply('a', a);
        uses.apply('b', [['person', '']]);
        assert.deepEqual(held(uses.used(), KEYS), ['role', 'person']);
        // The same list again counts nothing twice: removing it once leaves nothing of it.
        uses.apply('a', a);
        uses.apply('a', []);
        assert.deepEqual(held(uses.used(), KEYS), ['person']);
        uses.apply('a', [['channel', '']]);
        uses.keepOnly(new Set(['a']));
        assert.deepEqual(held(uses.used(), KEYS), ['channel']);
    });

    it('relies on what a use no definition holds reaches, and follows a use that goes away', () => {
        const uses = new WorkspaceUses();
        // A step relies on the role, the role's channel names the person; the unused channel names nothing relied on.
        uses.apply('org', [['person', 'role'], ['role', 'channel']]);
        uses.apply('p', [['role', '']]);
        assert.deepEqual(held(uses.reliedOn(), KEYS), ['role', 'person']);
        // Two playbooks rely on the role; one stops: still relied on.
        uses.apply('q', [['role', '']]);
        uses.apply('p', []);
        assert.deepEqual(held(uses.reliedOn(), KEYS), ['role', 'person']);
        // The last one stops: nothing is relied on, though the role is still used (by a channel).
        uses.apply('q', [['channel', 'role']]);
        assert.deepEqual(held(uses.reliedOn(), KEYS), []);
        assert.deepEqual(held(uses.used(), KEYS), ['role', 'person', 'channel']);
    });

    it('keeps what is relied on when a document is counted again with the same uses, and follows them again when one changes', () => {
        const uses = new WorkspaceUses();
        uses.apply('p', [['role', ''], ['local', '']]);
        const relied = uses.reliedOn();
        // A re-built playbook whose uses did not change (its title was edited): a new, equal list.
        uses.apply('p', [['role', ''], ['local', '']]);
        assert.equal(uses.reliedOn(), relied);
        uses.apply('p', [['role', '']]);
        assert.notEqual(uses.reliedOn(), relied);
        assert.deepEqual(held(uses.reliedOn(), ['role', 'local']), ['role']);
    });
});
