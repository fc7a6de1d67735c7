import {
    AstUtils, CstUtils, GrammarAST, TextDocument, URI, type AstNode, type AstNodeDescription, type LangiumDocuments,
    type MaybePromise, type ReferenceInfo, type Stream,
} from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem,
    type LangiumServices, type NextFeature,
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat, InsertTextMode } from 'vscode-languageserver';
import { isDecision, isPhase, isPlaybook, isStep, type Decision, type Step } from '../language/generated/ast.js';
import { definitionKinds, durationUnitNames, editorMessages } from '../messages.js';
import { clauseKeywordDoc, keywordRule } from './playbook-grammar-docs.js';
import { nearbyUses, referenceKindRank } from './playbook-completion-ranking.js';
import { PlaybookNodeDocs } from './playbook-node-docs.js';
import { roleHoldersOf } from '../workspace/playbook-role-holders.js';
import { PLAYBOOK_SNIPPETS } from './playbook-snippets.js';
import { originalOf } from './playbook-typing-view.js';
import { readInitializationOptions } from '../../../protocol/src/playbook-initialization.js';

/** Durations offered before anything is typed: the time boxes playbooks use most. */
const COMMON_DURATIONS = ['5m', '10m', '15m', '30m', '1h', '4h', '1d', '1w'];
const UNITS = ['s', 'm', 'h', 'd', 'w'];

/**
 * Completion that knows its place. Langium already offers only what the grammar allows and,
 * for names, only definitions of the right kind in scope; this adds what it cannot know:
 * - a name may be any keyword, so the keywords the Name rule lists are not offered as keywords;
 * - definitions carry their title as detail and the hover text as documentation;
 * - where a duration is expected, the typed number with each unit (or common durations);
 * - snippets for whole blocks wherever their first keyword is valid, nowhere else;
 * - keywords documented by their own clause (meaning and shape), not by the block around them;
 * - references ranked by kind (roles first where any party may stand), then by how often the
 *   clauses nearby already use them;
 * - a step or decision does not offer itself after `after` or `goto`.
 */
export class PlaybookCompletionProvider extends DefaultCompletionProvider {
    private readonly docs: PlaybookNodeDocs;
    private readonly documents: LangiumDocuments;
    private readonly nameRules: NameRules;
    /** False when the client contributes the snippets itself (see PlaybookInitializationOptions). */
    private offerSnippets = true;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.nameRules = nameRules(this.grammar);
        this.docs = new PlaybookNodeDocs(roleHoldersOf(services.shared), services.shared.workspace.IndexManager);
        services.shared.lsp.LanguageServer.onInitialize(params => {
            this.offerSnippets = readInitializationOptions(params.initializationOptions).options.snippetsContributed !== true;
        });
    }

    /**
     * Langium finds what may follow the cursor by parsing the whole text up to it, which costs
     * ~200 ms at the end of a 10,000-line playbook on every keystroke. Playbook items are
     * independent of what comes before them, so parsing from the start of the item under the
     * cursor, behind a header that opens the same blocks (`playbook x {` and `phase x {`), gives
     * the same answer from a few lines of text.
     */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const langiumDocument = this.documents.hasDocument(URI.parse(document.uri)) ? this.documents.getDocument(URI.parse(document.uri)) : undefined;
        const restart = langiumDocument && langiumDocument.textDocument.version === document.version
            ? restartPoint(langiumDocument.parseResult.value, offset)
            : undefined;
        if (!restart) {
            return super.findFeaturesAt(document, offset);
        }
        const text = restart.header + document.getText().substring(restart.offset, offset);
        return super.findFeaturesAt(TextDocument.create(document.uri, document.languageId, document.version, text), text.length);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'DURATION') {
            this.completionForDuration(context, acceptor);
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    /**
     * A name may be any keyword, so where a name is expected Langium offers every keyword the
     * Name rule lists: none of them is offered. A list that is also a value of its own
     * (Audience: `notify customers`) is offered where that value is expected and no name is.
     */
    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        const rule = keywordRule(keyword) ?? '';
        if (this.nameRules.all.has(rule)) {
            const nameExpected = context.features.some(f => GrammarAST.isKeyword(f.feature) && this.nameRules.only.has(keywordRule(f.feature) ?? ''));
            if (nameExpected || this.nameRules.only.has(rule)) {
                return false;
            }
        }
        // Langium offers only keywords with letters; a criterion's comparison operators are worth offering too.
        return super.filterKeyword(context, keyword) || rule === 'Operator';
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        const doc = clauseKeywordDoc(keyword);
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: editorMessages.keywordDetail,
            documentation: doc ? { kind: 'markdown', value: doc } : undefined,
            sortText: '1',
        });
        const rule = keywordRule(keyword);
        for (const snippet of this.offerSnippets ? PLAYBOOK_SNIPPETS : []) {
            if (snippet.rule === rule && snippet.prefix === keyword.value) {
                acceptor(context, {
                    label: snippet.label,
                    filterText: snippet.prefix,
                    kind: CompletionItemKind.Snippet,
                    detail: editorMessages.snippetDetail({ what: snippet.description }),
                    insertText: snippet.body.join('\n'),
                    insertTextFormat: InsertTextFormat.Snippet,
                    insertTextMode: InsertTextMode.adjustIndentation,
                    sortText: '2',
                });
            }
        }
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        // A flow item never waits for or jumps to itself (while typing, the built node it stands for).
        const item = context.node ? AstUtils.getContainerOfType(context.node, (n): n is Step | Decision => isStep(n) || isDecision(n)) : undefined;
        const self = item ? originalOf(item) : undefined;
        const seen = new Set<string>();
        return super.getReferenceCandidates(refInfo, context).filter(candidate => {
            // An inner definition hides an organisation one of the same name: offer the name once.
            if (seen.has(candidate.name) || (self && candidate.node === self)) {
                return false;
            }
            seen.add(candidate.name);
            return true;
        });
    }

    protected override createReferenceCompletionItem(nodeDescription: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(nodeDescription, refInfo, context);
        const node = nodeDescription.node;
        const kind = definitionKinds[nodeDescription.type] ?? nodeDescription.type;
        const title = (node as { title?: string } | undefined)?.title;
        const documentation = node ? this.docs.describe(node, context.node ?? node) : undefined;
        const uses = context.node ? nearbyUses(context.node).get(nodeDescription.name) ?? 0 : 0;
        return {
            ...item,
            sortText: `0${referenceKindRank(nodeDescription.type)}${String(999 - Math.min(uses, 999)).padStart(3, '0')}`,
            detail: title ?? kind,
            labelDetails: { description: kind },
            documentation: documentation ? { kind: 'markdown', value: documentation } : undefined,
        };
    }

    private completionForDuration(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const typed = context.textDocument.getText().substring(context.tokenOffset, context.offset);
        const number = /^\d+/.exec(typed)?.[0];
        const values = number ? UNITS.map(unit => `${number}${unit}`) : COMMON_DURATIONS;
        values.forEach((value, index) => {
            const unit = value.at(-1) ?? 'm';
            acceptor(context, {
                label: value,
                kind: CompletionItemKind.Unit,
                detail: editorMessages.durationUnit({ unit: durationUnitNames[unit] ?? unit }),
                sortText: `0${index}`,
            });
        });
    }
}

