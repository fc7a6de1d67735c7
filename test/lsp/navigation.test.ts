import { strict as assert } from 'node:assert';
import { expectGoToDefinition, expectHighlight, expectSymbols, expectWorkspaceSymbols } from 'langium/test';
import type { DocumentSymbol, LocationLink } from 'vscode-languageserver';
import { createLspServices, cursor, openWorkspace, ORGANISATION } from './lsp-services.js';

const PLAYBOOK = `playbook p "P" {
  owner commander
  severity sev1 "Worst" { respond within 15m }
  role legal "Legal counsel"
  phase identify "Identify" {
    step confirm "Confirm" owner commander within 30m
    decide real "Real?" { yes goto contain no goto confirm }
  }
  phase respond {
    step contain "Contain" owner legal after confirm
  }
  review "Post-incident review" owner commander
  drill tabletop every 90d
}
`;

async function workspace(playbook: string) {
    const services = createLspServices();
    const { text, offset } = playbook.includes('<|>') ? cursor(playbook) : { text: playbook, offset: 0 };
    const documents = await openWorkspace(services, { 'org.playbook': ORGANISATION, 'p.playbook': text });
    return { services, org: documents['org.playbook']!, doc: documents['p.playbook']!, offset };
}

describe('navigation', () => {
    it('goes to a definition in another file', async () => {
        const { services, doc, offset } = await workspace(PLAYBOOK.replace('owner commander', 'owner comm<|>ander'));
        const links = await services.lsp.DefinitionProvider!.getDefinition(doc, { textDocument: { uri: doc.uri.toString() }, position: doc.textDocument.positionAt(offset) }) as LocationLink[];
        assert.equal(links.length, 1);
        assert.equal(links[0]!.targetUri, 'file:///workspace/org.playbook');
        assert.deepEqual(links[0]!.targetSelectionRange, { start: { line: 15, character: 5 }, end: { line: 15, character: 14 } });
    });

    it('goes to a step of another phase in the same file', async () => {
        const text = PLAYBOOK.replace('step confirm', 'step <|confirm|>').replace('after confirm', 'after con<|>firm');
        await expectGoToDefinition(createLspServices())({ text, index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    it('finds references across files, with and without the declaration', async () => {
        const { services, org, doc } = await workspace(PLAYBOOK);
        const params = (includeDeclaration: boolean) => ({
            textDocument: { uri: org.uri.toString() }, position: { line: 15, character: 7 }, context: { includeDeclaration },
        });
        const withDeclaration = await services.lsp.ReferencesProvider!.findReferences(org, params(true));
        const where = withDeclaration.map(l => `${l.uri.split('/').pop()}:${l.range.start.line}:${l.range.start.character}`).sort();
        // The declaration, the assignment, the channel owner and an escalation level in the organisation; three uses in the playbook.
        assert.deepEqual(where, ['org.playbook:15:5', 'org.playbook:26:7', 'org.playbook:28:41', 'org.playbook:31:27', 'p.playbook:11:38', 'p.playbook:1:8', 'p.playbook:5:33']);
        const withoutDeclaration = await services.lsp.ReferencesProvider!.findReferences(org, params(false));
        assert.equal(withoutDeclaration.length, 6);
        assert.ok(withoutDeclaration.some(l => l.uri === doc.uri.toString()));
    });

    it('highlights a step and its uses in the file', async () => {
        const text = PLAYBOOK
            .replace('step confirm', 'step <|confirm|>')
            .replace('no goto confirm', 'no goto <|confirm|>')
            .replace('after confirm', 'after <|con<|>firm|>');
        await expectHighlight(createLspServices())({ text, index: 0, rangeIndex: [0, 1, 2], disposeAfterCheck: true });
    });

    it('renames across files after prepare-rename, and refuses a name the grammar cannot read', async () => {
        const { services, org, doc } = await workspace(PLAYBOOK);
        const position = { line: 15, character: 7 };
        const range = await services.lsp.RenameProvider!.prepareRename(org, { textDocument: { uri: org.uri.toString() }, position });
        assert.deepEqual(range, { start: { line: 15, character: 5 }, end: { line: 15, character: 14 } });
        const edit = await services.lsp.RenameProvider!.rename(org, { textDocument: { uri: org.uri.toString() }, position, newName: 'incident-lead' });
        const changes = edit?.changes ?? {};
        assert.equal(changes[org.uri.toString()]?.length, 4);
        assert.deepEqual(changes[doc.uri.toString()]?.map(e => [e.range.start.line, e.range.start.character, e.newText]),
            [[1, 8, 'incident-lead'], [5, 33, 'incident-lead'], [11, 38, 'incident-lead']]);
        await assert.rejects(
            Promise.resolve(services.lsp.RenameProvider!.rename(org, { textDocument: { uri: org.uri.toString() }, position, newName: 'incident lead' })),
            /"incident lead" is not a valid name/,
        );
        const onKeyword = await services.lsp.RenameProvider!.prepareRename(doc, { textDocument: { uri: doc.uri.toString() }, position: { line: 2, character: 3 } });
        assert.equal(onKeyword, undefined);
    });

    it('outlines playbook > phases > steps, with the other definitions beside the phases', async () => {
        await expectSymbols(createLspServices())({
            text: PLAYBOOK,
            disposeAfterCheck: true,
            assert: (symbols: DocumentSymbol[]) => {
                const shape = (s: DocumentSymbol): unknown => s.children ? { [s.name]: s.children.map(shape) } : s.name;
                assert.deepEqual(symbols.map(shape), [{
                    p: ['sev1', 'legal', { identify: ['confirm', 'real'] }, { respond: ['contain'] }, 'review', 'drill tabletop'],
                }]);
                assert.equal(symbols[0]!.detail, 'P');
            },
        });
    });

    it('lists workspace symbols from every file, including those inside playbooks', async () => {
        const { services } = await workspace(PLAYBOOK);
        await expectWorkspaceSymbols(services.shared)({
            query: 'con',
            assert: symbols => {
                const names = symbols.map(s => `${s.containerName ?? ''}/${s.name}`).sort();
                assert.deepEqual(names, ['/commander', 'p/confirm', 'p/contain']);
            },
        });
    });
});
