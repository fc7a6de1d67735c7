import * as assert from 'node:assert/strict';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { isTeam, type Document } from '../../server/src/language/generated/ast.js';
import { matchString } from '../../server/src/language/playbook-token-builder.js';
import { MAX_DOCUMENT_CHARACTERS } from '../../server/src/language/playbook-size-limit.js';
import { createPlaybookLspServices } from '../../server/src/lsp/playbook-lsp-module.js';
import { robustnessMessages } from '../../server/src/messages.js';
import { FuzzRandom } from '../../fuzz/playbook-fuzz-random.js';
import { describeDiagnostics } from '../helpers/services.js';
import { TEST_LIMIT_MS } from '../helpers/limits.js';

/** Builds one file with the editor's services, then asks for symbols, completion at the end and formatting. */
async function buildAndAsk(text: string): Promise<{ document: LangiumDocument; symbols: number; completions: number; edits: number }> {
    const services = createPlaybookLspServices(EmptyFileSystem).Playbook;
    const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file('/workspace/limit.playbook'));
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const textDocument = { uri: document.uri.toString() };
    const position = document.textDocument.positionAt(text.length);
    const symbols = await services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
    const completion = await services.lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 2, insertSpaces: true } });
    return { document, symbols: symbols.length, completions: completion?.items.length ?? 0, edits: edits.length };
}

function codes(document: LangiumDocument): string[] {
    return [...new Set(describeDiagnostics(document).map(d => d.split(' ')[1]!))].sort();
}

const STRING_REGEX = /"(\\.|[^"\\\r\n])*"/y;

describe('limits', function () {
    // Hang detection, not a speed check: generous enough that a loaded machine never trips it (conventions item 19).
    // Linking 50,000 elements took over 5 minutes at load 13 with two CPU burners (docs/development.md).
    this.timeout(4 * TEST_LIMIT_MS);

    it('rejects a text over 10 MiB with one located diagnostic of its own code, reading none of it', async () => {
        const line = 'person p "Person" { phone "+1 555 0100" }\n';
        const text = line.repeat(Math.ceil((MAX_DOCUMENT_CHARACTERS + 1) / line.length));
        const { document, symbols } = await buildAndAsk(text);
        assert.deepEqual(describeDiagnostics(document), [
            `1:1 file-too-large This file is ${(text.length / 1024 / 1024).toFixed(1)} MB; playbook files are read up to 10 MB, so it was not checked. Split it into smaller files.`,
        ]);
        assert.deepEqual(document.diagnostics![0]!.range, { start: { line: 0, character: 0 }, end: { line: 0, character: line.length - 1 } });
        assert.equal(symbols, 0);
    });

    it('reads a 10 MB string and a 10 MB comment (the string used to overflow the lexer\'s stack)', async () => {
        const body = 'x'.repeat(10_000_000);
        const withString = await buildAndAsk(`person a "${body}" { phone "+1 555 0100" }\n`);
        assert.deepEqual(describeDiagnostics(withString.document), []);
        assert.equal(withString.symbols, 1);
        const escapes = await buildAndAsk(`person a "${'\\"'.repeat(4_000_000)}" { phone "+1 555 0100" }\n`);
        assert.deepEqual(describeDiagnostics(escapes.document), []);
        const comment = await buildAndAsk(`/* ${body} */\nperson a { phone "+1 555 0100" }\n`);
        assert.deepEqual(describeDiagnostics(comment.document), []);
    });

    it('reads a 100k-character line of names and answers completion at its end', async () => {
        const names = Array.from({ length: 12_000 }, (_, i) => `p${i}`);
        const people = names.map(n => `person ${n} { phone "+15550100123" }`).join(' ');
        const text = `${people} team crowd { members ${names.join(', ')} }`;
        assert.ok(text.length > 100_000 && !text.includes('\n'));
        const { document, symbols, completions } = await buildAndAsk(text);
        assert.deepEqual(codes(document), []);
        assert.equal(symbols, names.length + 1);
        assert.ok(completions > 0);
    });

    it('reports deeply nested blocks as syntax errors without overflowing the stack', async () => {
        const braces = await buildAndAsk('{'.repeat(100_000));
        assert.deepEqual(describeDiagnostics(braces.document), ['1:1 parsing-error Expected the end of the file but found "{". Is a brace "}" missing or one too many?']);
        const phases = await buildAndAsk('playbook p {\n' + 'phase a "A" {\n'.repeat(5_000) + '}\n'.repeat(5_001));
        assert.ok(codes(phases.document).includes('parsing-error'));
        assert.equal(phases.document.diagnostics![0]!.range.start.line, 2);
    });

    it('reports thousands of syntax errors in a row instead of overflowing the stack, and parses the next file normally', async () => {
        const services = createPlaybookLspServices(EmptyFileSystem).Playbook;
        const parse = (text: string) => services.parser.LangiumParser.parse(text);
        const broken = parse('playbook p { phase a { ' + 'decide d { yes goto '.repeat(5_000));
        assert.deepEqual(broken.parserErrors.map(e => [e.token.startLine, e.message]), [[1, robustnessMessages.tooManySyntaxErrors]]);
        const { document, completions } = await buildAndAsk('playbook p { phase a { ' + 'decide d { yes goto '.repeat(5_000));
        assert.deepEqual(describeDiagnostics(document), [`1:1 parsing-error ${robustnessMessages.tooManySyntaxErrors}`]);
        assert.ok(completions > 0, 'completion answers too (its own parser overflowed as well)');
        const fine = parse('person alice { phone "+1" }\nteam t { members alice }\n');
        assert.deepEqual(fine.parserErrors, []);
        assert.deepEqual((fine.value as Document).elements.map(e => e.$type), ['Person', 'Team']);
    });

    it('links a 50k-element members list and a 50k-holder assignment', async () => {
        const names = Array.from({ length: 50_000 }, (_, i) => `p${i}`);
        const text = names.map(n => `person ${n} { phone "+1" }`).join('\n')
            + `\nteam crowd { members ${names.join(', ')} }\nrole r\nassign r to ${names.join(', ')}\n`;
        const { document } = await buildAndAsk(text);
        assert.deepEqual(describeDiagnostics(document).filter(d => d.includes('linking-error')), []);
        const root = document.parseResult.value as Document;
        const team = root.elements.find(isTeam)!;
        assert.equal(team.members.filter(m => m.ref?.name === m.$refText).length, 50_000);
    });

    it('matches strings exactly as the grammar\'s regular expression does', () => {
        const random = new FuzzRandom(42);
        const alphabet = ['"', '\\', 'a', ' ', '\n', '\r', '\u2028', '😀', 'ż'];
        for (let n = 0; n < 5_000; n++) {
            const text = Array.from({ length: random.int(12) }, () => random.pick(alphabet)).join('');
            const offset = random.int(text.length + 1);
            STRING_REGEX.lastIndex = offset;
            assert.deepEqual(matchString(text, offset)?.[0], STRING_REGEX.exec(text)?.[0], JSON.stringify({ text, offset }));
        }
    });
});
