import { AbstractFormatter, Formatting, type FormattingAction } from 'langium/lsp';
import { CstUtils, isAstNode, isCompositeCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { DocumentFormattingParams, FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import { isDocument } from '../language/generated/ast.js';

/** The layout of the canonical format, two spaces per level; the client's indentation options are not used. */
export const CANONICAL_FORMATTING_OPTIONS: FormattingOptions = { tabSize: 2, insertSpaces: true };

/** What starts a new line inside a block: clause keywords of the node itself, and child nodes. */
interface BlockLayout {
    keywords: readonly string[];
    children: readonly string[];
}

/**
 * The canonical layout. Every clause of a `{ }` block starts its own line, indented by one
 * level; everything else in a clause is separated by one space; commas hug the name before them.
 * Blank lines the author left between clauses and top-level definitions are kept (at most one),
 * because they group related clauses and carry meaning for the reader.
 */
const BLOCKS: Readonly<Record<string, BlockLayout>> = {
    Person: { keywords: ['timezone', 'qualified'], children: ['contacts'] },
    Team: { keywords: ['members'], children: ['contacts'] },
    Rotation: { keywords: ['members', 'covers', 'owner', 'handoff'], children: ['handoff', 'restrictions', 'layers', 'overrides'] },
    RotationLayer: { keywords: ['members'], children: ['handoff', 'restrictions'] },
    Calendar: { keywords: ['timezone'], children: ['hours', 'holidays'] },
    SeverityScale: { keywords: [], children: ['severities'] },
    CommunicationPlan: { keywords: [], children: ['rules'] },
    Role: {
        keywords: ['section', 'duty', 'aka', 'critical', 'designated', 'volunteers', 'optional', 'defaults', 'holders', 'requires', 'excludes', 'relieve'],
        children: [],
    },
    Playbook: { keywords: ['owner', 'version', 'reviewed', 'description', 'uses'], children: ['elements'] },
    Severity: { keywords: ['respond', 'resolve', 'escalation', 'updates', 'coverage', 'description', 'declared', 'paging'], children: [] },
    SeverityPolicy: { keywords: ['only', 'unsure', 'final'], children: ['tables'] },
    SeverityTable: { keywords: [], children: ['cells'] },
    Trigger: { keywords: ['category', 'source', 'otherwise', 'activated', 'escalation', 'set'], children: ['criteria'] },
    EscalationPath: { keywords: ['repeat', 'then'], children: ['levels'] },
    Phase: { keywords: [], children: ['items'] },
    Step: { keywords: [], children: ['checks'] },
    Decision: { keywords: [], children: ['branches'] },
    Review: { keywords: ['assess', 'follow-up', 'kpi', 'attendees'], children: [] },
    NamedAudience: { keywords: ['members', 'description'], children: ['contacts'] },
    IncidentPolicy: { keywords: ['split', 'merge'], children: [] },
    Procedure: { keywords: [], children: ['items'] },
    SubTeam: { keywords: ['leader', 'members', 'channel', 'task', 'within'], children: [] },
};

/** A new line at one more level of indentation, keeping one blank line if the author left one. */
const INDENTED_LINE: FormattingAction = { options: { priority: 2 }, moves: [{ tabs: 1, lines: 1 }, { tabs: 1, lines: 2 }] };
const FIRST_INDENTED_LINE: FormattingAction = Formatting.indent({ priority: 2 });
const TOP_LEVEL_LINE: FormattingAction = Formatting.fit(Formatting.newLine({ priority: 2 }), Formatting.newLines(2, { priority: 2 }));
const SAME_LINE: FormattingAction = Formatting.oneSpace();

/** Formats playbook files into the one canonical layout (see BLOCKS); idempotent, comments kept. */
export class PlaybookFormatter extends AbstractFormatter {
    protected format(node: AstNode): void {
        if (isDocument(node)) {
            this.formatDocumentRoot(node);
            return;
        }
        this.separateTokens(node);
        const layout = BLOCKS[node.$type];
        if (layout) {
            this.formatBlock(node, layout);
        }
    }

    /**
     * Formats in the one canonical layout whatever the client asks (Neovim sends tabs of width 8):
     * like gofmt and Prettier, so that the editor's Format Document and `playbook fmt` agree.
     * Also adds one space before a comment that ends a line of code; Langium leaves that gap alone.
     */
    protected override doDocumentFormat(document: LangiumDocument, _clientOptions: FormattingOptions, range?: Range): TextEdit[] {
        const edits = super.doDocumentFormat(document, CANONICAL_FORMATTING_OPTIONS, range);
        const root = document.parseResult.value.$cstNode;
        if (!root) {
            return edits;
        }
        const text = document.textDocument.getText();
        let previous: CstNode | undefined;
        for (const leaf of CstUtils.streamCst(root)) {
            if (isCompositeCstNode(leaf)) {
                continue;
            }
            if (previous && isComment(leaf) && previous.range.end.line === leaf.range.start.line
                && text.substring(previous.end, leaf.offset) !== ' ' && this.insideRange(leaf.range, range)) {
                edits.push({ range: { start: previous.range.end, end: leaf.range.start }, newText: ' ' });
            } else if (previous && isComment(leaf) && previous.range.end.line < leaf.range.start.line && this.insideRange(leaf.range, range)) {
                // Langium leaves the gap before a comment on a later line alone, blanks at the end of
                // the line before it included: they go, so that a messy file formats to the clean text.
                const blanks = /^[ \t]+(?=\r?\n)/.exec(text.substring(previous.end, leaf.offset))?.[0];
                const start = previous.end;
                const end = start + (blanks?.length ?? 0);
                const overlaps = edits.some(e => document.textDocument.offsetAt(e.range.start) < end && document.textDocument.offsetAt(e.range.end) > start);
                if (blanks && !overlaps) {
                    edits.push({ range: { start: previous.range.end, end: document.textDocument.positionAt(end) }, newText: '' });
                }
            }
            previous = leaf;
        }
        return edits.sort((a, b) => document.textDocument.offsetAt(a.range.start) - document.textDocument.offsetAt(b.range.start));
    }

    /** Also drops blank lines at the start and leaves exactly one newline at the end of the file. */
    override async formatDocument(document: LangiumDocument, params: DocumentFormattingParams): Promise<TextEdit[]> {
        const edits = await super.formatDocument(document, params);
        const pr = document.parseResult;
        if (pr.lexerErrors.length > 0 || pr.parserErrors.length > 0) {
            return edits;
        }
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const leading = /^\s*/.exec(text)?.[0] ?? '';
        if (leading.length > 0 && leading.length < text.length && edits.every(e => textDocument.offsetAt(e.range.start) >= leading.length)) {
            edits.unshift({ range: { start: textDocument.positionAt(0), end: textDocument.positionAt(leading.length) }, newText: '' });
        }
        // Not /\s*$/: that regular expression is quadratic in a long run of spaces inside the text.
        const trailing = text.slice(text.trimEnd().length);
        const wanted = text.length > trailing.length ? '\n' : '';
        const trailingStart = text.length - trailing.length;
        if (trailing !== wanted && edits.every(e => textDocument.offsetAt(e.range.end) <= trailingStart)) {
            edits.push({ range: { start: textDocument.positionAt(trailingStart), end: textDocument.positionAt(text.length) }, newText: wanted });
        }
        return edits;
    }

    private formatDocumentRoot(root: AstNode & { imports: AstNode[]; elements: AstNode[] }): void {
        const formatter = this.getNodeFormatter(root);
        const items = [...root.imports, ...root.elements];
        const firstCst = root.$cstNode && isCompositeCstNode(root.$cstNode) ? root.$cstNode.content[0] : undefined;
        items.forEach((item, index) => {
            // Nothing before the first definition unless a comment heads the file.
            const action = index === 0 && item.$cstNode === firstCst ? Formatting.noSpace({ priority: 2 }) : TOP_LEVEL_LINE;
            formatter.node(item).prepend(action);
        });
    }

    /** One space between the tokens of a node, no space before a comma. */
    private separateTokens(node: AstNode): void {
        const content = ownContent(node.$cstNode);
        const formatter = this.getNodeFormatter(node);
        const tokens = content.filter(child => !child.hidden).slice(1);
        formatter.cst(tokens).prepend(SAME_LINE);
        formatter.keywords(',').prepend(Formatting.noSpace({ priority: 1 }));
    }

    private formatBlock(node: AstNode, layout: BlockLayout): void {
        const formatter = this.getNodeFormatter(node);
        const open = formatter.keyword('{');
        const close = formatter.keyword('}');
        if (open.nodes.length === 0 || close.nodes.length === 0) {
            return;
        }
        close.prepend(Formatting.newLine({ priority: 2 }));
        const interior = formatter.interior(open, close);
        // Comments on their own lines inside the block take the block's indentation.
        formatter.cst(interior.nodes.filter(isComment)).prepend(FIRST_INDENTED_LINE);
        const starters = new Set<CstNode>(formatter.keywords(...layout.keywords).nodes);
        for (const property of layout.children) {
            for (const child of childNodes(node, property)) {
                if (child.$cstNode) {
                    starters.add(child.$cstNode);
                }
            }
        }
        const firstContent = interior.nodes.find(n => !n.hidden);
        for (const starter of starters) {
            formatter.cst([starter]).prepend(starter === firstContent ? FIRST_INDENTED_LINE : INDENTED_LINE);
        }
    }
}

/**
 * The CST children that belong to the node itself. A rule called without assignment
 * (`TopElement: Person | ...`) wraps the node's own CST node in one more composite node.
 */
function ownContent(cst: CstNode | undefined): readonly CstNode[] {
    let current = cst;
    while (current && isCompositeCstNode(current)) {
        const only = current.content.length === 1 ? current.content[0] : undefined;
        if (only && isCompositeCstNode(only) && only.astNode === current.astNode) {
            current = only;
        } else {
            return current.content;
        }
    }
    return [];
}

function isComment(node: CstNode): boolean {
    return node.hidden && CstUtils.isCommentNode(node, ['ML_COMMENT', 'SL_COMMENT']);
}

function childNodes(node: AstNode, property: string): AstNode[] {
    const value = (node as unknown as Record<string, unknown>)[property];
    const values = Array.isArray(value) ? value : [value];
    return values.filter((v): v is AstNode => isAstNode(v));
}
