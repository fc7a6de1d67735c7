import { strict as assert } from 'node:assert';
import type { LangiumDocuments } from 'langium';
import { createLspServices, openWorkspace } from './lsp-services.js';

const STEPS = 300;
const ORG = ['role lead "Lead"', 'assign lead to p1', ...Array.from({ length: 500 }, (_, i) => `person p${i} "P${i}" { phone "${i}" }`)].join('\n');
const PLAYBOOK = ['playbook p {', '  owner lead', '  phase a {', ...Array.from({ length: STEPS }, (_, i) => `    step s${i} owner lead`), '  }', '}'].join('\n');

/** Counts how often something walks the workspace's documents. */
function countWalks(documents: LangiumDocuments): () => number {
    let walks = 0;
    const all = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(documents), 'all')!;
    Object.defineProperty(documents, 'all', { configurable: true, get() {
        walks++;
        return all.get!.call(documents);
    } });
    return () => walks;
}

/** Per-request work on whole-workspace facts comes from the cached facts (issue 22 item 7): counted, never timed. */
describe('requests read the cached workspace facts', () => {
    async function load() {
        const services = createLspServices();
        const { 'p.playbook': doc } = await openWorkspace(services, { 'org.playbook': ORG, 'p.playbook': PLAYBOOK }, { validation: true });
        return { services, doc: doc!, walks: countWalks(services.shared.workspace.LangiumDocuments) };
    }

    it(`inlay hints for ${STEPS} step owners walk the workspace not once`, async () => {
        const { services, doc, walks } = await load();
        const hints = await services.lsp.InlayHintProvider!.getInlayHints(doc, {
            textDocument: { uri: doc.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: STEPS + 5, character: 0 } },
        });
        assert.equal(hints?.filter(h => h.label === 'held by p1').length, STEPS);
        assert.equal(walks(), 0);
    });

    it('hovers on every step owner walk the workspace not once', async () => {
        const { services, doc, walks } = await load();
        for (let line = 3; line < 3 + STEPS; line += 10) {
            const hover = await services.lsp.HoverProvider!.getHoverContent(doc, { textDocument: { uri: doc.uri.toString() }, position: { line, character: 20 } });
            assert.match(JSON.stringify(hover), /p1/);
        }
        assert.equal(walks(), 0);
    });

    it('the code lens walks the workspace not once', async () => {
        const { services, doc, walks } = await load();
        const lenses = await services.lsp.CodeLensProvider!.provideCodeLens(doc, { textDocument: { uri: doc.uri.toString() } });
        assert.equal(lenses?.[1]?.command?.title, `Steps: ${STEPS} · Roles: 1 · Unassigned roles: 0`);
        assert.equal(walks(), 0);
    });
});