/** The rules a name is made of (Name and the lists it calls), and those of them nothing else uses. */
interface NameRules {
    all: Set<string>;
    only: Set<string>;
}

function nameRules(grammar: GrammarAST.Grammar): NameRules {
    const all = new Set<string>();
    const pending = ['Name'];
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
        const rule = grammar.rules.find(r => r.name === name);
        if (!rule || all.has(name)) {
            continue;
        }
        all.add(name);
        AstUtils.streamAllContents(rule).filter(GrammarAST.isRuleCall).forEach(call => {
            if (GrammarAST.isParserRule(call.rule.ref)) pending.push(call.rule.ref.name);
        });
    }
    const usedElsewhere = new Set(grammar.rules.filter(r => !all.has(r.name))
        .flatMap(r => AstUtils.streamAllContents(r).filter(GrammarAST.isRuleCall).map(c => c.rule.ref?.name ?? '').toArray()));
    // A list of keywords only (Audience) that another rule uses is a value there; PlainName, with ID, is a name wherever it stands.
    const isValueList = (name: string): boolean => {
        const rule = grammar.rules.find(r => r.name === name);
        return GrammarAST.isParserRule(rule) && GrammarAST.isAlternatives(rule.definition) && rule.definition.elements.every(GrammarAST.isKeyword);
    };
    return { all, only: new Set([...all].filter(r => !(usedElsewhere.has(r) && isValueList(r)))) };
}

/** Where parsing may restart for completion at `offset`: the item under the cursor and the blocks around it. */
function restartPoint(root: AstNode, offset: number): { offset: number; header: string } | undefined {
    const cst = root.$cstNode;
    const leaf = cst ? CstUtils.findLeafNodeBeforeOffset(cst, offset) : undefined;
    for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
        const start = node.$cstNode?.offset;
        if (start === undefined || start >= offset) {
            continue;
        }
        if (isPhase(node.$container) && isPlaybook(node.$container.$container)) {
            return { offset: start, header: 'playbook x {\nphase x {\n' };
        }
        if (isPlaybook(node.$container)) {
            return { offset: start, header: 'playbook x {\n' };
        }
    }
    return undefined;
}
