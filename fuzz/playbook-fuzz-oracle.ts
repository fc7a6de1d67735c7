import { AstUtils, EmptyFileSystem, GrammarAST, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, DocumentSymbol, Range, TextEdit } from 'vscode-languageserver-types';
import { createPlaybookLspServices, type PlaybookLspServices } from '../server/src/lsp/playbook-lsp-module.js';
import { formatPlaybookText } from '../server/src/lsp/format-text.js';
import { CANONICAL_FORMATTING_OPTIONS } from '../server/src/lsp/playbook-formatter.js';
import { applyTokenStableEdit } from '../server/src/language/playbook-token-stable-edit.js';
import { dumpMeaning, dumpTree } from './playbook-fuzz-ast-dump.js';
import { retypeTexts } from './playbook-fuzz-retype.js';
import type { FuzzFinding } from './playbook-fuzz-findings.js';
import type { TokenSpan } from './playbook-fuzz-mutations.js';
import type { FuzzRandom } from './playbook-fuzz-random.js';

/** How many random positions each case asks completion and hover about. */
const POSITIONS_PER_CASE = 4;

/** Called before each request so that a watchdog outside can tell which one hangs. */
export type StageListener = (stage: string) => void;

/**
 * Runs one input through everything an editor and the CLI do with a file (parse, link and
 * validate, completion, hover, symbols, formatting) and checks the answers' invariants. It
 * reports what went wrong as findings and never throws.
 */
export class PlaybookFuzzOracle {
    private counter = 0;
    readonly keywords: readonly string[];

    private constructor(readonly services: PlaybookLspServices, private readonly onStage: StageListener) {
        this.keywords = [...new Set(AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(k => k.value))];
    }

