import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { TextDocument } from 'langium';
import { DefaultCompletionProvider, type NextFeature } from 'langium/lsp';
import { expectCompletion, parseHelper } from 'langium/test';
import { PlaybookCompletionProvider } from '../../server/src/lsp/playbook-completion-provider.js';
import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver';
import { createLspServices, ORGANISATION } from './lsp-services.js';

const PLAYBOOK = (inside: string) => `playbook p "P" {
  owner commander
  severity sev1 "Worst" { respond within 15m escalation org-path }
  severity sev2 "Bad"
  escalation local-path { level 1 notify commander }
  channel room chat "#x" owner commander
  phase a {
    step one "One" owner tech-lead within 10m
    decide d "Q?" { yes goto one no goto two }
    step two "Two" owner commander
${inside}
  }
}`;

describe('completion', () => {
    const services = createLspServices();
    const complete = expectCompletion(services);
    before(async () => {
        // The organisation lives in another file of the same workspace.
        await parseHelper(services)(ORGANISATION, { documentUri: 'file:///workspace/org.playbook' });
    });

    async function labelsAt(text: string): Promise<string[]> {
        let labels: string[] = [];
        await complete({ text, index: 0, assert: (list: CompletionList) => { labels = list.items.map(i => i.label); }, disposeAfterCheck: true });
        return labels;
    }

    async function itemAt(text: string, label: string): Promise<CompletionItem> {
        let found: CompletionItem | undefined;
        await complete({ text, index: 0, assert: list => { found = list.items.find(i => i.label === label); }, disposeAfterCheck: true });
        assert.ok(found, `no item ${label}`);
        return found;
    }

    it('offers only roles after a step owner', async () => {
        assert.deepEqual(await labelsAt(PLAYBOOK('    step x owner <|>')), ['commander', 'tech-lead', 'scribe']);
    });

    it('offers any party after a playbook owner, where the grammar allows one', async () => {
        assert.deepEqual(await labelsAt('playbook q { owner <|> }'), ['alice', '陳志明', 'security', 'sre', 'commander', 'tech-lead', 'scribe']);
    });

    it('offers people, teams and rotations where a holder is expected', async () => {
        assert.deepEqual(await labelsAt('assign commander to <|>'), ['alice', '陳志明', 'security', 'sre']);
    });

    it('offers channels after via, escalation paths after escalation, severities after then', async () => {
        assert.deepEqual(await labelsAt(PLAYBOOK('').replace('  phase a {', '  notify customers via <|>\n  phase a {')), ['room', 'bridge']);
        assert.deepEqual(await labelsAt(PLAYBOOK('').replace('severity sev2 "Bad"', 'severity sev2 "Bad" { escalation <|> }')), ['local-path', 'org-path']);
        assert.deepEqual(await labelsAt(PLAYBOOK('').replace('  phase a {', '  trigger t { when "x" then <|> }\n  phase a {')), ['sev1', 'sev2']);
    });

    it('offers the other steps and decisions for after and goto, never the item itself', async () => {
        assert.deepEqual(await labelsAt(PLAYBOOK('    step x after <|>')), ['one', 'd', 'two']);
        assert.deepEqual(await labelsAt(PLAYBOOK('    decide q { yes goto <|> }')), ['one', 'd', 'two']);
    });

    it('offers the typed number with each duration unit, or common durations', async () => {
        assert.deepEqual(await labelsAt(PLAYBOOK('    step x within 4<|>')), ['4s', '4m', '4h', '4d', '4w']);
        assert.deepEqual(await labelsAt(PLAYBOOK('    step x within <|>')), ['5m', '10m', '15m', '30m', '1h', '4h', '1d', '1w']);
    });

    it('offers only the keywords valid at the cursor, never keywords only because a name may be one', async () => {
        assert.deepEqual(await labelsAt('role r { section <|> }'), ['command', 'planning', 'logistics', 'operations', 'finance']);
        const inPhase = await labelsAt(PLAYBOOK('    step x "X" <|>'));
        assert.deepEqual(inPhase.filter(l => !['escalate'].includes(l)), ['owner', 'within', 'after', 'during', 'step', 'step {…}', 'decide', 'decide {…}']);
        const afterName = await labelsAt('person <|>');
        assert.deepEqual(afterName, [], 'a new name is expected: no keyword fits');
    });

    it('offers block snippets with tab stops where their keyword is valid', async () => {
        const top = await labelsAt('<|>');
        // Each snippet right after its keyword, and only the snippets of definitions valid here.
        const snippets = top.filter(l => l.endsWith(' {…}'));
        assert.deepEqual(snippets, ['person {…}', 'rotation {…}', 'role {…}', 'escalation {…}', 'playbook {…}']);
        for (const snippet of snippets) {
            assert.equal(top[top.indexOf(snippet) - 1], snippet.replace(' {…}', ''));
        }
        assert.deepEqual(top.slice(0, 5), ['import', 'person', 'person {…}', 'team', 'rotation']);
        const snippet = await itemAt('<|>', 'role {…}');
        assert.equal(snippet.insertTextFormat, 2);
        assert.match(snippet.textEdit?.newText ?? snippet.insertText ?? '', /^role \$\{1:name\} "\$\{2:Title\}" \{\n {2}section \$\{3\|command,/);
    });

    it("documents a role with its duties and holders, and a person with their contacts", async () => {
        const role = await itemAt(PLAYBOOK('    step x owner <|>'), 'commander');
        assert.equal(role.detail, 'Incident commander');
        const roleDoc = (role.documentation as MarkupContent).value;
        assert.match(roleDoc, /Owns every duty not yet delegated/);
        assert.match(roleDoc, /Held by: `alice` \(Alice Nowak\)/);
        assert.match(roleDoc, /Backups: `陳志明`/);
        const person = await itemAt('assign commander to <|>', 'alice');
        assert.match((person.documentation as MarkupContent).value, /phone: \\?\+48 600 100 200 {2}\nemail: alice@example\\?\.com {2}\nTime zone: Europe\/Warsaw/);
    });

    it('answers the same when it parses from the item under the cursor as when it parses the whole file', async () => {
        /** The same provider with Langium's whole-file parse, as the reference. */
        class WholeFileCompletion extends PlaybookCompletionProvider {
            protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
                return DefaultCompletionProvider.prototype['findFeaturesAt'].call(this, document, offset) as NextFeature[];
            }
        }
        const reference = new WholeFileCompletion(services);
        const provider = services.lsp.CompletionProvider!;
        const folder = path.resolve(import.meta.dirname, '../../samples/playbooks');
        let compared = 0;
        for (const file of readdirSync(folder)) {
            const document = await parseHelper(services)(readFileSync(path.join(folder, file), 'utf8'));
            const text = document.textDocument.getText();
            // After spaces (every seventh, to keep the test quick): where a word starts, where completion is asked for.
            const spaces = [...text.matchAll(/ /g)].map(m => m.index).filter((_, i) => i % 7 === 0);
            for (const offset of spaces) {
                const params = { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset + 1) };
                const labels = (await provider.getCompletion(document, params))?.items.map(i => i.label);
                const expected = (await reference.getCompletion(document, params))?.items.map(i => i.label);
                assert.deepEqual(labels, expected, `${file} at ${params.position.line + 1}:${params.position.character + 1}`);
                compared++;
            }
        }
        assert.ok(compared > 300, `only ${compared} positions compared`);
    });
});
