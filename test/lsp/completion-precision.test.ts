import { strict as assert } from 'node:assert';
import { expectCompletion, parseHelper } from 'langium/test';
import { CompletionItemKind, type CompletionItem, type CompletionList, type MarkupContent } from 'vscode-languageserver';
import { activeLocale, setActiveLocale } from '../../l10n/src/index.js';
import { createLspServices, cursor, ORGANISATION } from './lsp-services.js';

/** Keywords that start a definition at the top of a file or of a playbook: never valid inside a severity block. */
const DEFINITION_KEYWORDS = ['person', 'team', 'rotation', 'role', 'assign', 'channel', 'playbook', 'phase', 'trigger', 'severity', 'step', 'notify'];

const SEVERITY_BLOCK = 'playbook p {\n  severity sev1 "Worst" {\n    <|>\n  }\n}';
const STEP_OWNER = 'playbook p {\n  phase a {\n    step x "X" owner <|>\n  }\n}';

describe('completion offers only what the grammar allows at the cursor', () => {
    // Snippets on, as for a client without its own: the strictest case.
    const services = createLspServices();
    const complete = expectCompletion(services);
    before(async () => {
        await parseHelper(services)(ORGANISATION, { documentUri: 'file:///workspace/org.playbook' });
    });

    async function itemsAt(text: string): Promise<CompletionItem[]> {
        let items: CompletionItem[] = [];
        await complete({ text, index: 0, assert: (list: CompletionList) => { items = list.items; }, disposeAfterCheck: true });
        return items;
    }

    /** The items in the order an editor shows them before anything is typed: by sortText, then label. */
    function ranked(items: CompletionItem[]): string[] {
        return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label)).map(i => i.label);
    }

    it('inside a severity block: the severity clauses only, no snippet and no definition keyword', async () => {
        const items = await itemsAt(SEVERITY_BLOCK);
        const labels = items.map(i => i.label);
        assert.deepEqual(items.filter(i => i.kind === CompletionItemKind.Snippet).map(i => i.label), []);
        assert.deepEqual(labels.filter(l => DEFINITION_KEYWORDS.includes(l)), [], `offered: ${labels.join(', ')}`);
        for (const clause of ['respond', 'resolve', 'escalation', 'updates', 'coverage', 'description']) {
            assert.ok(labels.includes(clause), `"${clause}" is not offered; offered: ${labels.join(', ')}`);
        }
    });

    it('after a step\'s `owner `: the roles, no snippet, no keyword', async () => {
        const items = await itemsAt(STEP_OWNER);
        const notReferences = items.filter(i => i.kind === CompletionItemKind.Snippet || i.kind === CompletionItemKind.Keyword);
        assert.deepEqual(notReferences.map(i => i.label), []);
        assert.deepEqual(items.map(i => i.label).sort(), ['commander', 'scribe', 'tech-lead']);
    });

    it('documents each keyword with its own clause, not with the text of the block around it', async () => {
        const items = (await itemsAt(SEVERITY_BLOCK)).filter(i => i.kind === CompletionItemKind.Keyword);
        const docs = new Map(items.map(i => [i.label, (i.documentation as MarkupContent | undefined)?.value ?? '']));
        assert.match(docs.get('respond')!, /^How soon someone must acknowledge an incident of this severity\.\n\n`respond within <duration>`$/);
        assert.match(docs.get('escalation')!, /^The escalation path that calls further people.*\n\n`escalation <escalation-path>`$/);
        for (const [label, doc] of docs) {
            assert.ok(doc.includes(`\`${label}`), `"${label}" is documented without its own shape: ${doc}`);
            assert.ok(!doc.includes('Declare the most severe level first'), `"${label}" is documented with the severity's own text`);
        }
        assert.equal(new Set(docs.values()).size, docs.size, 'two keywords share one documentation');
        // A keyword that starts a definition keeps its rule's documentation, with the definition's shape.
        const top = (await itemsAt('<|>')).find(i => i.label === 'person' && i.kind === CompletionItemKind.Keyword);
        assert.match((top?.documentation as MarkupContent).value, /^A person who can hold roles.*\n\n`person <name> \["title"\] \[\{ … \}\]`$/);
    });

    it('documents a keyword that starts a definition in the server\'s locale, its shape as written', async () => {
        const previous = activeLocale();
        try {
            setActiveLocale('pl');
            const polish = (await itemsAt('<|>')).find(i => i.label === 'person' && i.kind === CompletionItemKind.Keyword);
            assert.equal((polish?.documentation as MarkupContent).value, 'Osoba, która może pełnić role, ze sposobami kontaktu i strefą czasową.\n\n`person <name> ["title"] [{ … }]`');
            setActiveLocale('zh-TW');
            const chinese = (await itemsAt('<|>')).find(i => i.label === 'team' && i.kind === CompletionItemKind.Keyword);
            assert.match((chinese?.documentation as MarkupContent).value, /^團隊：一群可以共同擔任角色的人員，或透過共用位址回應的單位（`team infosec "Information security" \{ email "infosec@example\.edu" \}`）。\n\n`team /);
        } finally {
            setActiveLocale(previous);
        }
    });

    it('ranks roles first where any party may stand', async () => {
        const labels = ranked(await itemsAt('playbook q { owner <|> }'));
        assert.deepEqual(labels.slice(0, 3).sort(), ['commander', 'scribe', 'tech-lead']);
        assert.deepEqual(labels.slice(3), ['sre', 'security', 'alice', '陳志明']);
    });

    it('ranks first what the clauses nearby already use', async () => {
        const text = 'playbook p {\n  phase a {\n    step one owner scribe\n    step two owner scribe\n    step x owner <|>\n  }\n  phase b {\n    step three owner tech-lead\n  }\n}';
        assert.deepEqual(ranked(await itemsAt(text)), ['scribe', 'tech-lead', 'commander']);
    });

    it('snippets only where their keyword is valid', async () => {
        const inPhase = await itemsAt('playbook p {\n  phase a {\n    <|>\n  }\n}');
        assert.deepEqual(inPhase.filter(i => i.kind === CompletionItemKind.Snippet).map(i => i.label), ['step {…}', 'decide {…}']);
        const snippet = inPhase.find(i => i.label === 'step {…}');
        assert.match(snippet?.textEdit?.newText ?? snippet?.insertText ?? '', /\{\n {2}check "\$\{5:Done when\}"\n\}/, 'snippets indent with two spaces');
    });
});

describe('signature help for clauses with several parts', () => {
    const services = createLspServices();

    async function help(text: string) {
        const { text: source, offset } = cursor(text);
        const document = await parseHelper(services)(source);
        return services.lsp.SignatureHelp!.provideSignatureHelp(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset),
        });
    }

    function activePart(result: Awaited<ReturnType<typeof help>>): string | undefined {
        const signature = result?.signatures[0];
        const parameter = signature?.parameters?.[result?.activeParameter ?? 0];
        const range = parameter?.label as [number, number] | undefined;
        return signature && range ? signature.label.slice(range[0], range[1]) : undefined;
    }

    it('shows the whole hand-off with the part at the cursor active', async () => {
        const atDay = await help('rotation r {\n  members alice\n  handoff every 1w on <|>\n}\nperson alice');
        assert.equal(atDay?.signatures[0]?.label, 'handoff every <duration> [on <weekday>] [at <time>] ["timezone"] [from <date>]');
        assert.equal(activePart(atDay), '[on <weekday>]');
        assert.equal(activePart(await help('rotation r {\n  handoff every 1w on monday <|>\n}')), '[at <time>]');
        assert.equal(activePart(await help('rotation r {\n  handoff every <|>\n}')), 'every <duration>');
    });

    it('says nothing for a one-part clause', async () => {
        assert.equal(await help('playbook p {\n  owner <|>\n}'), undefined);
    });
});