    /** Oracle services with the given files (the organisation) already built as the rest of the workspace. */
    static async create(workspace: Record<string, string>, onStage: StageListener = () => undefined): Promise<PlaybookFuzzOracle> {
        const services = createPlaybookLspServices(EmptyFileSystem).Playbook;
        const documents = Object.entries(workspace).map(([name, text]) => {
            const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/workspace/${name}`));
            services.shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
        return new PlaybookFuzzOracle(services, onStage);
    }

    /** The real lexer's tokens (comments included), for grammar-aware mutations. */
    tokenize(text: string): TokenSpan[] {
        const result = this.services.parser.Lexer.tokenize(text);
        return [...result.tokens, ...result.hidden]
            .map(t => ({ start: t.startOffset, end: t.startOffset + t.image.length, type: t.tokenType.name }))
            .sort((a, b) => a.start - b.start);
    }

    /** Checks one input; the random source picks the positions asked about. */
    async check(text: string, random: FuzzRandom): Promise<FuzzFinding[]> {
        const findings: FuzzFinding[] = [];
        const uri = URI.file(`/workspace/fuzz/case-${++this.counter}.playbook`);
        const shared = this.services.shared;
        try {
            const document = await this.stage(findings, 'parse', () => shared.workspace.LangiumDocumentFactory.fromString(text, uri));
            if (!document) {
                return findings;
            }
            shared.workspace.LangiumDocuments.addDocument(document);
            await this.stage(findings, 'build', () => shared.workspace.DocumentBuilder.build([document], { validation: true }));
            this.checkDiagnostics(findings, document);
            await this.askAround(findings, document, random);
            await this.checkFormatting(findings, document, text);
            await this.stage(findings, 'edit-in-place', () => this.checkEditInPlace(findings, text, random));
        } finally {
            shared.workspace.LangiumDocuments.deleteDocument(uri);
            shared.workspace.IndexManager.remove(uri);
        }
        return findings;
    }

    private async stage<T>(findings: FuzzFinding[], stage: string, run: () => T | Promise<T>): Promise<T | undefined> {
        this.onStage(stage);
        try {
            return await run();
        } catch (error) {
            findings.push({ kind: 'exception', stage, detail: error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error) });
            return undefined;
        } finally {
            this.onStage('');
        }
    }

    /** Every diagnostic says where (a range inside the file) and what (a sentence). */
    private checkDiagnostics(findings: FuzzFinding[], document: LangiumDocument): void {
        for (const diagnostic of document.diagnostics ?? []) {
            const problem = diagnosticProblem(diagnostic, document.textDocument);
            if (problem) {
                findings.push({ kind: 'bad-diagnostic', stage: 'build', detail: `${problem}: ${JSON.stringify(diagnostic)}` });
            }
        }
    }

    private async askAround(findings: FuzzFinding[], document: LangiumDocument, random: FuzzRandom): Promise<void> {
        const lsp = this.services.lsp;
        const textDocument = { uri: document.uri.toString() };
        const length = document.textDocument.getText().length;
        const offsets = [length, ...Array.from({ length: POSITIONS_PER_CASE }, () => random.int(length + 1))];
        for (const offset of offsets) {
            const position = document.textDocument.positionAt(offset);
            await this.stage(findings, 'completion', () => lsp.CompletionProvider?.getCompletion(document, { textDocument, position }));
            await this.stage(findings, 'hover', () => lsp.HoverProvider?.getHoverContent(document, { textDocument, position }));
        }
        const symbols = await this.stage(findings, 'symbols', () => lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument }));
        for (const problem of symbolProblems(symbols ?? [], document.textDocument)) {
            findings.push({ kind: 'bad-symbol', stage: 'symbols', detail: problem });
        }
    }

    /**
     * An edit of strings, names and spacing applied to a cleanly parsed tree in place
     * (server/src/language/playbook-token-stable-edit.ts) must give the tree a parse of the new
     * text gives, node by node and range by range.
     */
    private checkEditInPlace(findings: FuzzFinding[], text: string, random: FuzzRandom): void {
        const parser = this.services.parser.LangiumParser;
        const before = parser.parse(text);
        const edited = retypeTexts(text, this.tokenize(text), random);
        if (before.lexerErrors.length > 0 || before.parserErrors.length > 0 || edited === text) {
            return;
        }
        // Every range read first, as validation of the old text reads them: cached ranges must move too.
        dumpTree(before.value);
        if (applyTokenStableEdit(this.services, before, edited)
            && JSON.stringify(dumpTree(before.value)) !== JSON.stringify(dumpTree(parser.parse(edited).value))) {
            findings.push({ kind: 'edit-in-place-differs', stage: 'edit-in-place', detail: firstDifference(text, edited) });
        }
    }

    /**
     * Formatting only moves whitespace: the tokens stay the same, a file that parsed still parses
     * to the same meaning, formatting twice changes nothing, and `playbook fmt` agrees with the editor.
     */
    private async checkFormatting(findings: FuzzFinding[], document: LangiumDocument, text: string): Promise<void> {
        const formatted = await this.stage(findings, 'format', () => this.formatWithEditor(document));
        if (formatted === undefined) {
            return;
        }
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length === 0 && !sameTokens(this.tokenize(text), text, this.tokenize(formatted), formatted)) {
            findings.push({ kind: 'format-changed-tokens', stage: 'format', detail: firstDifference(text, formatted) });
        }
        const fmtText = await this.stage(findings, 'format-text', () => formatPlaybookText(text));
        if (lexerErrors.length > 0 || parserErrors.length > 0) {
            if (fmtText !== undefined && fmtText !== text) {
                findings.push({ kind: 'format-touched-broken-file', stage: 'format-text', detail: firstDifference(text, fmtText) });
            }
            return;
        }
        const reparsed = this.parse(formatted);
        if (reparsed.parseResult.lexerErrors.length > 0 || reparsed.parseResult.parserErrors.length > 0) {
            findings.push({ kind: 'format-broke-syntax', stage: 'format', detail: firstDifference(text, formatted) });
            return;
        }
        if (JSON.stringify(dumpMeaning(document.parseResult.value)) !== JSON.stringify(dumpMeaning(reparsed.parseResult.value))) {
            findings.push({ kind: 'format-changed-meaning', stage: 'format', detail: firstDifference(text, formatted) });
        }
        const again = await this.stage(findings, 'format-again', () => this.formatWithEditor(reparsed));
        if (again !== undefined && again !== formatted) {
            findings.push({ kind: 'format-not-idempotent', stage: 'format-again', detail: firstDifference(formatted, again) });
        }
        if (fmtText !== undefined && fmtText !== formatted) {
            findings.push({ kind: 'format-text-disagrees', stage: 'format-text', detail: firstDifference(formatted, fmtText) });
        }
    }

    private parse(text: string): LangiumDocument {
        return this.services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(`/workspace/fuzz/reparsed-${++this.counter}.playbook`));
    }

    private async formatWithEditor(document: LangiumDocument): Promise<string> {
        const formatter = this.services.lsp.Formatter;
        const text = document.textDocument.getText();
        if (!formatter) {
            return text;
        }
        const edits: TextEdit[] = await formatter.formatDocument(document, {
            textDocument: { uri: document.uri.toString() },
            options: CANONICAL_FORMATTING_OPTIONS,
        });
        return TextDocument.applyEdits(TextDocument.create(document.uri.toString(), 'playbook', 0, text), edits);
    }
}

function validRange(range: Range | undefined, document: TextDocument): boolean {
    if (!range) {
        return false;
    }
    const positions = [range.start, range.end];
    if (!positions.every(p => Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.character >= 0)) {
        return false;
    }
    if (positions.some(p => p.line >= document.lineCount)) {
        return false;
    }
    return document.offsetAt(range.start) <= document.offsetAt(range.end);
}

function diagnosticProblem(diagnostic: Diagnostic, document: TextDocument): string | undefined {
    if (!validRange(diagnostic.range, document)) {
        return 'range outside the file';
    }
    if (typeof diagnostic.message !== 'string' || diagnostic.message.trim().length === 0) {
        return 'empty message';
    }
    if (diagnostic.message.startsWith('An error occurred during')) {
        // Langium turns an exception inside a check into this diagnostic: a crash, caught.
        return 'a check threw an exception';
    }
    return /undefined|\[object Object\]|NaN/.test(diagnostic.message) ? 'message with a placeholder left unfilled' : undefined;
}

function contains(outer: Range, inner: Range, document: TextDocument): boolean {
    return document.offsetAt(outer.start) <= document.offsetAt(inner.start) && document.offsetAt(inner.end) <= document.offsetAt(outer.end);
}

function symbolProblems(symbols: readonly DocumentSymbol[], document: TextDocument): string[] {
    const problems: string[] = [];
    const visit = (symbol: DocumentSymbol) => {
        if (!symbol.name || !validRange(symbol.range, document) || !validRange(symbol.selectionRange, document)) {
            problems.push(`symbol with no name or an invalid range: ${JSON.stringify({ ...symbol, children: undefined })}`);
        } else if (!contains(symbol.range, symbol.selectionRange, document)) {
            // VS Code rejects the whole answer when a selection range sticks out of its range.
            problems.push(`selection range outside the symbol's range: ${JSON.stringify({ ...symbol, children: undefined })}`);
        }
        symbol.children?.forEach(visit);
    };
    symbols.forEach(visit);
    return problems;
}

function sameTokens(before: TokenSpan[], beforeText: string, after: TokenSpan[], afterText: string): boolean {
    const images = (tokens: TokenSpan[], text: string) => tokens.map(t => text.slice(t.start, t.end).trimEnd());
    return JSON.stringify(images(before, beforeText)) === JSON.stringify(images(after, afterText));
}

/** Where two texts start to differ, with a little context, for the report. */
export function firstDifference(a: string, b: string): string {
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) {
        i++;
    }
    const show = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 40), i + 40));
    return `at offset ${i}: ${show(a)} became ${show(b)}`;
}
