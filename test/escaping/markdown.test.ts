import { strict as assert } from 'node:assert';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown } from '../../escaping/src/markdown.js';
import { renderMarkdown } from '../../cli/src/export/markdown.js';
import { timelineMarkdown } from '../../runner/src/engine/playbook-timeline-export.js';
import { createLspServices, cursor, openWorkspace } from '../lsp/lsp-services.js';
import { modelFrom } from '../runner/helpers.js';

// The renderer VS Code's Markdown uses, with raw HTML on: the strictest reading of our output.
const markdown = new MarkdownIt({ html: true });
const render = (text: string): string => markdown.render(text);
const htmlText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const HOSTILE = [
    '# Heading', '## two', 'Title #', '![x](https://evil.example/track.png)', '<img src="https://evil.example/x.png">',
    '[click](https://evil.example)', '<https://evil.example>', '*bold* _it_ ~~gone~~', '`code`', 'a | b | c',
    '- item', '+ item', '1. first', '2) second', '3.', '> quote', '---', '===', '- - -', '-', 'line\rbreak', 'line\r\nbreak', 'line\nbreak',
    'para\u2028sep', '&copy; &lt;', 'back\\slash', '\\# already',
];

/** escaping/src/markdown.ts: the one Markdown escaping, used by hover and completion (server/src/lsp/playbook-node-docs.ts), the CLI export (cli/src/export/markdown.ts) and the runner's exports (runner/src/engine/playbook-timeline-export.ts, playbook-sim-report.ts). */
describe('Markdown escaping (escaping/src/markdown.ts)', () => {
    for (const text of HOSTILE) {
        it(`renders ${JSON.stringify(text)} as the same text in one paragraph`, () => {
            const oneLine = text.replace(/\r\n|[\r\n\u2028]/g, ' ');
            assert.equal(render(escapeMarkdown(text)), `<p>${htmlText(oneLine)}</p>\n`);
        });
    }

    it('keeps the text readable: only markup characters get a backslash', () => {
        assert.equal(escapeMarkdown('Notify the DPO within 72 hours (GDPR art. 33)'), 'Notify the DPO within 72 hours (GDPR art. 33)');
        assert.equal(escapeMarkdown('+48 600 100 200'), '+48 600 100 200');
        assert.equal(escapeMarkdown('-5% error rate'), '-5% error rate');
        assert.equal(escapeMarkdown('2024 review'), '2024 review');
    });
});

describe('Markdown leaving the program is escaped', () => {
    const title = '# Pwned ![t](https://evil.example/t.png)';

    it('hover shows a title and a duty as text, not a heading or a remote image', async () => {
        const services = createLspServices();
        const { text, offset } = cursor(`playbook p "P" {\n  role <|>legal "${title}" { duty "<img src=https://evil.example/d.png>" }\n}`);
        const { 'p.playbook': document } = await openWorkspace(services, { 'p.playbook': text });
        const hover = await services.lsp.HoverProvider!.getHoverContent(document!, {
            textDocument: { uri: document!.uri.toString() }, position: document!.textDocument.positionAt(offset),
        });
        const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
        const html = render(value);
        assert.match(value, /Pwned/);
        assert.doesNotMatch(html, /<h1|<img/);
    });

    it('completion documentation is escaped the same way', async () => {
        const services = createLspServices();
        const { text, offset } = cursor(`playbook p "P" {\n  role legal "${title}"\n  phase a { step one "One" owner <|> }\n}`);
        const { 'p.playbook': document } = await openWorkspace(services, { 'p.playbook': text });
        const list = await services.lsp.CompletionProvider!.getCompletion(document!, {
            textDocument: { uri: document!.uri.toString() }, position: document!.textDocument.positionAt(offset),
        });
        const legal = list?.items.find(i => i.label === 'legal');
        assert.ok(legal, `no completion for legal: ${list?.items.map(i => i.label).join(', ')}`);
        const doc = (legal.documentation as { value: string } | undefined)?.value ?? '';
        assert.ok(doc.includes('Pwned'), JSON.stringify(legal));
        assert.doesNotMatch(render(doc), /<h1|<img/);
    });

    it('a lone \\r in a title does not break the CLI Markdown export', async () => {
        const model = await modelFrom({ 'p.playbook': 'playbook p "P" {\n  phase a { step one "One" }\n}' });
        model.title = 'Outage\r# forged heading';
        const output = renderMarkdown(model, '0.0.0');
        assert.ok(!output.includes('\r'), 'a carriage return reached the export');
        assert.doesNotMatch(render(output), /<h1>forged heading/);
        assert.match(output, /Outage \\# forged heading/);
    });

    it("the runner's timeline export escapes the playbook title", async () => {
        const model = await modelFrom({ 'p.playbook': 'playbook p "P" {\n  phase a { step one "One" }\n}' });
        model.title = 'Breach ![beacon](https://evil.example/b.png)';
        const output = timelineMarkdown(model, { id: 'run-1', events: [] });
        const firstHeading = /<h1>(.*)<\/h1>/.exec(render(output))?.[1] ?? '';
        assert.doesNotMatch(firstHeading, /<img/);
        assert.match(firstHeading, /Breach !\[beacon\]\(https:\/\/evil\.example\/b\.png\)/);
    });
});
