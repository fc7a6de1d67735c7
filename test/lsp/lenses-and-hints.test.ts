import { strict as assert } from 'node:assert';
import { expectFoldings, expectSemanticToken, highlightHelper } from 'langium/test';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { RUN_PLAYBOOK_COMMAND } from '../../protocol/src/playbook-commands.js';
import { createLspServices, openWorkspace, ORGANISATION } from './lsp-services.js';

const PLAYBOOK = `playbook p "P" {
  owner commander
  role legal "Legal counsel"
  escalation path {
    level 1 notify commander
    level 2 after 10m notify legal
    level 3 after 20m notify alice
  }
  phase a {
    step one "One" owner tech-lead within 10m
    step two "Two" owner legal
  }
}
`;

describe('code lenses, inlay hints, folding and semantic tokens', () => {
    it('puts "Run playbook" and a summary above each playbook', async () => {
        const services = createLspServices();
        const { 'p.playbook': doc } = await openWorkspace(services, { 'org.playbook': ORGANISATION, 'p.playbook': PLAYBOOK });
        const lenses = await services.lsp.CodeLensProvider!.provideCodeLens(doc!, { textDocument: { uri: doc!.uri.toString() } });
        assert.deepEqual(lenses?.map(l => [l.range.start.line, l.command?.title, l.command?.command, l.command?.arguments]), [
            [0, 'Run playbook', RUN_PLAYBOOK_COMMAND, ['file:///workspace/p.playbook', 'p']],
            [0, 'Steps: 2 · Roles: 3 · Unassigned roles: 1 (legal)', '', undefined],
        ]);
    });

    it('hints cumulative escalation times and the holder behind an owner role', async () => {
        const services = createLspServices();
        const { 'p.playbook': doc } = await openWorkspace(services, { 'org.playbook': ORGANISATION, 'p.playbook': PLAYBOOK });
        const hints = await services.lsp.InlayHintProvider!.getInlayHints(doc!, {
            textDocument: { uri: doc!.uri.toString() }, range: { start: { line: 0, character: 0 }, end: { line: 13, character: 0 } },
        });
        assert.deepEqual(hints?.map(h => `${h.position.line}:${h.position.character} ${String(h.label)}`), [
            '4:28 at 0m', '5:34 at 10m', '6:34 at 30m', '9:34 held by sre', '10:30 held by nobody',
        ]);
    });

    it('folds blocks', async () => {
        await expectFoldings(createLspServices())({
            text: 'playbook p <|{\n  phase a <|{\n    step one\n  }|>\n|>}\n',
            disposeAfterCheck: true,
            assert: ranges => assert.deepEqual(ranges.map(r => [r.startLine, r.endLine]), [[0, 3], [1, 2]]),
        });
    });

    it('colours names by what they name, also when a name is a keyword', async () => {
        const tokens = await highlightHelper(createLspServices())(
            'channel <|radio|> radio "+1" owner <|commander|>\nrole commander\nplaybook p { phase a { step <|review|> owner <|commander|> } }');
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.property });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 2, tokenType: SemanticTokenTypes.function });
        expectSemanticToken(tokens, { rangeIndex: 3, tokenType: SemanticTokenTypes.class });
    });
});
